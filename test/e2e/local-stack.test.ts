import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '#shared/aws/clients.ts';
import { seedGold, seedText } from '../support/seed.ts';
import type { Article, ArticleWithClaims } from '#shared/api/schemas.ts';
import { poll } from '../support/poll.ts';

/**
 * The user's path, end to end: `npm start` as its own process, an upload through the S3 API,
 * the claims read and a verdict made over HTTP with a token from `npm run token`.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-e2e-'));
const env = { ...process.env, DATA_DIR: dataDir, S3_PORT: '0', API_PORT: '0', DYNAMODB_PORT: '0' };
let stack: ChildProcess;
let output = '';
let s3Endpoint: string;
let api: string;

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`npm ${args.join(' ')} exited ${code}`))));
  });
}


beforeAll(async () => {
  stack = spawn('npm', ['start', '--', '--fresh'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  stack.stdout!.on('data', (d) => (output += d));
  stack.stderr!.on('data', (d) => (output += d));
  await poll('the stack to print ready', async () => (/^ready$/m.test(output) ? true : undefined), 45_000);
  s3Endpoint = /^S3\s+(http:\/\/127\.0\.0\.1:\d+)/m.exec(output)![1];
  api = /^API\s+(http:\/\/127\.0\.0\.1:\d+)/m.exec(output)![1];
}, 60_000);

afterAll(async () => {
  if (stack.exitCode === null) {
    const exited = new Promise((r) => stack.once('exit', r));
    process.kill(-stack.pid!, 'SIGINT');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints its endpoints, on loopback, and ready', () => {
    expect(s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(api).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('turns an uploaded article into reviewable claims, and takes a verdict', async () => {
    const token = await run(['run', '--silent', 'token', '--', 'alice']);
    const get = async (path: string, auth = true) => {
      const res = await fetch(`${api}${path}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.status, body: await res.json() };
    };

    const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Endpoint });
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'desk/seed story.txt', Body: seedText }));

    const article = await poll('the article to be ready', async () => {
      const { body } = await get(`/articles?key=${encodeURIComponent('desk/seed story.txt')}`);
      const found = body.items?.[0] as Article | undefined;
      return found?.status === 'ready' ? found : undefined;
    });
    expect(article.claimCount).toBe(10);

    const { body: full } = (await get(`/articles/${article.articleId}`)) as { body: ArticleWithClaims };
    expect(full.claims.map((c) => [c.text, c.speaker.name, c.speaker.title])).toEqual(
      seedGold.claims.map((c) => [c.content.text, c.speaker.name, c.speaker.title]),
    );

    const [claim] = full.claims;
    const res = await fetch(`${api}/claims/${claim.claimId}/verdict`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ verdict: 'verified', expectedVersion: 0 }),
    });
    expect(res.status).toBe(200);
    expect((await get(`/claims/${claim.claimId}`)).body).toMatchObject({ status: 'verified', version: 1, history: [{ reviewer: 'alice' }] });
    expect((await get('/articles', false)).status).toBe(401);
  });

  // how fast it answers meanwhile is a figure of `npm run bench` (API while ingesting), against the idle API
  it('keeps the API answering while it ingests a 5 MB article, and finishes it', async () => {
    const token = await run(['run', '--silent', 'token', '--', 'alice']);
    const big = Array.from({ length: Math.ceil(5_000_000 / seedText.length) }, () => seedText).join('\n\n').slice(0, 5_000_000);
    const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Endpoint });
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'big.txt', Body: big }));
    const articleNow = async () => (await (await fetch(`${api}/articles?key=big.txt`, { headers: { authorization: `Bearer ${token}` } })).json()).items[0] as Article | undefined;
    // the answers of /health asked for while the article was being read: processing before the question and after the answer
    const duringIngest: number[] = [];
    const ready = await poll('the 5 MB article', async () => {
      const before = await articleNow();
      const health = await fetch(`${api}/health`);
      const after = await articleNow();
      if (before?.status === 'processing' && after?.status === 'processing') duringIngest.push(health.status);
      return after?.status === 'ready' ? after : undefined;
    }, 90_000);
    expect(ready.claimCount).toBeGreaterThan(0);
    expect(duringIngest.length).toBeGreaterThan(0);
    expect(new Set(duringIngest)).toEqual(new Set([200]));
  }, 120_000);
});

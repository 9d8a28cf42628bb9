import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '#shared/aws/clients.ts';
import type { Article, Claim } from '#shared/api/schemas.ts';
import { poll } from '../support/poll.ts';

/**
 * The local stack killed (SIGKILL, no clean-up) in the middle of a burst of uploads, then started
 * again on the same data directory: every upload ends as a finished article; and killed again
 * right after a burst of verdicts was answered: every verdict's follow-up runs at the next start.
 */
const BURST = 40;
const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-crash-'));
const env = { ...process.env, DATA_DIR: dataDir, S3_PORT: '0', API_PORT: '0', DYNAMODB_PORT: '0' };
const running: ChildProcess[] = [];

async function startStack(): Promise<{ child: ChildProcess; s3: string; api: string; output: () => string }> {
  const child = spawn('npx', ['tsx', 'local/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await poll('ready', async () => (/^ready$/m.test(output) ? true : undefined), 45_000);
  return { child, s3: /^S3\s+(\S+)/m.exec(output)![1], api: /^API\s+(\S+)/m.exec(output)![1], output: () => output };
}


afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the local stack after a crash', () => {
  it('processes, on restart, every upload the crash left unfinished, and follows up every verdict it had answered', async () => {
    const first = await startStack();
    const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: first.s3 });
    await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        s3.send(new PutObjectCommand({ Bucket: 'articles', Key: `burst/${i}.txt`, Body: `The mayor said that item ${i} was approved. The council said that it objected to item ${i}.` })),
      ),
    );
    process.kill(-first.child.pid!, 'SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await startStack();
    const token = await new Promise<string>((resolve) => {
      const t = spawn('npx', ['tsx', 'scripts/stack/token.ts', 'alice'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      t.stdout!.on('data', (d) => (out += d));
      t.on('exit', () => resolve(out.trim()));
    });
    const articles = await poll('every upload to be finished', async () => {
      const res = await fetch(`${second.api}/articles?limit=100`, { headers: { authorization: `Bearer ${token}` } });
      const { items } = (await res.json()) as { items: Article[] };
      return items.length === BURST && items.every((a) => a.status === 'ready') ? items : undefined;
    });
    expect(articles.every((a) => a.claimCount === 2)).toBe(true);
    // killed right after the uploads were acknowledged, the first run cannot have finished them all
    expect(Number(/recovered (\d+)/.exec(second.output())?.[1] ?? 0)).toBeGreaterThan(0);

    // verdicts answered, then the stack killed before their follow-ups could all run
    const claims = (await Promise.all(articles.map(async (a) => ((await (await fetch(`${second.api}/articles/${a.articleId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { claims: Claim[] }).claims[0])));
    const answers = await Promise.all(
      claims.map((c) => fetch(`${second.api}/claims/${c.claimId}/verdict`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ verdict: 'verified', expectedVersion: c.version }) })),
    );
    process.kill(-second.child.pid!, 'SIGKILL');
    await new Promise((r) => second.child.once('exit', r));
    expect(answers.map((a) => a.status)).toEqual(claims.map(() => 200));

    const third = await startStack();
    expect(Number(/followed up (\d+) verdict/.exec(third.output())?.[1] ?? 0)).toBeGreaterThan(0);
    const logged = await poll('an event for every verdict answered', async () => {
      const ids = new Set(readFileSync(join(dataDir, 'verdicts.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { claimId: string }).claimId));
      return claims.every((c) => ids.has(c.claimId)) ? ids : undefined;
    });
    expect(logged.size).toBe(BURST);
  }, 180_000);
});

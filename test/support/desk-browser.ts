import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { makeS3Client } from '#shared/aws/clients.ts';
import type { ArticleWithClaims } from '#shared/api/schemas.ts';
import { seedText } from './seed.ts';
import { poll } from './poll.ts';

/**
 * The reviewer desk's browser tests share this: the local stack started as a user starts it
 * (`npm start -- --fresh`, in a data directory of its own), the seed uploaded, a reviewer's token,
 * and Debian's Chromium driven by playwright-core.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  const message = `no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH) to run the desk's browser tests`;
  // in CI a missing browser is a broken machine, not a reason to skip
  if (process.env.CI) throw new Error(message);
  console.warn(`skipped: ${message}`);
}

/** the seed has no title line: the desk names it by its first sentence, not its S3 key */
export const SEED_TITLE = /^Pakistan and China have been very closely coordinating on the Ukraine crisis/;

/** An article as `GET /articles/{id}` answers: its claims, and the text their offsets index. */
export type ArticleWithText = ArticleWithClaims & { text?: string };

export interface DeskStack {
  /** the API, which serves the desk at / */
  api: string;
  dataDir: string;
  s3: ReturnType<typeof makeS3Client>;
  browser: Browser;
  /** alice's token: a reviewer who may write */
  token: string;
  /** a token from `npm run token`, signed by this stack's key */
  tokenFor(reviewer: string, options?: { readOnly?: boolean }): Promise<string>;
  /** a GET of the API as the reviewer with `token` (alice's unless given), its JSON body */
  get<T = unknown>(path: string, token?: string): Promise<T>;
  /** the seed article, with its text and claims, as the API has it now */
  seedArticle(): Promise<ArticleWithText>;
  stop(): Promise<void>;
}

export async function startDeskStack(): Promise<DeskStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'factcheck-desk-'));
  const env = { ...process.env, DATA_DIR: dataDir, S3_PORT: '0', API_PORT: '0', DYNAMODB_PORT: '0' };
  const run = (args: string[]) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout!.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${args.join(' ')} exited ${code}`))));
    });

  const stack: ChildProcess = spawn('npx', ['tsx', 'local/start.ts', '--fresh'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  stack.stdout!.on('data', (d) => (output += d));
  stack.stderr!.on('data', (d) => (output += d));
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    if (stack.exitCode === null && stack.signalCode === null) {
      const exited = new Promise((r) => stack.once('exit', r));
      process.kill(-stack.pid!, 'SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await poll('the stack', async () => (/^ready$/m.test(output) ? true : undefined), 60_000);
    const api = /^API\s+(\S+)/m.exec(output)![1];
    const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: /^S3\s+(\S+)/m.exec(output)![1] });
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'seed.txt', Body: seedText }));
    // as the README says a reviewer gets one (CONTRACT.md §3), signed with this stack's key, found by DATA_DIR
    const tokenFor = (reviewer: string, options: { readOnly?: boolean } = {}) => run(['run', '--silent', 'token', '--', reviewer, ...(options.readOnly ? ['--read-only'] : [])]);
    const token = await tokenFor('alice');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const get = async <T>(path: string, as = token) => (await (await fetch(`${api}${path}`, { headers: { authorization: `Bearer ${as}` } })).json()) as T;
    const seedArticle = async () => {
      const { items } = await poll('the seed article read', async () => {
        const page = await get<{ items: Array<{ articleId: string; status: string }> }>('/articles?key=seed.txt');
        return page.items[0]?.status === 'ready' ? page : undefined;
      });
      return get<ArticleWithText>(`/articles/${items[0].articleId}`);
    };
    return { api, dataDir, s3, browser, token, tokenFor, get, seedArticle, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

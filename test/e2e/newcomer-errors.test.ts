import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '../../local/stack.ts';

/**
 * What a newcomer meets when a step is out of order: one line that says what is wrong and what to
 * do, never a stack trace, and never a silent success that fails later.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'newcomer-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('npx', ['tsx', script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

describe('a token asked for before the stack has run', () => {
  it('says where it looked for the stack’s key, and makes none', () => {
    const empty = join(dataDir, 'never-started');
    const out = run('scripts/stack/token.ts', ['alice'], { DATA_DIR: empty });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toMatch(new RegExp(`^token: no signing key at ${empty}/signing-key: start the local stack first \\(npm start\\)`));
    expect(existsSync(join(empty, 'signing-key'))).toBe(false);
  });
});

describe('npm start on a port in use', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('names the port and its variable in one line', () => {
    const out = run('local/start.ts', [], { DATA_DIR: join(dataDir, 'ports'), API_PORT: String(port), S3_PORT: '0', DYNAMODB_PORT: '0' });
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n').at(-1)).toBe(`npm start: port ${port} (API_PORT) is in use, perhaps by another npm start: stop it, or choose another port (API_PORT=${port + 10} npm start)`);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a command for the local stack run while it is down', () => {
  it('says in one line which ports it tried and to start the stack, for reprocess, export-reviews, requeue and follow-up', () => {
    const down = { S3_PORT: '1', DYNAMODB_PORT: '2', DATA_DIR: join(dataDir, 'down') };
    const reprocess = run('scripts/stack/reprocess.ts', [], down);
    expect(reprocess.status).toBe(1);
    expect(reprocess.stderr.trim()).toBe('npm run reprocess: no local stack answers on S3_PORT 1 and DYNAMODB_PORT 2: start it with npm start (with the same ports and DATA_DIR) and run npm run reprocess again');
    const exported = run('scripts/stack/export-reviews.ts', ['--out', join(dataDir, 'export')], down);
    expect(exported.status).toBe(1);
    expect(exported.stderr.trim()).toBe('npm run export-reviews: no local stack answers on DYNAMODB_PORT 2: start it with npm start (with the same ports and DATA_DIR) and run npm run export-reviews again');
    const requeued = run('scripts/stack/requeue.ts', [], down);
    expect(requeued.status).toBe(1);
    expect(requeued.stderr.trim()).toBe('npm run requeue: no local stack answers on DYNAMODB_PORT 2: start it with npm start (with the same ports and DATA_DIR) and run npm run requeue again');
    const followedUp = run('scripts/stack/follow-up.ts', ['--since', '2026-12-03T10:00:00Z'], down);
    expect(followedUp.status).toBe(1);
    expect(followedUp.stderr.trim()).toBe('npm run follow-up: no local stack answers on DYNAMODB_PORT 2: start it with npm start (with the same ports and DATA_DIR) and run npm run follow-up again');
  });

  it('says what npm run requeue -- --aws lacks, in one line, before asking AWS anything', () => {
    const noTable = run('scripts/stack/requeue.ts', ['--aws'], { AWS_REGION: 'eu-west-1' });
    expect(noTable.status).toBe(1);
    expect(noTable.stderr.trim()).toBe("npm run requeue: with --aws, name the table: --table <the stack's TableName output>");
    const noRegion = run('scripts/stack/requeue.ts', ['--aws', '--table', 'QuoteFactcheck-prod-Table'], { AWS_REGION: '' });
    expect(noRegion.status).toBe(1);
    expect(noRegion.stderr.trim()).toBe('npm run requeue: with --aws, set AWS_REGION to the region the stack is in');
  });

  it('says what npm run follow-up lacks, in one line, before asking anything', () => {
    const noSince = run('scripts/stack/follow-up.ts', [], {});
    expect(noSince.status).toBe(1);
    expect(noSince.stderr.trim()).toBe('npm run follow-up: name the time to follow verdicts up from: --since 2026-12-03T10:00:00Z');
    expect(run('scripts/stack/follow-up.ts', ['--since', 'yesterday'], {}).stderr.trim()).toBe('npm run follow-up: name the time to follow verdicts up from: --since 2026-12-03T10:00:00Z');
    const noTable = run('scripts/stack/follow-up.ts', ['--since', '2026-12-03T10:00:00Z', '--aws'], { AWS_REGION: 'eu-west-1' });
    expect(noTable.stderr.trim()).toBe("npm run follow-up: with --aws, name the table: --table <the stack's TableName output>");
    const busLocally = run('scripts/stack/follow-up.ts', ['--since', '2026-12-03T10:00:00Z', '--bus', 'verdicts'], {});
    expect(busLocally.stderr.trim()).toBe('npm run follow-up: --bus names the deployed verdict bus: give it with --aws');
    const bare = run('scripts/stack/follow-up.ts', ['2026-12-03T10:00:00Z'], {});
    expect(bare.status).toBe(1);
    expect(bare.stderr.trim()).toMatch(/^npm run follow-up: Unexpected argument '2026-12-03T10:00:00Z'.*\(usage: npm run follow-up -- --since <ISO time> \[--aws --table NAME \[--bus NAME\]\]\)$/);
  });
});

describe('npm start --fresh', () => {
  it('empties the verdict log and the follow-ups journal with the rest, and keeps the signing key', async () => {
    const dir = join(dataDir, 'fresh');
    const first = await startLocalStack({ dataDir: dir, s3Port: 0, apiPort: 0, dynamoPort: 0, report: () => {} });
    await first.close();
    writeFileSync(join(dir, 'verdicts.jsonl'), '{"claimId":"old"}\n');
    writeFileSync(join(dir, 'follow-ups.jsonl'), '{"id":"old","item":{"claimId":"old"}}\n');
    const again = await startLocalStack({ dataDir: dir, s3Port: 0, apiPort: 0, dynamoPort: 0, fresh: true, report: () => {} });
    await again.close();
    expect(existsSync(join(dir, 'verdicts.jsonl'))).toBe(false);
    expect(again.followedUp).toBe(0);
    expect(existsSync(join(dir, 'signing-key'))).toBe(true);
  });
});

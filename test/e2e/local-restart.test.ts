import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_DYNAMODB_CREDENTIALS, LOCAL_S3_CREDENTIALS } from '#shared/aws/clients.ts';
import type { Article } from '#shared/api/schemas.ts';
import { poll } from '../support/poll.ts';

/**
 * `npm start` given the uploads that stopped it (issue 27): each bad key is refused and every
 * endpoint goes on answering; `npm run reprocess` leaves nothing for the next start to recover;
 * a start moves claims an older version queued where the queue no longer reads; and a start
 * (without --fresh) comes up ready past an object file s3rver cannot read.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'local-restart-'));
const env = { ...process.env, DATA_DIR: dataDir, S3_PORT: '0', API_PORT: '0', DYNAMODB_PORT: '0' };
const running: ChildProcess[] = [];

interface Stack {
  child: ChildProcess;
  s3: string;
  api: string;
  dynamo: string;
  output: () => string;
}

async function startStack(...args: string[]): Promise<Stack> {
  const child = spawn('npx', ['tsx', 'local/start.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await poll('the stack to print ready', async () => {
    if (child.exitCode !== null) throw new Error(`the stack exited ${child.exitCode}:\n${output}`);
    return /^ready$/m.test(output) ? true : undefined;
  }, 60_000).catch((error) => {
    throw new Error(`${(error as Error).message}\n${output}`);
  });
  const endpoint = (name: string) => new RegExp(`^${name}\\s+(http://127\\.0\\.0\\.1:\\d+)`, 'm').exec(output)![1];
  return { child, s3: endpoint('S3'), api: endpoint('API'), dynamo: endpoint('DynamoDB'), output: () => output };
}

async function stop(stack: Stack): Promise<void> {
  const exited = new Promise((r) => stack.child.once('exit', r));
  process.kill(-stack.child.pid!, 'SIGINT');
  await exited;
}

function run(command: string, args: string[], extra: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${out}`))));
  });
}

const s3Of = (stack: Stack) => new S3Client({ endpoint: stack.s3, region: 'us-east-1', forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS, maxAttempts: 1 });
const refusalOf = (sent: Promise<unknown>) => sent.then(() => null, (e: { name: string; $metadata?: { httpStatusCode?: number } }) => ({ status: e.$metadata?.httpStatusCode, code: e.name }));

/** Every endpoint the stack prints answers. */
async function answers(stack: Stack, token: string): Promise<void> {
  expect((await fetch(`${stack.api}/health`)).status).toBe(200);
  expect((await fetch(`${stack.api}/articles`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  expect((await fetch(`${stack.api}/`)).status).toBe(200);
  const s3 = s3Of(stack);
  await expect(s3.send(new ListObjectsV2Command({ Bucket: 'articles' }))).resolves.toBeDefined();
  const dynamo = new DynamoDBClient({ endpoint: stack.dynamo, region: 'us-east-1', credentials: LOCAL_DYNAMODB_CREDENTIALS });
  await expect(dynamo.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: ['factcheck'] });
  s3.destroy();
  dynamo.destroy();
}

const longSegment = 'k'.repeat(237);
let stack: Stack;
let token: string;

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start, given the uploads that stopped it', () => {
  it('refuses each bad key with S3’s code and goes on answering on every endpoint', async () => {
    stack = await startStack('--fresh');
    token = await run('npx', ['tsx', 'scripts/stack/token.ts', 'alice']);
    const s3 = s3Of(stack);
    const put = (key: string) => s3.send(new PutObjectCommand({ Bucket: 'articles', Key: key, Body: 'The mayor said that taxes would fall.' }));
    expect(await refusalOf(put(`t/${longSegment}`))).toEqual({ status: 400, code: 'InvalidObjectName' });
    expect(await refusalOf(put(`t/${'k'.repeat(235)}`))).toEqual({ status: 400, code: 'InvalidObjectName' });
    expect(await refusalOf(put('z/dup._S3rver_object/inner.txt'))).toEqual({ status: 400, code: 'InvalidObjectName' });
    expect(await refusalOf(put('z/dup'))).toBeNull();
    expect(await refusalOf(put(Array.from({ length: 11 }, () => 'k'.repeat(109)).join('/')))).toEqual({ status: 400, code: 'KeyTooLongError' });
    expect(await refusalOf(put('../escaped.txt'))).toEqual({ status: 400, code: 'InvalidObjectName' });
    s3.destroy();
    await answers(stack, token);
  }, 90_000);

  it('after npm run reprocess, starts again with nothing to recover', async () => {
    const s3 = s3Of(stack);
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'desk/story.txt', Body: 'The mayor said that taxes would fall. The council said that it objected.' }));
    s3.destroy();
    await poll('both uploads to be processed', async () => {
      const { items } = (await (await fetch(`${stack.api}/articles`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: Article[] };
      return items.length === 2 && items.every((a) => a.status !== 'processing') ? true : undefined;
    });
    const port = (endpoint: string) => new URL(endpoint).port;
    expect(await run('npm', ['run', '--silent', 'reprocess'], { S3_PORT: port(stack.s3), DYNAMODB_PORT: port(stack.dynamo) })).toMatch(/^reprocessed 2 uploads/m);
    await stop(stack);

    stack = await startStack();
    expect(stack.output()).not.toMatch(/recovered \d+ upload/);
    await answers(stack, token);
    await stop(stack);
  }, 120_000);

  it('starts again moving the claims an older version queued under 8 shards into the queue', async () => {
    stack = await startStack();
    const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamo, region: 'us-east-1', credentials: LOCAL_DYNAMODB_CREDENTIALS }));
    const claims = (await dynamo.send(new ScanCommand({ TableName: 'factcheck', FilterExpression: 'begins_with(sk, :c)', ExpressionAttributeValues: { ':c': 'CLAIM#' } }))).Items ?? [];
    // one the default queue shows: no copy of it that another copy stands for
    const stranded = claims.find((c) => c.status === 'pending' && c.clusterRole !== 'member')!;
    // where such a claim in shard 5 of 8 waited: a partition today's queue does not read
    await dynamo.send(new UpdateCommand({ TableName: 'factcheck', Key: { pk: stranded.pk, sk: stranded.sk }, UpdateExpression: 'SET gsi1pk = :p1, gsi2pk = :p2', ExpressionAttributeValues: { ':p1': 'STATUS#pending#5', ':p2': 'CW#pending#5' } }));
    dynamo.destroy();
    const queued = async () => ((await (await fetch(`${stack.api}/claims?status=pending&limit=100`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: Array<{ claimId: string }> }).items.map((c) => c.claimId);
    expect(await queued()).not.toContain(stranded.claimId);
    await stop(stack);

    stack = await startStack();
    expect(stack.output()).toMatch(/^requeued 1 claim\(s\)/m);
    expect(await queued()).toContain(stranded.claimId);
    await stop(stack);
  }, 120_000);

  it('starts again past an object file s3rver cannot read, naming its key', async () => {
    // what a 234–240-byte name left before such keys were refused: the object's file, written,
    // beside a metadata file whose name was too long to write
    mkdirSync(join(dataDir, 's3', 'articles', 't'), { recursive: true });
    writeFileSync(join(dataDir, 's3', 'articles', 't', `${longSegment}._S3rver_object`), 'The mayor said that taxes would fall.');
    // and what a key that was another key's folder left
    mkdirSync(join(dataDir, 's3', 'articles', 'y', 'dup._S3rver_object'), { recursive: true });
    writeFileSync(join(dataDir, 's3', 'articles', 'y', 'dup._S3rver_object', 'inner.txt._S3rver_object'), 'x');

    stack = await startStack();
    expect(stack.output()).toContain(`recovery skipped "t/${longSegment}"`);
    expect(stack.output()).toContain('recovery skipped "y/dup._S3rver_object/"');
    await answers(stack, token);
    const listed = await s3Of(stack).send(new ListObjectsV2Command({ Bucket: 'articles' }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual(['desk/story.txt', 'z/dup']);
    await stop(stack);
  }, 120_000);
});

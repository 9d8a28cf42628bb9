import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startDynamo, startS3, type DynamoServer, type S3Server } from '../../local/embedded-servers.ts';
import { recoverUnfinished } from '../../local/recover-unfinished.ts';
import { setAsideUnreadable } from '../../local/set-aside-unreadable.ts';
import type { Notifications } from '../../local/s3-notifications.ts';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';

/**
 * Crash recovery, given objects s3rver cannot read: the files a 234–240-byte name left before the
 * local S3 refused such keys, a folder named like s3rver's own files, metadata cut short. Every
 * `npm start` died on them (S3ServiceException InternalError); now each is passed over with a
 * line naming its key (issue 27).
 */
let dir: string;
let s3Server: S3Server;
let dynamo: DynamoServer;
let s3: S3Client;
let store: { client: ReturnType<typeof makeDocumentClient>; table: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-recovery-'));
  s3Server = await startS3(join(dir, 's3'), 0, ['articles']);
  dynamo = await startDynamo(null, 0, 'factcheck');
  s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Server.endpoint });
  store = { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint }), table: 'factcheck' };
});
afterAll(async () => {
  await s3Server.close();
  await dynamo.close();
  rmSync(dir, { recursive: true, force: true });
});

const bucketDir = () => join(dir, 's3', 'articles');
const notifications = () => {
  const announced: string[] = [];
  return { announced, notifications: { notify: (records) => announced.push(...records.map((r) => r.s3.object.key)), idle: async () => undefined } satisfies Notifications };
};
const long = 'k'.repeat(237);

describe('crash recovery, given objects s3rver cannot read', () => {
  it('reports a listing that fails, rather than failing the start', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'articles', Key: 'fine.txt', Body: 'The mayor said that taxes would fall.' }));
    mkdirSync(join(bucketDir(), 't'), { recursive: true });
    writeFileSync(join(bucketDir(), 't', `${long}._S3rver_object`), 'The mayor said that taxes would fall.');
    const lines: string[] = [];
    const { announced, notifications: sent } = notifications();
    await expect(recoverUnfinished(s3, 'articles', store, sent, (line) => lines.push(line))).resolves.toBe(0);
    expect(announced).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^recovery could not list bucket "articles"/)]);
  });

  it('sets each one aside, naming its key, and recovers the rest', async () => {
    mkdirSync(join(bucketDir(), 'y', 'dup._S3rver_object'), { recursive: true });
    writeFileSync(join(bucketDir(), 'y', 'dup._S3rver_object', 'inner.txt._S3rver_object'), 'x');
    writeFileSync(join(bucketDir(), 'cut._S3rver_object'), 'The mayor said that taxes would fall.');
    writeFileSync(join(bucketDir(), 'cut._S3rver_metadata.json'), '{"content-type": "text/pl');

    const setAside = setAsideUnreadable(join(dir, 's3'), 'articles', join(dir, 's3-set-aside'));
    expect(setAside.map((s) => s.key).sort()).toEqual(['cut', `t/${long}`, 'y/dup._S3rver_object/']);
    expect(setAside.every((s) => s.movedTo)).toBe(true);
    expect(existsSync(join(dir, 's3-set-aside', 'articles', 't', `${long}._S3rver_object`))).toBe(true);

    const lines: string[] = [];
    const { announced, notifications: sent } = notifications();
    await expect(recoverUnfinished(s3, 'articles', store, sent, (line) => lines.push(line))).resolves.toBe(1);
    expect(announced).toEqual(['fine.txt']);
    expect(lines).toEqual([]);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'articles' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['fine.txt']);
  });

  it('keeps an object a crash left without metadata: s3rver serves it as it is', async () => {
    writeFileSync(join(bucketDir(), 'half.txt._S3rver_object'), 'The mayor said that taxes would fall.');
    expect(setAsideUnreadable(join(dir, 's3'), 'articles', join(dir, 's3-set-aside'))).toEqual([]);
    const { announced, notifications: sent } = notifications();
    await recoverUnfinished(s3, 'articles', store, sent, () => undefined);
    expect(announced.sort()).toEqual(['fine.txt', 'half.txt']);
  });
});

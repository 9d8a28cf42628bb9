import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startDynamo, startS3, type DynamoServer, type S3Server } from '../../local/embedded-servers.ts';
import { makeS3Client } from '#shared/aws/clients.ts';

/**
 * The attacks a web page open in a reviewer's browser, or anything else on the machine without the
 * printed credentials, could make on the local stack's S3 and DynamoDB: each is refused.
 */
let dir: string;
let s3: S3Server;
let dynamo: DynamoServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-endpoints-'));
  s3 = await startS3(join(dir, 'data', 's3'), 0, ['articles']);
  dynamo = await startDynamo(null, 0, 'factcheck');
});
afterAll(async () => {
  await s3.close();
  await dynamo.close();
  rmSync(dir, { recursive: true, force: true });
});

const dynamoCall = (target: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(dynamo.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${target}`, ...headers }, body: JSON.stringify(body) });

describe('the local DynamoDB', () => {
  it('answers requests signed with the printed credentials', async () => {
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await expect(client.send(new ScanCommand({ TableName: 'factcheck' }))).resolves.toMatchObject({ Count: 0 });
  });

  it('refuses an unsigned scan, a made-up signature and the wrong secret', async () => {
    expect((await dynamoCall('Scan', { TableName: 'factcheck' })).status).toBe(403);
    const forged = { authorization: `AWS4-HMAC-SHA256 Credential=local/20261129/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`, 'x-amz-date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, '') };
    expect((await dynamoCall('UpdateItem', { TableName: 'factcheck', Key: { pk: { S: 'x' }, sk: { S: 'y' } } }, forged)).status).toBe(403);
    const wrong = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'guessed' }, maxAttempts: 1 });
    await expect(wrong.send(new ScanCommand({ TableName: 'factcheck' }))).rejects.toThrow();
  });

  it('answers no CORS, so no web page can call it', async () => {
    const preflight = await fetch(dynamo.endpoint, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-amz-target' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the local S3', () => {
  it('refuses an unsigned upload and a cross-site form post', async () => {
    expect((await fetch(`${s3.endpoint}/articles/planted.txt`, { method: 'PUT', body: 'The mayor said that taxes would fall.' })).status).toBe(403);
    const form = new FormData();
    form.append('key', 'planted.txt');
    form.append('file', new Blob(['The mayor said that taxes would fall.']), 'planted.txt');
    const post = await fetch(`${s3.endpoint}/articles`, { method: 'POST', body: form, headers: { origin: 'https://evil.example' } });
    expect(post.status).toBe(403);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(existsSync(join(dir, 'data', 's3', 'articles', 'planted.txt._S3rver_object'))).toBe(false);
  });

  it('refuses the wrong credentials', async () => {
    const wrong = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'guessed' }, maxAttempts: 1 });
    await expect(wrong.send(new PutObjectCommand({ Bucket: 'articles', Key: 'x.txt', Body: 'x' }))).rejects.toThrow();
  });

  it('refuses, even signed, a key that would leave the bucket, saying why', async () => {
    const client = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3.endpoint });
    for (const key of ['../../escaped.txt', 'a/../../../escaped.txt', '..\\..\\escaped.txt']) {
      // the key's refusal, not a signature's: the door reads the key before the signature
      await expect(client.send(new PutObjectCommand({ Bucket: 'articles', Key: key, Body: 'x' }))).rejects.toMatchObject({ name: 'InvalidObjectName', $metadata: { httpStatusCode: 400 } });
    }
    const raw = await fetch(`${s3.endpoint}/articles/..%2F..%2F..%2Fescaped.txt`, { method: 'PUT', body: 'x' });
    expect(raw.status).toBe(400);
    expect(await raw.text()).toContain('<Code>InvalidObjectName</Code>');
    expect(existsSync(join(dir, 'escaped.txt')) || existsSync(join(dir, 'data', 'escaped.txt'))).toBe(false);
    await expect(client.send(new PutObjectCommand({ Bucket: 'articles', Key: 'desk/fine..name.txt', Body: 'x' }))).resolves.toBeDefined();
  });
});

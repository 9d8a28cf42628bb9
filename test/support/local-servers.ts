import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { startDynamo, startS3 } from '../../local/embedded-servers.ts';
import { startDynamoDbLocal } from './dynamodb-local.ts';
import { encodeS3Key } from '#shared/ingest/s3-event.ts';
import { makeDocumentClient, makeS3Client } from '#shared/aws/clients.ts';

export const BUCKET = 'articles';
export const TABLE = 'factcheck';

export interface LocalServers {
  s3: S3Client;
  store: { client: ReturnType<typeof makeDocumentClient>; table: string };
  put(key: string, body: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * The DynamoDB the integration tests run against: dynalite in this process, or with
 * DYNAMODB_BACKEND=dynamodb-local (npm run test:dynamodb-local) the official DynamoDB Local.
 */
export const DYNAMODB_BACKEND = process.env.DYNAMODB_BACKEND === 'dynamodb-local' ? 'dynamodb-local' : 'dynalite';

/**
 * s3rver and the DynamoDB backend on free ports, with the environment pointing the handlers at
 * them. Call before importing a handler module: handlers read their settings on import.
 */
export async function startLocalServers(): Promise<LocalServers> {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-test-'));
  const dynamo = DYNAMODB_BACKEND === 'dynamodb-local' ? await startDynamoDbLocal(TABLE) : await startDynamo(null, 0, TABLE);
  const s3Server = await startS3(join(dir, 's3'), 0, [BUCKET]);
  Object.assign(process.env, {
    TABLE_NAME: TABLE, BUCKET_NAME: BUCKET, S3_ENDPOINT: s3Server.endpoint, DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'us-east-1', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_TRACE_ENABLED: 'false', POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  const s3 = makeS3Client({ AWS_REGION: 'us-east-1', S3_ENDPOINT: s3Server.endpoint });
  return {
    s3,
    store: { client: makeDocumentClient({ AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint }), table: TABLE },
    put: async (key, body) => {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    },
    close: async () => {
      await s3Server.close();
      await dynamo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface UploadEvent {
  messageId?: string;
  sequencer?: string;
  size?: number;
  receiveCount?: number;
}

/** The SQS message body S3 sends for one upload, the key URL-encoded as S3 encodes it. */
export const notificationFor = (key: string, { sequencer, size }: UploadEvent = {}) =>
  JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: BUCKET }, object: { key: encodeS3Key(key), ...(sequencer ? { sequencer } : {}), ...(size !== undefined ? { size } : {}) } } }] });

/** The SQS event Lambda receives for one S3 upload. */
export function sqsEventFor(key: string, messageIdOrEvent: string | UploadEvent = 'm1'): SQSEvent {
  const event = typeof messageIdOrEvent === 'string' ? { messageId: messageIdOrEvent } : messageIdOrEvent;
  return sqsEventOf([{ body: notificationFor(key, event), messageId: event.messageId ?? 'm1', receiveCount: event.receiveCount }]);
}

/** An SQS batch: one record per message. */
export function sqsEventOf(messages: string | Array<{ body: string; messageId: string; receiveCount?: number }>, messageId = 'm1'): SQSEvent {
  const list = typeof messages === 'string' ? [{ body: messages, messageId }] : messages;
  return {
    Records: list.map((m) => ({
      messageId: m.messageId, receiptHandle: 'r', body: m.body, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:uploads', awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: String(m.receiveCount ?? 1), SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
    })),
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { startDynamo, startS3 } from '../../local/embedded-servers.ts';
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
 * s3rver and dynalite in this process, on free ports, with the environment pointing the handlers
 * at them. Call before importing a handler module: handlers read their settings on import.
 */
export async function startLocalServers(): Promise<LocalServers> {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-test-'));
  const dynamo = await startDynamo(null, 0, TABLE);
  const s3Server = await startS3(join(dir, 's3'), 0, [BUCKET]);
  Object.assign(process.env, {
    TABLE_NAME: TABLE, BUCKET_NAME: BUCKET, S3_ENDPOINT: s3Server.endpoint, DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'us-east-1', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT',
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

/** The SQS event Lambda receives for one S3 upload, the key URL-encoded as S3 sends it. */
export function sqsEventFor(key: string, messageId = 'm1'): SQSEvent {
  const body = JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: BUCKET }, object: { key: encodeS3Key(key) } } }] });
  return sqsEventOf(body, messageId);
}

export function sqsEventOf(body: string, messageId = 'm1'): SQSEvent {
  return {
    Records: [{
      messageId, receiptHandle: 'r', body, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:uploads', awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
    }],
  };
}

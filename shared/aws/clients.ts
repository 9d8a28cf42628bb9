import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { Agent } from 'node:http';
import type { Config } from '../config.ts';

/** The credentials the local stack's embedded S3 and DynamoDB accept (and print): nothing else gets in. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_DYNAMODB_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The connection pool for the local endpoints (plain HTTP to the embedded servers). In AWS each
 * Lambda environment ingests one article at a time, and the SDK's default pool (keep-alive, 50
 * sockets) is ample; the local stack's ingest worker runs a whole burst in one process, and a
 * burst of 100 articles, each storing its claims with many requests at once, queued thousands of
 * requests behind those 50 sockets (the SDK warns of it). 200 sockets, kept alive so that a burst
 * reuses them rather than opening a connection per request; one agent per client, as the SDK's own.
 */
const LOCAL_MAX_SOCKETS = 200;
const localRequestHandler = () => ({ httpAgent: new Agent({ keepAlive: true, maxSockets: LOCAL_MAX_SOCKETS }) });

/**
 * Clients for AWS, or for the local stack's embedded servers when endpoints are set. s3rver needs
 * path-style addressing and no flexible checksums: with them a streamed upload would be stored
 * with its aws-chunked framing.
 */
export function makeS3Client(config: Pick<Config, 'AWS_REGION' | 'S3_ENDPOINT'>): S3Client {
  if (!config.S3_ENDPOINT) return new S3Client({ region: config.AWS_REGION });
  return new S3Client({
    region: config.AWS_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: localRequestHandler(),
  });
}

export function makeDocumentClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  const client = config.DYNAMODB_ENDPOINT
    ? new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, credentials: LOCAL_DYNAMODB_CREDENTIALS, requestHandler: localRequestHandler() })
    : new DynamoDBClient({ region: config.AWS_REGION });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

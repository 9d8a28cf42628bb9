import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config.ts';

/** The credentials the local stack's embedded S3 and DynamoDB accept (and print): nothing else gets in. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_DYNAMODB_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

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
  });
}

export function makeDocumentClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  const client = config.DYNAMODB_ENDPOINT
    ? new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, credentials: LOCAL_DYNAMODB_CREDENTIALS })
    : new DynamoDBClient({ region: config.AWS_REGION });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config.ts';
import { localRequestHandler } from './local-connections.ts';

/** The credentials the local stack's embedded S3 accepts (and prints): nothing else gets in. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A client for AWS, or for the local stack's embedded S3 when its endpoint is set. s3rver needs
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

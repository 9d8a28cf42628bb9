import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { encodeS3Key } from './s3-event.ts';

/**
 * Re-running ingest over uploads already in the bucket, after an extractor upgrade: each object
 * gets the same message S3 sent for it, less the sequencer, which ingest reads as "the upload the
 * article shows" (ingest-object.ts). Ingest is idempotent and keeps every verdict
 * (review/claim-identity.ts), so a page sent twice, or a run started again, does no harm.
 */
export interface ReprocessPage {
  keys: Array<{ key: string; size?: number }>;
  /** where the next page starts; null after the last */
  continuationToken: string | null;
}

export async function listUploads(s3: S3Client, bucket: string, options: { prefix?: string; continuationToken?: string; pageSize?: number }): Promise<ReprocessPage> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: options.prefix || undefined, ContinuationToken: options.continuationToken, MaxKeys: options.pageSize ?? 1000 }));
  return {
    keys: (out.Contents ?? []).filter((o) => o.Key !== undefined).map((o) => ({ key: o.Key!, ...(o.Size !== undefined ? { size: o.Size } : {}) })),
    continuationToken: out.IsTruncated && out.NextContinuationToken ? out.NextContinuationToken : null,
  };
}

/** The ingest queue's message for one upload to read again. */
export const reprocessMessage = (bucket: string, object: { key: string; size?: number }) =>
  JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Reprocess', s3: { bucket: { name: bucket }, object: { key: encodeS3Key(object.key), ...(object.size !== undefined ? { size: object.size } : {}) } } }] });

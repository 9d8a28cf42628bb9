import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { encodeS3Key } from './s3-event.ts';

/**
 * Re-running ingest over uploads already in the bucket, after an extractor upgrade: each object
 * gets the same message S3 sent for it, less the sequencer, which ingest reads as "the upload the
 * article shows" (ingest-object.ts). Ingest is idempotent and keeps every verdict
 * (review/claim-identity.ts), so a page sent twice, or a run started again, does no harm. The
 * ETag goes with it, as in S3's message: ingest records it as the article's source, and without
 * it the local stack's crash recovery would take every reprocessed article for an upload left
 * unfinished.
 */
export interface ReprocessPage {
  /** `etag` unquoted, as S3 notifications carry it */
  keys: Array<{ key: string; size?: number; etag?: string }>;
  /** where the next page starts; null after the last */
  continuationToken: string | null;
}

export async function listUploads(s3: S3Client, bucket: string, options: { prefix?: string; continuationToken?: string; pageSize?: number }): Promise<ReprocessPage> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: options.prefix || undefined, ContinuationToken: options.continuationToken, MaxKeys: options.pageSize ?? 1000 }));
  return {
    keys: (out.Contents ?? []).filter((o) => o.Key !== undefined).map((o) => ({
      key: o.Key!,
      ...(o.Size !== undefined ? { size: o.Size } : {}),
      ...(o.ETag ? { etag: o.ETag.replace(/^"|"$/g, '') } : {}),
    })),
    continuationToken: out.IsTruncated && out.NextContinuationToken ? out.NextContinuationToken : null,
  };
}

/** The ingest queue's message for one upload to read again. */
export const reprocessMessage = (bucket: string, object: { key: string; size?: number; etag?: string }) =>
  JSON.stringify({
    Records: [{
      eventName: 'ObjectCreated:Reprocess',
      s3: { bucket: { name: bucket }, object: { key: encodeS3Key(object.key), ...(object.size !== undefined ? { size: object.size } : {}), ...(object.etag ? { eTag: object.etag } : {}) } },
    }],
  });

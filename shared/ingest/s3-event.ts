import { z } from 'zod';
import type { StoredObject } from './ingest-object.ts';

const s3RecordSchema = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({ key: z.string(), eTag: z.string().optional(), versionId: z.string().optional(), size: z.number().optional(), sequencer: z.string().optional() }),
  }),
});
const notificationSchema = z.union([
  z.object({ Records: z.array(s3RecordSchema) }),
  z.object({ Event: z.literal('s3:TestEvent') }),
]);

/**
 * S3 URL-encodes object keys in notifications, writing a space as `+`: `a b+c.txt` arrives as
 * `a+b%2Bc.txt`. decodeURIComponent alone would leave the `+`.
 */
export const decodeS3Key = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '));

/** The inverse, for the local stack whose S3 (s3rver) reports raw keys. */
export const encodeS3Key = (key: string) =>
  encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The objects an S3 notification (an SQS message body) says were created; none for a test event. */
export function objectsCreated(body: string): StoredObject[] {
  const parsed = notificationSchema.parse(JSON.parse(body));
  if (!('Records' in parsed)) return [];
  return parsed.Records.filter((r) => r.eventName.startsWith('ObjectCreated')).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeS3Key(r.s3.object.key),
    ...(r.s3.object.eTag ? { etag: r.s3.object.eTag } : {}),
    ...(r.s3.object.versionId ? { versionId: r.s3.object.versionId } : {}),
    ...(r.s3.object.size !== undefined ? { size: r.s3.object.size } : {}),
    ...(r.s3.object.sequencer ? { sequencer: r.s3.object.sequencer } : {}),
  }));
}

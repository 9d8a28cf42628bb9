/**
 * Which bucket names and object keys the local S3 takes. s3rver keeps object `a/b.txt` as the files
 * `a/b.txt._S3rver_object`, `a/b.txt._S3rver_object.md5` and `a/b.txt._S3rver_metadata.json`
 * under the bucket's folder, so a key is refused when real S3 would refuse it, and also when the
 * file system cannot hold it that way:
 *   - over 1,024 bytes of UTF-8: S3's own limit (KeyTooLongError);
 *   - a path segment too long for a file name: 255 bytes on Linux and macOS, less the longest
 *     suffix s3rver adds to the last segment (a 234-byte name writes the object, then fails on
 *     its metadata, leaving a file s3rver cannot list);
 *   - `.` or `..` segments, which name another folder or one outside the bucket, and empty
 *     segments (`/a`, `a//b`), which the file system reads as another key (`a`, `a/b`);
 *   - `._S3rver_` anywhere (in any case, as macOS compares names): such a key's folder would be
 *     another key's file (`z/dup._S3rver_object/inner.txt`, then `z/dup`). Otherwise a key and
 *     its folder never meet on disk: `a` is the file `a._S3rver_object`, `a/b` the folder `a`;
 *   - NUL, which no file name holds, and backslash, which Windows reads as a separator.
 */
export interface KeyRefusal {
  code: 'KeyTooLongError' | 'InvalidObjectName' | 'InvalidBucketName';
  message: string;
}

/** S3's limit on a key, in bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;
/** The longest file name a file system takes (NAME_MAX), in bytes. */
const MAX_NAME_BYTES = 255;
/** The longest suffix s3rver gives one of an object's files; its subresources' are shorter. */
const LONGEST_SUFFIX = '._S3rver_metadata.json';
export const MAX_LAST_SEGMENT_BYTES = MAX_NAME_BYTES - LONGEST_SUFFIX.length;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function objectKeyRefusal(key: string): KeyRefusal | null {
  const invalid = (message: string): KeyRefusal => ({ code: 'InvalidObjectName', message });
  if (bytes(key) > MAX_KEY_BYTES) return { code: 'KeyTooLongError', message: `Your key is too long: S3 takes ${MAX_KEY_BYTES} bytes of UTF-8, this key has ${bytes(key)}` };
  if (/[\\\0]/.test(key)) return invalid('object keys may not hold backslashes or NUL');
  if (/\._s3rver_/i.test(key)) return invalid('object keys may not hold "._S3rver_": the local S3 names its own files so');
  const segments = key.split('/');
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') return invalid('object keys may not hold . or .. segments');
    if (segment === '' && !last) return invalid('object keys may not begin with / or hold //: the local S3 would store them as another key');
    const limit = last ? MAX_LAST_SEGMENT_BYTES : MAX_NAME_BYTES;
    if (bytes(segment) > limit) return invalid(`a path segment of ${bytes(segment)} bytes is longer than the local S3 can store (${limit} bytes${last ? ' for the last' : ''})`);
  }
  return null;
}

/** S3's rules for a bucket name: they also keep a name from stepping out of s3rver's folder. */
export function bucketNameRefusal(bucket: string): KeyRefusal | null {
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) && !bucket.includes('..')
    ? null
    : { code: 'InvalidBucketName', message: 'The specified bucket is not valid' };
}

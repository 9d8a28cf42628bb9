import { describe, expect, it } from 'vitest';
import { decodeS3Key, encodeS3Key, objectsCreated } from '#shared/ingest/s3-event.ts';

describe('S3 keys in notifications', () => {
  it('decodes a key the way S3 encodes it, space as +', () => {
    expect(decodeS3Key('news/a+b%2Bc%C3%BC.txt')).toBe('news/a b+cü.txt');
  });

  it('encodes as S3 does, so that decoding gives the key back', () => {
    for (const key of ['a b+c.txt', 'dir/üñí (1).txt', "it's 100%.md", 'plain.txt']) {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    }
    expect(encodeS3Key('a b/c+d.txt')).toBe('a+b/c%2Bd.txt');
  });
});

describe('objectsCreated', () => {
  const notification = (eventName: string, key: string) =>
    JSON.stringify({ Records: [{ eventName, s3: { bucket: { name: 'articles' }, object: { key, eTag: 'abc' } } }] });

  it('lists created objects with decoded keys', () => {
    expect(objectsCreated(notification('ObjectCreated:Put', 'my+file.txt'))).toEqual([{ bucket: 'articles', key: 'my file.txt', etag: 'abc' }]);
  });

  it('ignores S3 test events and other event types', () => {
    expect(objectsCreated(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual([]);
    expect(objectsCreated(notification('ObjectRemoved:Delete', 'x.txt'))).toEqual([]);
  });

  it('throws on a message that is no S3 notification', () => {
    expect(() => objectsCreated('{"hello":1}')).toThrow();
    expect(() => objectsCreated('not json')).toThrow();
  });
});

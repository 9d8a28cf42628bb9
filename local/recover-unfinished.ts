import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { getArticle, type ArticleStore } from '#shared/store/articles.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import type { Notifications } from './s3-notifications.ts';

const unquote = (etag: string | undefined) => etag?.replace(/^"|"$/g, '');

/**
 * After a crash the local stack has no queue to redeliver from: every object in the bucket whose
 * article is missing, still `processing`, or built from another upload of the key is announced
 * again, so nothing uploaded is silently lost. Returns how many were.
 */
export async function recoverUnfinished(s3: S3Client, bucket: string, store: ArticleStore, notifications: Notifications): Promise<number> {
  let recovered = 0;
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      const article = await getArticle(store, articleIdFor(bucket, object.Key));
      const etag = unquote(object.ETag);
      const sameUpload = article !== null && unquote(article.sourceEtag) === etag;
      if (sameUpload && article.status !== 'processing') continue;
      // the same upload keeps the sequencer it was claimed with; an unseen one sorts by its time
      const sequencer = sameUpload && article.sourceSequencer ? article.sourceSequencer : (object.LastModified?.getTime() ?? 0).toString(16).toUpperCase();
      notifications.notify([
        {
          eventName: 'ObjectCreated:Put',
          eventTime: new Date().toISOString(),
          eventSource: 'aws:s3',
          awsRegion: 'us-east-1',
          s3: { bucket: { name: bucket }, object: { key: object.Key, size: object.Size, eTag: etag, sequencer } },
        },
      ]);
      recovered++;
    }
    token = page.NextContinuationToken;
  } while (token);
  return recovered;
}

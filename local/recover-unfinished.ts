import { ListObjectsV2Command, type ListObjectsV2CommandOutput, type _Object, type S3Client } from '@aws-sdk/client-s3';
import { getArticle, type ArticleStore } from '#shared/store/articles.ts';
import { articleIdFor } from '#shared/store/keys.ts';
import type { Notifications } from './s3-notifications.ts';
import { objectKeyRefusal } from './s3-object-keys.ts';

const unquote = (etag: string | undefined) => etag?.replace(/^"|"$/g, '');

/**
 * After a crash the local stack has no queue to redeliver from: every object in the bucket whose
 * article is missing, still `processing`, or built from another upload of the key is announced
 * again, so nothing uploaded is silently lost. Returns how many were. An object it cannot look
 * at, or a listing that fails, is reported (a line naming the key) and passed over: the stack
 * still starts, and the next start tries again. Objects s3rver cannot read at all are moved out
 * of its way before (set-aside-unreadable.ts).
 */
export async function recoverUnfinished(s3: S3Client, bucket: string, store: ArticleStore, notifications: Notifications, report: (line: string) => void): Promise<number> {
  let recovered = 0;
  let token: string | undefined;
  do {
    let page: ListObjectsV2CommandOutput;
    try {
      page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    } catch (error) {
      report(`recovery could not list bucket "${bucket}", so uploads left unfinished are not sent again this time: ${(error as Error).message}`);
      return recovered;
    }
    for (const object of page.Contents ?? []) {
      const key = object.Key;
      if (!key) continue;
      try {
        if (await recover(key, object, bucket, store, notifications)) recovered++;
      } catch (error) {
        report(`recovery skipped ${JSON.stringify(object.Key)}: ${(error as Error).message}`);
      }
    }
    token = page.NextContinuationToken;
  } while (token);
  return recovered;
}

/** Announces one object again if its upload is unfinished; true if it did. */
async function recover(key: string, object: _Object, bucket: string, store: ArticleStore, notifications: Notifications): Promise<boolean> {
  // ingest could not read it either: the local S3 refuses to serve such a key
  const refused = objectKeyRefusal(key);
  if (refused) throw new Error(`the local S3 cannot serve such a key (${refused.message})`);
  const article = await getArticle(store, articleIdFor(bucket, key));
  const etag = unquote(object.ETag);
  const sameUpload = article !== null && unquote(article.sourceEtag) === etag;
  if (sameUpload && article.status !== 'processing') return false;
  // the same upload keeps the sequencer it was claimed with; an unseen one sorts by its time
  const sequencer = sameUpload && article.sourceSequencer ? article.sourceSequencer : (object.LastModified?.getTime() ?? 0).toString(16).toUpperCase();
  notifications.notify([
    {
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      s3: { bucket: { name: bucket }, object: { key, size: object.Size, eTag: etag, sequencer } },
    },
  ]);
  return true;
}

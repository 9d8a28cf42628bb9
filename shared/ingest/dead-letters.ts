import { getArticle, markFailed, normaliseSequencer, type ArticleStore } from '../store/articles.ts';
import { articleIdFor } from '../store/keys.ts';
import { objectsCreated } from './s3-event.ts';

/**
 * Marks failed, with the reason, each article of a dead-lettered ingest message that still shows
 * that upload and is still `processing`. Returns how many were marked. A message that is no S3
 * notification names no article.
 */
export async function markDeadLettered(store: ArticleStore, body: string, deliveries: number, now: Date): Promise<number> {
  let objects;
  try {
    objects = objectsCreated(body);
  } catch {
    return 0;
  }
  let marked = 0;
  for (const object of objects) {
    const articleId = articleIdFor(object.bucket, object.key);
    const sequencer = object.sequencer ? normaliseSequencer(object.sequencer) : (await getArticle(store, articleId))?.sourceSequencer;
    if (!sequencer) continue;
    const reason = `could not be processed in ${deliveries} deliveries (each ran out of time or failed); the upload was set aside in the dead-letter queue`;
    if (await markFailed(store, articleId, sequencer, reason, now, { ifProcessing: true })) marked++;
  }
  return marked;
}

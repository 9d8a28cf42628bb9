import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all.ts';
import { batchWriteAll } from './batch-write.ts';
import { TEXT_CHUNK_CHARS } from './dynamodb-limits.ts';
import { articleKey, textChunkKey, textPrefix, TEXT_SK_PREFIX } from './keys.ts';

type Store = { client: DynamoDBDocumentClient; table: string };

/**
 * An article's plain text, the text claim offsets index, kept beside the article so a reviewer
 * sees each claim in context. DynamoDB items stop at 400 KB, so the text is stored in chunks.
 * Each upload writes its chunks under its own sequencer and the article points at them once it is
 * ready (articles.ts markReady), so an older upload still writing can never mix its text into a
 * newer one's.
 */
export async function storeArticleText({ client, table }: Store, articleId: string, text: string, sequencer: string): Promise<void> {
  const chunks: string[] = [];
  for (let i = 0; i < Math.max(1, text.length); i += TEXT_CHUNK_CHARS) chunks.push(text.slice(i, i + TEXT_CHUNK_CHARS));
  await batchWriteAll(client, table, chunks.map((chunk, index) => ({ PutRequest: { Item: { ...textChunkKey(articleId, sequencer, index), chunk } } })));
}

/** The text of the upload an article shows (its `textSequencer`). */
export async function readArticleText(store: Store, article: { articleId: string; textSequencer?: string }): Promise<string | undefined> {
  if (!article.textSequencer) return undefined;
  const chunks = await textChunks(store, article.articleId, textPrefix(article.textSequencer));
  return chunks.length ? chunks.map((c) => c.chunk).join('') : undefined;
}

/**
 * Drops chunks: those of every upload older than `olderThan` once a newer upload shows, or those
 * of one upload (`of`) that a newer one overtook before it could show.
 */
export async function dropArticleText(store: Store, articleId: string, which: { olderThan: string } | { of: string }): Promise<void> {
  const chunks = 'of' in which ? await textChunks(store, articleId, textPrefix(which.of)) : (await textChunks(store, articleId, TEXT_SK_PREFIX)).filter((c) => c.sequencer < which.olderThan);
  await batchWriteAll(store.client, store.table, chunks.map((c) => ({ DeleteRequest: { Key: { pk: articleKey(articleId).pk, sk: c.sk } } })));
}

async function textChunks({ client, table }: Store, articleId: string, prefix: string): Promise<Array<{ sk: string; sequencer: string; chunk: string }>> {
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':prefix': prefix },
    ConsistentRead: true,
  });
  // sort keys order the chunks of one upload: TEXT#<sequencer>#<padded index>
  return items.map((i) => ({ sk: i.sk as string, sequencer: (i.sk as string).split('#')[1], chunk: i.chunk as string }));
}

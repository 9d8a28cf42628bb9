import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll } from './query-all.ts';
import { batchWriteAll } from './batch-write.ts';
import { articleKey, textChunkKey, TEXT_SK_PREFIX } from './keys.ts';

/**
 * An article's plain text, the text claim offsets index, kept beside the article so a reviewer
 * sees each claim in context. DynamoDB items stop at 400 KB, so the text is stored in chunks
 * small enough for any script (100,000 UTF-16 units are at most 300 KB of UTF-8).
 */
const CHUNK = 100_000;

export async function storeArticleText({ client, table }: { client: DynamoDBDocumentClient; table: string }, articleId: string, text: string, sequencer: string): Promise<void> {
  const chunks: string[] = [];
  for (let i = 0; i < Math.max(1, text.length); i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  const stale = (await textChunks({ client, table }, articleId)).filter((c) => c.index >= chunks.length);
  await batchWriteAll(client, table, [
    ...chunks.map((chunk, index) => ({ PutRequest: { Item: { ...textChunkKey(articleId, index), articleId, index, chunk, sequencer } } })),
    ...stale.map((c) => ({ DeleteRequest: { Key: textChunkKey(articleId, c.index) } })),
  ]);
}

export async function readArticleText(store: { client: DynamoDBDocumentClient; table: string }, articleId: string): Promise<string | undefined> {
  const chunks = await textChunks(store, articleId);
  return chunks.length ? chunks.sort((a, b) => a.index - b.index).map((c) => c.chunk).join('') : undefined;
}

async function textChunks({ client, table }: { client: DynamoDBDocumentClient; table: string }, articleId: string): Promise<Array<{ index: number; chunk: string }>> {
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :text)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':text': TEXT_SK_PREFIX },
  });
  return items.map((i) => ({ index: i.index as number, chunk: i.chunk as string }));
}

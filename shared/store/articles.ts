import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../api/schemas.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { articleKey, articleListKey, ARTICLES_PARTITION, GSI1 } from './keys.ts';

/** An article item as stored: the contract's Article less its counts, which are read from its claims. */
export type ArticleRecord = Omit<Article, 'counts'> & { sourceEtag?: string };

export interface ArticleSource {
  articleId: string;
  bucket: string;
  key: string;
  etag?: string;
}

export interface ArticleStore {
  client: DynamoDBDocumentClient;
  table: string;
}

const fromItem = (item: Record<string, unknown>): ArticleRecord => {
  const { pk, sk, gsi1pk, gsi1sk, ...record } = item;
  void pk, sk, gsi1pk, gsi1sk;
  return record as ArticleRecord;
};

/** Marks an article as being processed, creating it on first sight; createdAt never changes. */
export async function startProcessing({ client, table }: ArticleStore, source: ArticleSource, now: Date): Promise<void> {
  const at = now.toISOString();
  const list = articleListKey(at, source.articleId);
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: articleKey(source.articleId),
      UpdateExpression:
        'SET articleId = :id, #bucket = :bucket, #key = :key, #status = :processing, sourceEtag = :etag, updatedAt = :at, ' +
        'createdAt = if_not_exists(createdAt, :at), claimCount = if_not_exists(claimCount, :zero), ' +
        'gsi1pk = :gsi1pk, gsi1sk = if_not_exists(gsi1sk, :gsi1sk) REMOVE #error',
      ExpressionAttributeNames: { '#bucket': 'bucket', '#key': 'key', '#status': 'status', '#error': 'error' },
      ExpressionAttributeValues: {
        ':id': source.articleId, ':bucket': source.bucket, ':key': source.key, ':processing': 'processing',
        ':etag': source.etag ?? null, ':at': at, ':zero': 0, ':gsi1pk': list.gsi1pk, ':gsi1sk': list.gsi1sk,
      },
    }),
  );
}

export async function markReady(
  { client, table }: ArticleStore,
  articleId: string,
  details: { claimCount: number; title?: string; publishedAt?: string; dateline?: string },
  now: Date,
): Promise<void> {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':ready': 'ready', ':count': details.claimCount, ':at': now.toISOString() };
  const sets = ['#status = :ready', 'claimCount = :count', 'updatedAt = :at'];
  const removes: string[] = [];
  for (const field of ['title', 'publishedAt', 'dateline'] as const) {
    names[`#${field}`] = field;
    if (details[field] !== undefined) {
      sets.push(`#${field} = :${field}`);
      values[`:${field}`] = details[field];
    } else {
      removes.push(`#${field}`);
    }
  }
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: articleKey(articleId),
      UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
}

export async function markFailed({ client, table }: ArticleStore, articleId: string, reason: string, now: Date): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: articleKey(articleId),
      UpdateExpression: 'SET #status = :failed, #error = :reason, claimCount = :zero, updatedAt = :at',
      ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
      ExpressionAttributeValues: { ':failed': 'failed', ':reason': reason, ':zero': 0, ':at': now.toISOString() },
    }),
  );
}

export async function getArticle({ client, table }: ArticleStore, articleId: string): Promise<ArticleRecord | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: articleKey(articleId) }));
  return out.Item ? fromItem(out.Item) : null;
}

const ARTICLES_CURSOR = { query: 'articles', keys: ['pk', 'sk', 'gsi1pk', 'gsi1sk'], fixed: { gsi1pk: ARTICLES_PARTITION } };

/** Articles newest first. */
export async function listArticles(
  { client, table }: ArticleStore,
  limit: number,
  cursor?: string,
): Promise<{ items: ArticleRecord[]; nextCursor: string | null }> {
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': ARTICLES_PARTITION },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursor(ARTICLES_CURSOR, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem), nextCursor: encodeCursor(ARTICLES_CURSOR, out.LastEvaluatedKey) };
}

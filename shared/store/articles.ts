import type { CastMember } from '../extraction/speakers/cast.ts';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../api/schemas.ts';
import { conditionally } from './conditional-write.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ARTICLE_LIST_SK, ARTICLE_PK, articleKey, articleListKey, ARTICLES_PARTITION, GSI1 } from './keys.ts';

/** An article item as stored: the contract's Article less its counts, which are read from its claims. */
export type ArticleRecord = Omit<Article, 'counts'> & {
  sourceEtag?: string;
  sourceSequencer?: string;
  /** the upload whose text the article shows (article-text.ts): the last one that became ready */
  textSequencer?: string;
};

export interface ArticleSource {
  articleId: string;
  bucket: string;
  key: string;
  etag?: string;
  /** normalised S3 sequencer of the object version being processed */
  sequencer: string;
  /**
   * when the object was uploaded: an article's createdAt, and so its place in the list, comes
   * from the upload rather than from when it was processed, so that processing it again (after a
   * crash that lost the first write) lands in the same place
   */
  uploadedAt?: Date;
}

export interface ArticleStore {
  client: DynamoDBDocumentClient;
  table: string;
}

const fromItem = (item: Record<string, unknown>): ArticleRecord => {
  const { pk, sk, gsi1pk, gsi1sk, ...record } = item;
  return record as ArticleRecord;
};

/**
 * S3's sequencer orders the events of one key: compared as hex strings of equal length, the
 * greater is the later write. Padded here so that DynamoDB's string comparison does the same.
 */
export const normaliseSequencer = (sequencer: string) => sequencer.toUpperCase().padStart(32, '0');

/**
 * Claims the article for the object version behind `sequencer`, creating the article on first
 * sight (createdAt never changes). Refused, returning false, when a later version of the key has
 * already been claimed: a late event for an older upload never overwrites a newer one. The same
 * version may be claimed again, so a redelivered or retried event is processed again, to the
 * same result.
 */
export async function beginProcessing({ client, table }: ArticleStore, source: ArticleSource, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const created = (source.uploadedAt ?? now).toISOString();
  const list = articleListKey(created, source.articleId);
  return conditionally(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: articleKey(source.articleId),
        UpdateExpression:
          'SET articleId = :id, #bucket = :bucket, #key = :key, #status = :processing, sourceEtag = :etag, sourceSequencer = :seq, ' +
          'updatedAt = :at, createdAt = if_not_exists(createdAt, :created), claimCount = if_not_exists(claimCount, :zero), ' +
          'gsi1pk = :gsi1pk, gsi1sk = if_not_exists(gsi1sk, :gsi1sk) REMOVE #error',
        ConditionExpression: 'attribute_not_exists(sourceSequencer) OR sourceSequencer <= :seq',
        ExpressionAttributeNames: { '#bucket': 'bucket', '#key': 'key', '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: {
          ':id': source.articleId, ':bucket': source.bucket, ':key': source.key, ':processing': 'processing',
          ':etag': source.etag ?? null, ':seq': source.sequencer, ':at': at, ':created': created, ':zero': 0, ':gsi1pk': list.gsi1pk, ':gsi1sk': list.gsi1sk,
        },
      }),
    ),
  );
}

/** Finishes the article, unless a later version has claimed it meanwhile (then false). */
export async function markReady(
  { client, table }: ArticleStore,
  articleId: string,
  sequencer: string,
  details: { claimCount: number; format: string; title?: string; lead?: string; bodyStart?: number; publishedAt?: string; dateline?: string; url?: string; language?: string; warning?: string; people?: CastMember[] },
  now: Date,
): Promise<boolean> {
  const names: Record<string, string> = { '#status': 'status', '#format': 'format' };
  const values: Record<string, unknown> = { ':ready': 'ready', ':count': details.claimCount, ':format': details.format, ':at': now.toISOString(), ':seq': sequencer };
  const sets = ['#status = :ready', 'claimCount = :count', '#format = :format', 'updatedAt = :at', 'textSequencer = :seq'];
  const removes: string[] = [];
  for (const field of ['title', 'lead', 'bodyStart', 'publishedAt', 'dateline', 'url', 'language', 'warning', 'people'] as const) {
    names[`#${field}`] = field;
    if (details[field] !== undefined) {
      sets.push(`#${field} = :${field}`);
      values[`:${field}`] = details[field];
    } else {
      removes.push(`#${field}`);
    }
  }
  return conditionally(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: articleKey(articleId),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: 'sourceSequencer = :seq',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    ),
  );
}

/** Marks the article failed with a reason, unless a later version has claimed it meanwhile (or, with ifProcessing, it is no longer being processed). */
export async function markFailed({ client, table }: ArticleStore, articleId: string, sequencer: string, reason: string, now: Date, options: { ifProcessing?: boolean } = {}): Promise<boolean> {
  return conditionally(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: articleKey(articleId),
        UpdateExpression: 'SET #status = :failed, #error = :reason, claimCount = :zero, updatedAt = :at',
        // a dead-lettered message may trail an upload that a later delivery finished after all
        ConditionExpression: options.ifProcessing ? 'sourceSequencer = :seq AND #status = :processing' : 'sourceSequencer = :seq',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: { ':failed': 'failed', ':reason': reason, ':zero': 0, ':at': now.toISOString(), ':seq': sequencer, ...(options.ifProcessing ? { ':processing': 'processing' } : {}) },
      }),
    ),
  );
}

export async function getArticle({ client, table }: ArticleStore, articleId: string): Promise<ArticleRecord | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: articleKey(articleId), ConsistentRead: true }));
  return out.Item ? fromItem(out.Item) : null;
}

const ARTICLES_CURSOR = { query: 'articles', keys: { pk: ARTICLE_PK, sk: 'ARTICLE', gsi1pk: ARTICLES_PARTITION, gsi1sk: ARTICLE_LIST_SK } };

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

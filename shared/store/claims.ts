import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Claim, ClaimStatus } from '../api/schemas.ts';
import type { Review } from '../review/verdicts.ts';
import { NotFound, VersionConflict } from '../errors.ts';
import { conditionally } from './conditional-write.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { queryAll } from './query-all.ts';
import { articleKey, claimKey, CLAIM_SK_PREFIX, GSI1, queueKey, queuePartition } from './keys.ts';

export interface ClaimStore {
  client: DynamoDBDocumentClient;
  table: string;
}

const toItem = (claim: Claim) => ({ ...claimKey(claim.claimId), ...queueKey(claim.status, claim), ...claim });
const fromItem = (item: Record<string, unknown>): Claim => {
  const { pk, sk, gsi1pk, gsi1sk, ...claim } = item;
  return claim as Claim;
};

/** An article's claims in reading order. */
export async function listArticleClaims({ client, table }: ClaimStore, articleId: string): Promise<Claim[]> {
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':claim': CLAIM_SK_PREFIX },
  });
  return items.map(fromItem).sort((a, b) => a.content.start - b.content.start);
}

/**
 * Adds a claim unless it is already there: a claim with this id may hold a reviewer's verdict,
 * which no re-processing may overwrite. Returns whether it was created.
 */
export async function createClaim({ client, table }: ClaimStore, claim: Claim): Promise<boolean> {
  return conditionally(() => client.send(new PutCommand({ TableName: table, Item: toItem(claim), ConditionExpression: 'attribute_not_exists(pk)' })));
}

/**
 * Takes a claim out of review because a new version of its article no longer says it. A pending
 * claim is deleted, if no verdict arrived meanwhile; a claim with a verdict is kept, marked
 * `retracted`, and leaves the status lists, so the reviewer's work stays on the record.
 */
export async function retireClaim({ client, table }: ClaimStore, claim: Claim, now: Date): Promise<void> {
  const deleted =
    claim.status === 'pending' &&
    (await conditionally(() =>
      client.send(new DeleteCommand({ TableName: table, Key: claimKey(claim.claimId), ConditionExpression: '#status = :pending AND version = :v', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':pending': 'pending', ':v': claim.version } })),
    ));
  if (deleted) return;
  await conditionally(() => client.send(
    new UpdateCommand({
      TableName: table,
      Key: claimKey(claim.claimId),
      UpdateExpression: 'SET retracted = :true, updatedAt = :at REMOVE gsi1pk, gsi1sk',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':true': true, ':at': now.toISOString() },
    }),
  ));
}

/** Brings a retracted claim back when a newer version of its article says it again. */
export async function restoreClaim({ client, table }: ClaimStore, claim: Claim, now: Date): Promise<void> {
  await conditionally(() => client.send(
    new UpdateCommand({
      TableName: table,
      Key: claimKey(claim.claimId),
      UpdateExpression: 'SET gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, updatedAt = :at REMOVE retracted',
      ConditionExpression: 'retracted = :true',
      ExpressionAttributeValues: { ':true': true, ':at': now.toISOString(), ...prefixed(queueKey(claim.status, claim)) },
    }),
  ));
}

export async function getClaim({ client, table }: ClaimStore, claimId: string): Promise<Claim | null> {
  const out = await client.send(new GetCommand({ TableName: table, Key: claimKey(claimId) }));
  return out.Item ? fromItem(out.Item) : null;
}

/**
 * The review queue: claims of one status, oldest article first and in reading order within it,
 * optionally of one speaker (filtered on the queue index, so a page may hold fewer than `limit`).
 */
export async function listClaimsByStatus(
  { client, table }: ClaimStore,
  query: { status: ClaimStatus; speaker?: string },
  limit: number,
  cursor?: string,
): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const shape = { query: `claims:${query.status}:${query.speaker ?? ''}`, keys: ['pk', 'sk', 'gsi1pk', 'gsi1sk'], fixed: { gsi1pk: queuePartition(query.status) } };
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :p',
      ...(query.speaker ? { FilterExpression: 'speaker.#name = :speaker', ExpressionAttributeNames: { '#name': 'name' } } : {}),
      ExpressionAttributeValues: { ':p': queuePartition(query.status), ...(query.speaker ? { ':speaker': query.speaker } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem), nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}

/** One article's claims of one status (and speaker), from the article's own partition. */
export async function listArticleClaimsByStatus(
  { client, table }: ClaimStore,
  query: { articleId: string; status: ClaimStatus; speaker?: string },
  limit: number,
  cursor?: string,
): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const pk = articleKey(query.articleId).pk;
  const shape = { query: `article-claims:${query.status}:${query.speaker ?? ''}`, keys: ['pk', 'sk'], fixed: { pk } };
  const out = await client.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
      FilterExpression: `#status = :status${query.speaker ? ' AND speaker.#name = :speaker' : ''}`,
      ExpressionAttributeNames: { '#status': 'status', ...(query.speaker ? { '#name': 'name' } : {}) },
      ExpressionAttributeValues: { ':pk': pk, ':claim': CLAIM_SK_PREFIX, ':status': query.status, ...(query.speaker ? { ':speaker': query.speaker } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(shape, cursor),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem).sort((a, b) => a.content.start - b.content.start), nextCursor: encodeCursor(shape, out.LastEvaluatedKey) };
}

/**
 * Stores a verdict in one conditional write: status, version and the appended history entry
 * change together, and only if the claim is still at the version the reviewer saw.
 */
export async function recordReview({ client, table }: ClaimStore, claim: Claim, expectedVersion: number, review: Review): Promise<Claim> {
  const at = review.entry.at;
  try {
    const out = await client.send(
      new UpdateCommand({
        TableName: table,
        Key: claimKey(claim.claimId),
        UpdateExpression:
          'SET #status = :status, version = :version, history = list_append(history, :entry), updatedAt = :at, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND version = :expected AND attribute_not_exists(retracted)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': review.status,
          ':version': review.version,
          ':entry': [review.entry],
          ':at': at,
          ':expected': expectedVersion,
          ...prefixed(queueKey(review.status, claim)),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(out.Attributes!);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const current = await getClaim({ client, table }, claim.claimId);
    if (!current) throw new NotFound(`no claim ${claim.claimId}`);
    throw new VersionConflict(current.version, expectedVersion);
  }
}

const prefixed = (keys: Record<string, string>) => Object.fromEntries(Object.entries(keys).map(([k, v]) => [`:${k}`, v]));

/** Claims of an article by status, counted from the claims themselves so the figures cannot drift. */
export async function countClaimsByStatus({ client, table }: ClaimStore, articleId: string): Promise<Record<ClaimStatus, number>> {
  const counts: Record<ClaimStatus, number> = { pending: 0, verified: 0, disputed: 0 };
  const items = await queryAll(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claim)',
    ProjectionExpression: '#status, retracted',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pk': articleKey(articleId).pk, ':claim': CLAIM_SK_PREFIX },
  });
  for (const item of items) if (!item.retracted) counts[item.status as ClaimStatus] += 1;
  return counts;
}

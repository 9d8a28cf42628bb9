import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim, ClaimStatus } from '../api/schemas.ts';
import { InvalidRequest } from '../errors.ts';
import { fromItem, publicClaim } from './claims.ts';
import { checkworthinessRank, claimKey, GSI1, GSI2, QUEUE_SHARDS, QUEUE_SK, queuePartition, RANKED_QUEUE_SK, type QueueOrder } from './keys.ts';

export interface QueueQuery {
  status: ClaimStatus;
  order: QueueOrder;
  speaker?: string;
  /** only claims scored at least this (0..1) */
  minCheckworthiness?: number;
}

/**
 * The review queue: the claims of one status, most check-worthy first (then oldest article
 * first, in reading order) or in reading order alone. Each order is an index whose partitions
 * are a status's shards (keys.ts QUEUE_SHARDS); a page is one query per shard, merged by sort
 * key. The cursor holds where each shard stands: the sort key of the last claim it gave, `-`
 * before its first, `~` once it has no more. A verdict moves a claim to another status's queue
 * without moving any other claim, so an open page's cursor stays valid and repeats nothing.
 *
 * With a speaker filter a shard's query may stop short of its page (DynamoDB filters after its
 * Limit): the merge then takes no claim past the least point any shard has read to, so the order
 * holds, and a page may hold fewer than `limit` claims while `nextCursor` is not null.
 */
export async function listQueue({ client, table }: { client: DynamoDBDocumentClient; table: string }, query: QueueQuery, limit: number, cursor?: string): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const ranked = query.order === 'checkworthiness';
  const [index, pkName, skName, skForm] = ranked ? [GSI2, 'gsi2pk', 'gsi2sk', RANKED_QUEUE_SK] : [GSI1, 'gsi1pk', 'gsi1sk', QUEUE_SK];
  const name = `queue:${query.order}:${query.status}:${query.speaker ?? ''}:${query.minCheckworthiness ?? ''}`;
  const positions = decodePositions(name, skForm, cursor);
  // on the ranked index a minimum score is a bound on the sort key: ranks run 000 (most) to 999
  const bound = ranked && query.minCheckworthiness !== undefined ? `${checkworthinessRank(query.minCheckworthiness)}~` : undefined;

  const reads = await Promise.all(
    positions.map(async (position, shard) => {
      if (position === EXHAUSTED) return { shard, items: [] as Array<Record<string, unknown>>, last: EXHAUSTED };
      const partition = queuePartition(query.order, query.status, shard);
      const filters = [
        ...(query.speaker ? ['speaker.#name = :speaker'] : []),
        ...(!ranked && query.minCheckworthiness !== undefined ? ['checkworthiness >= :min'] : []),
      ];
      const out = await client.send(
        new QueryCommand({
          TableName: table,
          IndexName: index,
          KeyConditionExpression: `${pkName} = :p${bound ? ` AND ${skName} < :bound` : ''}`,
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          ...(query.speaker ? { ExpressionAttributeNames: { '#name': 'name' } } : {}),
          ExpressionAttributeValues: {
            ':p': partition,
            ...(bound ? { ':bound': bound } : {}),
            ...(query.speaker ? { ':speaker': query.speaker } : {}),
            ...(!ranked && query.minCheckworthiness !== undefined ? { ':min': query.minCheckworthiness } : {}),
          },
          Limit: limit,
          ...(position === NOT_STARTED ? {} : { ExclusiveStartKey: startKey(position, pkName, partition, skName) }),
        }),
      );
      const last = out.LastEvaluatedKey ? String(out.LastEvaluatedKey[skName]) : EXHAUSTED;
      return { shard, items: out.Items ?? [], last };
    }),
  );

  // no claim past the least point a shard that has more has read to: that shard's unread claims may come first
  const horizon = reads.filter((r) => r.last !== EXHAUSTED).map((r) => r.last).sort()[0];
  const merged = reads
    .flatMap((r) => r.items.map((item) => ({ shard: r.shard, key: String(item[skName]), item })))
    .filter((x) => horizon === undefined || x.key <= horizon)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);

  const next = [...positions];
  for (const r of reads) {
    if (r.last === EXHAUSTED && positions[r.shard] === EXHAUSTED) continue;
    const taken = merged.filter((x) => x.shard === r.shard);
    next[r.shard] = taken.length === r.items.length ? r.last : taken.length ? taken[taken.length - 1].key : positions[r.shard];
  }
  const done = next.every((p) => p === EXHAUSTED);
  return { items: merged.map((x) => publicClaim(fromItem(x.item))), nextCursor: done ? null : encodePositions(name, next) };
}

const NOT_STARTED = '-';
const EXHAUSTED = '~';

/** The table and index keys DynamoDB wants to resume a shard's query after the claim whose sort key is `sk`. */
function startKey(sk: string, pkName: string, partition: string, skName: string) {
  const claimId = sk.slice(sk.lastIndexOf('#') + 1);
  return { ...claimKey(claimId), [pkName]: partition, [skName]: sk };
}

function encodePositions(query: string, positions: string[]): string {
  return Buffer.from(JSON.stringify({ q: query, p: positions })).toString('base64url');
}

/** A cursor's shard positions, each checked to be a sort key of this queue's form before any query. */
function decodePositions(query: string, form: RegExp, cursor: string | undefined): string[] {
  if (cursor === undefined) return Array.from({ length: QUEUE_SHARDS }, () => NOT_STARTED);
  let parsed: { q?: unknown; p?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) ?? {};
  } catch {
    throw new InvalidRequest('cursor is not one this API issued');
  }
  const positions = parsed.p;
  const valid =
    parsed.q === query &&
    Array.isArray(positions) &&
    positions.length === QUEUE_SHARDS &&
    positions.every((p) => typeof p === 'string' && (p === NOT_STARTED || p === EXHAUSTED || (p.length <= 1024 && form.test(p))));
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return positions as string[];
}

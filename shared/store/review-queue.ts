import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Claim, ClaimStatus } from '../api/schemas.ts';
import { InvalidRequest } from '../errors.ts';
import { fromItem, publicClaim } from './claims.ts';
import { checkworthinessRank, claimKey, GSI1, GSI2, QUEUE_SK, queuePartitions, RANKED_QUEUE_SK, type QueueOrder } from './keys.ts';

export interface QueueQuery {
  status: ClaimStatus;
  order: QueueOrder;
  speaker?: string;
  /** only claims scored at least this (0..1) */
  minCheckworthiness?: number;
  /** one entry per cluster, its lead, as the pending queue shows by default; false lists every member too */
  clusters?: boolean;
}

/**
 * The review queue: the claims of one status, most check-worthy first (then oldest article
 * first, in reading order) or in reading order alone. Each order is an index whose partitions
 * are a status's shards (keys.ts QUEUE_SHARDS); a page is one query per shard, merged by sort
 * key. The cursor holds where each shard stands: the sort key of the last claim it gave, `-`
 * before its first, `~` once it has no more. A verdict moves a claim to another status's queue
 * without moving any other claim, so an open page's cursor stays valid and repeats nothing.
 *
 * The merge takes no claim past the least point any shard with more has read to, so the order
 * holds; with a filter a page may hold fewer than `limit` claims while `nextCursor` is not null.
 *
 * A pending claim that its cluster's lead stands for (keys.ts `clusterRole`) waits in partitions of
 * its own: the default queue shows each cluster once, and `clusters: false` merges both families.
 */
export async function listQueue({ client, table }: { client: DynamoDBDocumentClient; table: string }, query: QueueQuery, limit: number, cursor?: string): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const ranked = query.order === 'checkworthiness';
  const [index, pkName, skName, skForm] = ranked ? [GSI2, 'gsi2pk', 'gsi2sk', RANKED_QUEUE_SK] : [GSI1, 'gsi1pk', 'gsi1sk', QUEUE_SK];
  const everyMember = query.clusters === false && query.status === 'pending';
  const partitions = queuePartitions(query.order, query.status, everyMember);
  const name = `queue:${query.order}:${query.status}:${query.speaker ?? ''}:${query.minCheckworthiness ?? ''}${everyMember ? ':members' : ''}`;
  const positions = decodePositions(name, skForm, partitions.length, cursor);
  // on the ranked index a minimum score is a bound on the sort key: ranks run 000 (most) to 999
  const bound = ranked && query.minCheckworthiness !== undefined ? `${checkworthinessRank(query.minCheckworthiness)}~` : undefined;

  const readShard = async (shard: number, from: string, chunk: number) => {
    const partition = partitions[shard];
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
        Limit: chunk,
        ...(from === NOT_STARTED ? {} : { ExclusiveStartKey: startKey(from, pkName, partition, skName) }),
      }),
    );
    return { items: out.Items ?? [], last: out.LastEvaluatedKey ? String(out.LastEvaluatedKey[skName]) : EXHAUSTED };
  };

  // Each shard holds its share of the queue: the first round reads a little more than its share of
  // a page from each, and later rounds a fifth of a page from only the shards read least far, until
  // the page's claims are all before every point a shard with more has read to. A page so reads
  // little more than it returns (DynamoDB bills a query by the bytes it reads, rounded up to 4 KB);
  // a filter (speaker) that DynamoDB applies after its Limit only makes the rounds more, up to
  // MAX_ROUNDS, after which the page holds what was found.
  const shards = positions.map((position) => ({ items: [] as Array<Record<string, unknown>>, last: position }));
  const chunk = Math.max(1, Math.ceil((1.2 * limit) / partitions.length));
  const nextChunk = Math.max(1, Math.ceil(limit / 5));
  let wanted = shards.map((_, shard) => shard).filter((shard) => positions[shard] !== EXHAUSTED);
  let horizon: string | undefined;
  let eligible: Array<{ shard: number; key: string; item: Record<string, unknown> }> = [];
  for (let round = 0; wanted.length > 0 && round < MAX_ROUNDS; round++) {
    const reads = await Promise.all(wanted.map(async (shard) => ({ shard, ...(await readShard(shard, shards[shard].last, round === 0 ? chunk : nextChunk)) })));
    for (const r of reads) {
      shards[r.shard].items.push(...r.items);
      shards[r.shard].last = r.last;
    }
    // no claim past the least point a shard that has more has read to: that shard's unread claims may come first
    horizon = shards.map((s) => s.last).filter((last) => last !== EXHAUSTED).sort()[0];
    eligible = shards.flatMap((s, shard) => s.items.map((item) => ({ shard, key: String(item[skName]), item }))).filter((x) => horizon === undefined || x.key <= horizon);
    if (horizon === undefined || eligible.length >= limit) break;
    wanted = shards.map((_, shard) => shard).filter((shard) => shards[shard].last === horizon);
  }
  const merged = eligible.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);

  const next = [...positions];
  shards.forEach((s, shard) => {
    if (positions[shard] === EXHAUSTED) return;
    const taken = merged.filter((x) => x.shard === shard);
    next[shard] = taken.length === s.items.length ? s.last : taken.length ? taken[taken.length - 1].key : positions[shard];
  });
  const done = next.every((p) => p === EXHAUSTED);
  return { items: merged.map((x) => publicClaim(fromItem(x.item))), nextCursor: done ? null : encodePositions(name, next) };
}

/** Rounds of reading one page may take, for a filter that matches few claims. */
const MAX_ROUNDS = 8;
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
function decodePositions(query: string, form: RegExp, count: number, cursor: string | undefined): string[] {
  if (cursor === undefined) return Array.from({ length: count }, () => NOT_STARTED);
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
    positions.length === count &&
    positions.every((p) => typeof p === 'string' && (p === NOT_STARTED || p === EXHAUSTED || (p.length <= 1024 && form.test(p))));
  if (!valid) throw new InvalidRequest('cursor is not one this API issued for this list');
  return positions as string[];
}

import { createHash } from 'node:crypto';
import { cutToBytes } from './dynamodb-limits.ts';

/**
 * Every key of the single table, built here and nowhere else.
 *
 *   item     pk                 sk                        gsi1pk                    gsi1sk                                    gsi2pk                 gsi2sk
 *   article  ARTICLE#<article>  ARTICLE                   ARTICLES                  <createdAt>#<article>
 *   claim    ARTICLE#<article>  CLAIM#<claim>             STATUS#<status>#<shard>   <createdAt>#<article>#<offset>#<claim>    CW#<status>#<shard>    <999-score>#<createdAt>#<article>#<offset>#<claim>
 *            (and gsi3pk SPEAKER#<speaker>, gsi3sk <createdAt>#<claim>: a speaker's claims, newest first;
 *             once ruled, gsi4pk REVIEWS, gsi4sk <last verdict at>#<claim>: ClaimReviews by time)
 *   speaker  SPEAKER#<speaker>  SPEAKER                   SPEAKERS                  <name prefix>#<speaker>
 *   band     CKEY#<band key>    CLAIM#<claim>             (every clustered claim under each of its LSH keys, with its cluster: review/clusters.ts)
 *   seen     CKEY#<band key>    CHECKED#<claim>           (a ruled claim under each of its LSH keys: review/seen-before.ts)
 *   lock     CKEY#<band key>    LOCK                      (held while a claim joins or founds a cluster through the key)
 *   cluster  CLUSTER#<cluster>  CLUSTER                   (its size, its lead: the member the pending queue shows)
 *   member   CLUSTER#<cluster>  MEMBER#<createdAt>#<claim>
 *   history  ARTICLE#<article>  HISTORY#<claim>#<index>
 *   text     ARTICLE#<article>  TEXT#<sequencer>#<chunk>
 *
 * Access patterns: an article with its claims (one query on pk), articles newest first (gsi1),
 * the review queue by status in reading order (gsi1) or most check-worthy first (gsi2), each
 * spread over QUEUE_SHARDS partitions and read back merged (review-queue.ts), one claim (its id
 * holds its article's id), a claim's older history (a query on its HISTORY# prefix), the text of
 * one upload (its TEXT# prefix: each upload writes its own chunks and the article switches to
 * them when it is ready).
 * Every key is a hash, a padded number, a timestamp, or (a speaker's place in the list) a name cut
 * to SPEAKER_NAME_KEY_BYTES: none grows with the text it comes from, so every key stays far under
 * DynamoDB's limits (dynamodb-limits.ts: 2,048 bytes for a partition key, 1,024 for a sort key)
 * and every page cursor, which carries a key, under the API's MAX_CURSOR_CHARS.
 */
export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';
export const GSI3 = 'gsi3';
export const GSI4 = 'gsi4';
/** Every index of the table: each keyed by `<name>pk` and `<name>sk`, projecting all attributes. */
export const INDEXES = [GSI1, GSI2, GSI3, GSI4];

/**
 * DynamoDB takes about 1,000 writes a second into one partition, of a table or an index: one
 * queue partition per status would cap a reprocess of the archive (~17 million claim writes per
 * million articles) at about five hours. Two shards take ~2,000 claim writes a second, ~2.4 hours
 * for those 17 million, well inside the day a re-read of a million articles is allowed; and a page
 * is two queries, merged, reading little more than it returns (8 shards made every page 8 queries,
 * each billed at least half a read unit: three times one query's units).
 * Changing it moves every claim's queue partition: run `npm run requeue` after the deploy.
 */
export const QUEUE_SHARDS = 2;

const hash = (s: string, length: number) => createHash('sha256').update(s).digest('hex').slice(0, length);

/** One article per S3 object key: a re-upload of the key is the same article. */
export const articleIdFor = (bucket: string, key: string) => hash(`${bucket}/${key}`, 20);

/** A claim's id comes from its article, its words and its speaker, so re-processing converges. */
export const claimIdFor = (articleId: string, content: string, speaker: string) => `${articleId}-${hash(`${content}\u0000${speaker}`, 12)}`;

export const articleIdOfClaim = (claimId: string) => claimId.split('-')[0];

export const ARTICLE_ID = /^[0-9a-f]{20}$/;
export const CLAIM_ID = /^[0-9a-f]{20}-[0-9a-f]{12}$/;

export const articleKey = (articleId: string) => ({ pk: `ARTICLE#${articleId}`, sk: 'ARTICLE' });
export const claimKey = (claimId: string) => ({ pk: `ARTICLE#${articleIdOfClaim(claimId)}`, sk: `CLAIM#${claimId}` });
export const CLAIM_SK_PREFIX = 'CLAIM#';
export const TEXT_SK_PREFIX = 'TEXT#';
export const textPrefix = (sequencer: string) => `${TEXT_SK_PREFIX}${sequencer}#`;
export const textChunkKey = (articleId: string, sequencer: string, index: number) => ({ pk: `ARTICLE#${articleId}`, sk: `${textPrefix(sequencer)}${String(index).padStart(4, '0')}` });
/** The index-th entry of a claim's history (0 the first verdict), once it has left the claim's item. */
export const historyKey = (claimId: string, index: number) => ({ pk: `ARTICLE#${articleIdOfClaim(claimId)}`, sk: `HISTORY#${claimId}#${String(index).padStart(6, '0')}` });

export const articleListKey = (createdAt: string, articleId: string) => ({ gsi1pk: 'ARTICLES', gsi1sk: `${createdAt}#${articleId}` });
/** A claim's shard of the queue, fixed by its id. */
export const queueShard = (claimId: string) => parseInt(hash(claimId, 4), 16) % QUEUE_SHARDS;

/** 000 for the most check-worthy, 999 for the least, so that an ascending read ranks them. */
export const checkworthinessRank = (checkworthiness: number) => String(999 - Math.round(Math.min(1, Math.max(0, checkworthiness)) * 999)).padStart(3, '0');

/**
 * A claim's places in the two queues of its status: in reading order (oldest article first, then
 * as the article reads) and most check-worthy first (then in reading order).
 */
export const queueKey = (status: string, claim: QueuedClaim) => {
  const reading = `${claim.createdAt}#${claim.articleId}#${String(claim.content.start).padStart(9, '0')}#${claim.claimId}`;
  const shard = queueShard(claim.claimId);
  // a pending claim that another member of its cluster stands for waits in the members' partitions:
  // the queue reads them only when asked for every claim (`clusters=false`)
  const family = status === 'pending' && claim.clusterRole === 'member' ? MEMBERS : '';
  // a cluster's lead ranks as its most check-worthy pending member
  const checkworthiness = claim.clusterRole === 'lead' && claim.clusterCheckworthiness !== undefined ? claim.clusterCheckworthiness : claim.checkworthiness;
  return {
    gsi1pk: queuePartition('reading', status, shard, family),
    gsi1sk: reading,
    gsi2pk: queuePartition('checkworthiness', status, shard, family),
    gsi2sk: `${checkworthinessRank(checkworthiness ?? 0)}#${reading}`,
  };
};
/** What places a claim in a queue: its reading order, its score, and its role in its cluster. */
export interface QueuedClaim {
  createdAt: string;
  articleId: string;
  claimId: string;
  content: { start: number };
  checkworthiness?: number;
  /** `lead`: the member the pending queue shows for its cluster; `member`: shown only with `clusters=false` */
  clusterRole?: 'lead' | 'member';
  clusterCheckworthiness?: number;
}
const MEMBERS = 'm';
export type QueueOrder = 'reading' | 'checkworthiness';
/** Ruled claims by the time of their last verdict: what a CMS pulls as ClaimReviews. Verdicts come at a person's pace, far under one partition's limit. */
export const REVIEWS_PARTITION = 'REVIEWS';
export const reviewListKey = (at: string, claimId: string) => ({ gsi4pk: REVIEWS_PARTITION, gsi4sk: `${at}#${claimId}` });
export const REVIEW_LIST_SK = /^[0-9TZ:.+-]{1,40}#[0-9a-f]{20}-[0-9a-f]{12}$/;
/**
 * One LSH key's partition (band-partitions.ts): the clustered claims filed under the key, the ruled
 * claims filed under it for seen-before, and the lock a claim holds on the key while it joins or
 * founds a cluster. A new claim's one read of the partition serves its join and its seen-before.
 */
export const bandPartition = (band: string) => `CKEY#${band}`;
export const FILED_SK_PREFIX = 'CLAIM#';
export const SEEN_SK_PREFIX = 'CHECKED#';
/** Both kinds of entry sort before the lock, so that a read of the entries never reads (and pays for) the lock. */
export const BAND_LOCK_SK = 'LOCK';
export const clusterBandKey = (band: string, claimId: string) => ({ pk: bandPartition(band), sk: `${FILED_SK_PREFIX}${claimId}` });
export const clusterLockKey = (band: string) => ({ pk: bandPartition(band), sk: BAND_LOCK_SK });
export const seenKey = (band: string, claimId: string) => ({ pk: bandPartition(band), sk: `${SEEN_SK_PREFIX}${claimId}` });
/** Where versions before 2026.12.03.2 filed a ruled claim for seen-before, a partition per key of its own: `npm run requeue` moves them. */
export const legacySeenKey = (band: string, claimId: string) => ({ pk: `${LEGACY_SEEN_PK_PREFIX}${band}`, sk: `CLAIM#${claimId}` });
export const LEGACY_SEEN_PK_PREFIX = 'SIG#';
/** A cluster is named after its first claim; its item and its members share a partition, so one query reads them all. */
export const clusterIdFor = (claimId: string) => `c${claimId}`;
/** The claim that founded a cluster, whose id its id is made from. */
export const founderOf = (clusterId: string) => clusterId.slice(1);
export const CLUSTER_ID = /^c[0-9a-f]{20}-[0-9a-f]{12}$/;
export const clusterKey = (clusterId: string) => ({ pk: `CLUSTER#${clusterId}`, sk: 'CLUSTER' });
export const clusterMemberKey = (clusterId: string, createdAt: string, claimId: string) => ({ pk: `CLUSTER#${clusterId}`, sk: `MEMBER#${createdAt}#${claimId}` });
export const CLUSTER_MEMBER_SK_PREFIX = 'MEMBER#';
export const SPEAKERS_PARTITION = 'SPEAKERS';
export const speakerKey = (speakerId: string) => ({ pk: `SPEAKER#${speakerId}`, sk: 'SPEAKER' });
/**
 * Bytes of a canonical name that a speaker's list key keeps. A name is text from an article, of
 * any length (the extractor reads a 10,000-character word before `said` as a name), and a sort key
 * stops at 1,024 bytes: a longer one fails the whole article. 200 bytes order and find any real
 * name by its start; the speaker's id after them, a hash of the whole name, keeps apart the keys
 * of names that share those bytes.
 */
export const SPEAKER_NAME_KEY_BYTES = 200;

/**
 * A canonical name as keys hold it: without `#`, the keys' separator, nor control characters and
 * half surrogate pairs, which no name needs and which a cursor's JSON would spell six bytes long.
 */
export const keyableName = (canonical: string) => canonical.replace(/[#\p{Cc}\p{Cs}]/gu, '');

/** The start of a canonical name a list key holds, and so the most of a name typed in that a key condition can match on. */
export const speakerNamePrefix = (canonical: string) => cutToBytes(keyableName(canonical), SPEAKER_NAME_KEY_BYTES);

/** Speakers listed by canonical name, so that a name typed in finds them by its start. */
export const speakerListKey = (canonical: string, speakerId: string) => ({ gsi1pk: SPEAKERS_PARTITION, gsi1sk: `${speakerNamePrefix(canonical)}#${speakerId}` });
/** A claim's place among its speaker's claims, from every article: newest first when read backwards. */
export const speakerClaimKey = (claim: { speaker: { id: string }; createdAt: string; claimId: string }) => ({ gsi3pk: `SPEAKER#${claim.speaker.id}`, gsi3sk: `${claim.createdAt}#${claim.claimId}` });
export const SPEAKER_PK = /^SPEAKER#[0-9a-f]{16}$/;
/**
 * A speaker's place in the list, as a cursor may carry it: the name part holds at most
 * SPEAKER_NAME_KEY_BYTES, or, written before names were cut, any name DynamoDB took (cursor.ts
 * bounds every value by DynamoDB's key limits).
 */
export const SPEAKER_LIST_SK = /^[^#]*#[0-9a-f]{16}$/;
export const SPEAKER_CLAIM_SK = /^[0-9TZ:.-]{1,40}#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const queuePartition = (order: QueueOrder, status: string, shard: number, family: '' | typeof MEMBERS = '') => `${order === 'reading' ? 'STATUS' : 'CW'}#${status}#${family}${shard}`;
/** The queue's partitions of a status: its shards, and with `members` the shards of the claims their clusters' leads stand for. */
export const queuePartitions = (order: QueueOrder, status: string, members: boolean) => [
  ...Array.from({ length: QUEUE_SHARDS }, (_, shard) => queuePartition(order, status, shard)),
  ...(members ? Array.from({ length: QUEUE_SHARDS }, (_, shard) => queuePartition(order, status, shard, MEMBERS)) : []),
];
/** The forms of key values a page cursor may carry (cursor.ts). */
export const ARTICLE_PK = /^ARTICLE#[0-9a-f]{20}$/;
export const CLAIM_SK = /^CLAIM#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const QUEUE_SK = /^[0-9TZ:.-]{1,40}#[0-9a-f]{20}#\d{9}#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const RANKED_QUEUE_SK = /^\d{3}#[0-9TZ:.-]{1,40}#[0-9a-f]{20}#\d{9}#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const ARTICLE_LIST_SK = /^[0-9TZ:.-]{1,40}#[0-9a-f]{20}$/;
export const ARTICLES_PARTITION = 'ARTICLES';

import { createHash } from 'node:crypto';

/**
 * Every key of the single table, built here and nowhere else.
 *
 *   item     pk                 sk                          gsi1pk             gsi1sk
 *   article  ARTICLE#<article>  ARTICLE                     ARTICLES           <createdAt>#<article>
 *   claim    ARTICLE#<article>  CLAIM#<claim>               STATUS#<status>    <createdAt>#<article>#<offset>#<claim>
 *   history  ARTICLE#<article>  HISTORY#<claim>#<index>     (none)
 *   text     ARTICLE#<article>  TEXT#<sequencer>#<chunk>    (none)
 *
 * Access patterns: an article with its claims (one query on pk), articles newest first and the
 * review queue by status oldest first (gsi1), one claim (its id holds its article's id), a
 * claim's older history (a query on its HISTORY# prefix), the text of one upload (its TEXT#
 * prefix: each upload writes its own chunks and the article switches to them when it is ready).
 * Every key is a hash or a padded number, far under DynamoDB's key limits (2,048 bytes for a
 * partition key, 1,024 for a sort key).
 */
export const GSI1 = 'gsi1';

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
/** The queue runs oldest article first and, within an article, in reading order. */
export const queueKey = (status: string, claim: { createdAt: string; articleId: string; claimId: string; content: { start: number } }) => ({
  gsi1pk: `STATUS#${status}`,
  gsi1sk: `${claim.createdAt}#${claim.articleId}#${String(claim.content.start).padStart(9, '0')}#${claim.claimId}`,
});
/** The forms of key values a page cursor may carry (cursor.ts). */
export const ARTICLE_PK = /^ARTICLE#[0-9a-f]{20}$/;
export const CLAIM_SK = /^CLAIM#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const QUEUE_SK = /^[0-9TZ:.-]{1,40}#[0-9a-f]{20}#\d{9}#[0-9a-f]{20}-[0-9a-f]{12}$/;
export const ARTICLE_LIST_SK = /^[0-9TZ:.-]{1,40}#[0-9a-f]{20}$/;
export const queuePartition = (status: string) => `STATUS#${status}`;
export const ARTICLES_PARTITION = 'ARTICLES';

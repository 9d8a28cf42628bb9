import { createHash } from 'node:crypto';

/**
 * Every key of the single table, built here and nowhere else.
 *
 *   item     pk                 sk               gsi1pk             gsi1sk
 *   article  ARTICLE#<article>  ARTICLE          ARTICLES           <createdAt>#<article>
 *   claim    ARTICLE#<article>  CLAIM#<claim>    STATUS#<status>    <createdAt>#<article>#<offset>#<claim>
 *   text     ARTICLE#<article>  TEXT#<chunk>     (none)
 *
 * Access patterns: an article with its claims (one query on pk), articles newest first and the
 * review queue by status oldest first (gsi1), one claim (its id holds its article's id).
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
export const textChunkKey = (articleId: string, index: number) => ({ pk: `ARTICLE#${articleId}`, sk: `${TEXT_SK_PREFIX}${String(index).padStart(4, '0')}` });

export const articleListKey = (createdAt: string, articleId: string) => ({ gsi1pk: 'ARTICLES', gsi1sk: `${createdAt}#${articleId}` });
/** The queue runs oldest article first and, within an article, in reading order. */
export const queueKey = (status: string, claim: { createdAt: string; articleId: string; claimId: string; content: { start: number } }) => ({
  gsi1pk: `STATUS#${status}`,
  gsi1sk: `${claim.createdAt}#${claim.articleId}#${String(claim.content.start).padStart(9, '0')}#${claim.claimId}`,
});
export const queuePartition = (status: string) => `STATUS#${status}`;
export const ARTICLES_PARTITION = 'ARTICLES';

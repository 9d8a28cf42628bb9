import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { historyQuerySchema, listArticlesQuerySchema, listSpeakersQuerySchema, speakerClaimsQuerySchema, listClaimsQuerySchema, verdictRequestSchema, type Article, type Verdict } from '#shared/api/schemas.ts';
import { openApiDocument } from '#shared/api/openapi.ts';
import type { RouteKey } from '#shared/api/routes.ts';
import { NotFound } from '#shared/errors.ts';
import { review } from '#shared/review/verdicts.ts';
import { getArticle, listArticles, type ArticleRecord, type ArticleStore } from '#shared/store/articles.ts';
import { countClaimsByStatus, getClaim, listArticleClaims, listClaimHistory, listArticleClaimsByStatus, recordReview } from '#shared/store/claims.ts';
import { listQueue } from '#shared/store/review-queue.ts';
import { getSpeaker, listSpeakerClaims, listSpeakers } from '#shared/store/speakers.ts';
import { SPEAKER_ID } from '#shared/review/speaker-identity.ts';
import { ARTICLE_ID, CLAIM_ID, articleIdFor } from '#shared/store/keys.ts';
import { readArticleText } from '#shared/store/article-text.ts';
import { jsonBody, queryOf, reviewerOf } from './requests.ts';

export interface ApiDeps {
  store: ArticleStore;
  bucket: string;
  now: () => Date;
  /** told of each verdict stored, for the metrics */
  onVerdict?: (verdict: Verdict) => void;
}

type Route = (event: APIGatewayProxyEventV2WithJWTAuthorizer, deps: ApiDeps) => Promise<unknown>;

/** The stored article less the bookkeeping of which upload it shows. */
const publicArticle = ({ sourceEtag, sourceSequencer, ...article }: ArticleRecord) => article;

const withCounts = async (deps: ApiDeps, record: ArticleRecord): Promise<Article> => ({
  ...publicArticle(record),
  counts: await countClaimsByStatus(deps.store, record.articleId),
});

function param(event: APIGatewayProxyEventV2WithJWTAuthorizer, name: string, pattern: RegExp, what: string): string {
  const value = event.pathParameters?.[name] ?? '';
  if (!pattern.test(value)) throw new NotFound(`no ${what} ${JSON.stringify(value.slice(0, 80))}`);
  return value;
}

/** One function per route: read the request, call the store and the review rules, return the body. */
export const routes: Record<RouteKey, Route> = {
  'GET /articles': async (event, deps) => {
    const query = listArticlesQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    if (query.key !== undefined) {
      const article = await getArticle(deps.store, articleIdFor(deps.bucket, query.key));
      return { items: article ? [await withCounts(deps, article)] : [], nextCursor: null };
    }
    const page = await listArticles(deps.store, query.limit, query.cursor);
    return { items: await Promise.all(page.items.map((a) => withCounts(deps, a))), nextCursor: page.nextCursor };
  },

  'GET /articles/{articleId}': async (event, deps) => {
    reviewerOf(event);
    const articleId = param(event, 'articleId', ARTICLE_ID, 'article');
    const article = await getArticle(deps.store, articleId);
    if (!article) throw new NotFound(`no article ${articleId}`);
    const [claims, text] = await Promise.all([listArticleClaims(deps.store, articleId), readArticleText(deps.store, article)]);
    const counts = { pending: 0, verified: 0, disputed: 0 };
    for (const c of claims) if (!c.retracted) counts[c.status] += 1;
    return { ...publicArticle(article), counts, ...(text !== undefined ? { text } : {}), claims };
  },

  'GET /claims': async (event, deps) => {
    const { limit, cursor, articleId, ...query } = listClaimsQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    return articleId ? listArticleClaimsByStatus(deps.store, { ...query, articleId }, limit, cursor) : listQueue(deps.store, query, limit, cursor);
  },

  'GET /claims/{claimId}': async (event, deps) => {
    reviewerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    return claim;
  },

  'GET /claims/{claimId}/history': async (event, deps) => {
    const query = historyQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    return listClaimHistory(deps.store, param(event, 'claimId', CLAIM_ID, 'claim'), query.limit, query.cursor);
  },

  'PUT /claims/{claimId}/verdict': async (event, deps) => {
    const reviewer = reviewerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const request = verdictRequestSchema.parse(jsonBody(event));
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    const updated = await recordReview(deps.store, claim, request.expectedVersion, review(claim, request, reviewer, deps.now()));
    deps.onVerdict?.(request.verdict);
    return updated;
  },

  'GET /speakers': async (event, deps) => {
    const { limit, cursor, q } = listSpeakersQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    return listSpeakers(deps.store, { q }, limit, cursor);
  },

  'GET /speakers/{speakerId}': async (event, deps) => {
    reviewerOf(event);
    const speakerId = param(event, 'speakerId', SPEAKER_ID, 'speaker');
    const speaker = await getSpeaker(deps.store, speakerId);
    if (!speaker) throw new NotFound(`no speaker ${speakerId}`);
    return speaker;
  },

  'GET /speakers/{speakerId}/claims': async (event, deps) => {
    const { limit, cursor, status } = speakerClaimsQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    return listSpeakerClaims(deps.store, { speakerId: param(event, 'speakerId', SPEAKER_ID, 'speaker'), status }, limit, cursor);
  },

  'GET /openapi.json': async () => openApiDocument(),

  'GET /health': async () => ({ status: 'ok' }),
};

import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { leaveClusterQuerySchema, noQuerySchema, claimReviewsQuerySchema, correctionRequestSchema, dismissalRequestSchema, reopenQuerySchema, reviewExportQuerySchema, historyQuerySchema, listArticlesQuerySchema, listSpeakersQuerySchema, speakerClaimsQuerySchema, listClaimsQuerySchema, verdictRequestSchema, type Article, type Claim, type Verdict } from '#shared/api/schemas.ts';
import { openApiDocument } from '#shared/api/openapi.ts';
import type { RouteKey } from '#shared/api/routes.ts';
import { Forbidden, InvalidRequest, NotFound, StateConflict, VersionConflict } from '#shared/errors.ts';
import { correct, dismiss, reopen } from '#shared/review/corrections.ts';
import { reviewedArticleAsGold } from '#shared/evaluation/review-export.ts';
import { claimReviewOf, type Appearance, type Publisher } from '#shared/publishing/claim-review.ts';
import { review } from '#shared/review/verdicts.ts';
import { memberReview, publishingMember, receivesClusterChange, takeOutOfCluster } from '#shared/review/clusters.ts';
import { clusterSize, leaveCluster, presentClaim, presentClaims, readCluster, settleClusterOf } from '#shared/store/clusters.ts';
import { getArticle, listArticles, type ArticleRecord, type ArticleStore } from '#shared/store/articles.ts';
import { countClaimsByStatus, getClaim, listArticleClaims, listClaimHistory, listRuledClaims, listArticleClaimsByStatus, publicClaim, recordClusterExit, recordCorrection, recordDismissal, recordReopening, recordReview, type ClaimRecord } from '#shared/store/claims.ts';
import { listQueue } from '#shared/store/review-queue.ts';
import { fileRuledClaim, unfileClaim } from '#shared/store/seen-before.ts';
import { getSpeaker, listSpeakerClaims, listSpeakers, recordSpeakers } from '#shared/store/speakers.ts';
import { SPEAKER_ID } from '#shared/review/speaker-identity.ts';
import { ARTICLE_ID, CLAIM_ID, CLUSTER_ID, articleIdFor } from '#shared/store/keys.ts';
import { readArticleText } from '#shared/store/article-text.ts';
import { jsonBody, queryOf, reviewerOf } from './requests.ts';

export interface ApiDeps {
  store: ArticleStore;
  bucket: string;
  now: () => Date;
  /** the newsroom that publishes the ClaimReviews */
  publisher: Publisher;
  /** told of each verdict stored, for the metrics */
  onVerdict?: (verdict: Verdict) => void;
  /**
   * handed each claim a verdict ruled, once written, for the work that follows it after the answer
   * (shared/follow-ups/verdict-follow-up.ts): in AWS the table's stream hands it to the follow-ups
   * function instead, and this does nothing
   */
  afterVerdict: (ruled: ClaimRecord[]) => void | Promise<void>;
}

type Route = (event: APIGatewayProxyEventV2WithJWTAuthorizer, deps: ApiDeps) => Promise<unknown>;

/** What a claim shown away from its article says of it: its title (or lead), key and publication date. */
const articleSummary = (article: ArticleRecord | null | undefined) =>
  article ? { key: article.key, ...(article.title ? { title: article.title } : {}), ...(article.lead ? { lead: article.lead } : {}), ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) } : undefined;

/** The stored article less the bookkeeping of which upload it shows. */
const publicArticle = ({ sourceEtag, sourceSequencer, ...article }: ArticleRecord) => article;

const withCounts = async (deps: ApiDeps, record: ArticleRecord): Promise<Article> => ({
  ...publicArticle(record),
  counts: await countClaimsByStatus(deps.store, record.articleId),
});

function param(event: APIGatewayProxyEventV2WithJWTAuthorizer, name: string, pattern: RegExp, what: string): string {
  const value = event.pathParameters?.[name] ?? '';
  if (!pattern.test(value)) throw new NotFound(`no ${what} ${quoted(value.slice(0, 80))}`);
  return value;
}

/** A caller's text as a detail shows it: quoted, with control and direction marks (`U+202E`) escaped, so that none reorders the message around it. */
const quoted = (text: string) => JSON.stringify(text).replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The caller, who must be a reviewer who may write: a read-only token is refused before the body is read. */
function writerOf(event: APIGatewayProxyEventV2WithJWTAuthorizer) {
  const reviewer = reviewerOf(event);
  if (!reviewer.canWrite) throw new Forbidden('this token may read but not change claims');
  return reviewer;
}

/** A verdict applied from an earlier claim must be that claim's: it exists, it is ruled, and the same way. */
async function checkSameAs(deps: ApiDeps, claim: Claim, sameAs: string, verdict: Verdict): Promise<void> {
  const earlier = sameAs === claim.claimId ? null : await getClaim(deps.store, sameAs);
  // a retracted claim's article no longer says it: its verdict is no precedent
  if (!earlier || earlier.status === 'pending' || earlier.retracted) throw new InvalidRequest(`sameAs: ${sameAs} is no ruled claim to take a verdict from`);
  if (earlier.status !== verdict) throw new InvalidRequest(`sameAs: claim ${sameAs} is ${earlier.status}, not ${verdict}`);
}

/** The articles that carry some claims, each read once. */
const articlesOf = async (deps: ApiDeps, claims: Array<{ articleId: string }>) =>
  new Map(await Promise.all([...new Set(claims.map((c) => c.articleId))].map(async (id) => [id, await getArticle(deps.store, id)] as const)));

/**
 * Where a ruled claim appeared: its own article first, then the article of each member of its
 * cluster that carries the same verdict (a member ruled otherwise is reviewed on its own), as
 * `others` gives them when the caller has read them already.
 */
async function appearancesOf(deps: ApiDeps, claim: ClaimRecord, others?: ClaimRecord[]): Promise<Appearance[]> {
  const carrying = [claim, ...(others ?? (await sameVerdictMembers(deps, claim)))];
  const articles = await articlesOf(deps, carrying);
  return carrying.map((c) => ({ ...(articles.get(c.articleId) ?? {}), text: c.text }));
}

/** The other members of a ruled claim's cluster that carry the same verdict. */
const sameVerdictMembers = async (deps: ApiDeps, claim: ClaimRecord): Promise<ClaimRecord[]> =>
  claim.clusterId ? ((await readCluster(deps.store, claim.clusterId))?.members ?? []).filter((m) => m.claimId !== claim.claimId && m.status === claim.status) : [];

/**
 * Makes a change given to a cluster in each other member, at the version the member is at when it
 * is changed: a member changed meanwhile (re-read, corrected) is read again and changed as it is
 * now. `change` says what the member's change is, or null for a member it does not apply to (one
 * already ruled, dismissed, or with nothing to change).
 */
async function changeMembers(deps: ApiDeps, cluster: { id: string; via: string }, change: (member: ClaimRecord) => Promise<ClaimRecord | null> | null | undefined): Promise<ClaimRecord[]> {
  const members = (await readCluster(deps.store, cluster.id))?.members.filter((m) => m.claimId !== cluster.via) ?? [];
  const changed = await Promise.all(
    members.map(async (first) => {
      let member: ClaimRecord | null = first;
      for (let attempt = 0; member && attempt < 3; attempt++) {
        try {
          return (await change(member)) ?? null;
        } catch (error) {
          if (error instanceof InvalidRequest || error instanceof StateConflict) return null;
          if (!(error instanceof VersionConflict)) throw error;
          member = await getClaim(deps.store, member.claimId);
        }
      }
      return null;
    }),
  );
  return changed.filter((c): c is ClaimRecord => c !== null);
}

/**
 * The cluster a change is given to through `claim`, when the reviewer asked for its scope to be the
 * cluster: none when no other article carries the claim (any more), and the change is the claim's alone.
 */
const clusterScope = async (deps: ApiDeps, claim: ClaimRecord, scope: 'claim' | 'cluster') =>
  scope === 'cluster' && claim.clusterId && (await clusterSize(deps.store, claim.clusterId)) > 1 ? { id: claim.clusterId, via: claim.claimId } : undefined;

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
    noQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const articleId = param(event, 'articleId', ARTICLE_ID, 'article');
    const article = await getArticle(deps.store, articleId);
    if (!article) throw new NotFound(`no article ${articleId}`);
    const [claims, text] = await Promise.all([listArticleClaims(deps.store, articleId).then((c) => presentClaims(deps.store, c)), readArticleText(deps.store, article)]);
    const counts = { pending: 0, verified: 0, disputed: 0, dismissed: 0 };
    for (const c of claims) if (!c.retracted) counts[c.status] += 1;
    return { ...publicArticle(article), counts, ...(text !== undefined ? { text } : {}), claims };
  },

  'GET /claims': async (event, deps) => {
    const { limit, cursor, articleId, clusters, ...query } = listClaimsQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const page = articleId ? await listArticleClaimsByStatus(deps.store, { ...query, articleId }, limit, cursor) : await listQueue(deps.store, { ...query, clusters }, limit, cursor);
    return { ...page, items: await presentClaims(deps.store, page.items) };
  },

  'GET /claims/{claimId}': async (event, deps) => {
    noQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    return presentClaim(deps.store, claim);
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
    if (request.sameAs) await checkSameAs(deps, claim, request.sameAs, request.verdict);
    const decided = review(claim, request, reviewer, deps.now());
    const cluster = await clusterScope(deps, claim, request.scope);
    const given = cluster ? { ...decided, entry: { ...decided.entry, cluster } } : decided;
    // each claim ruled is handed on for its follow-up as soon as it is written: locally the
    // journal's line then follows the write within microseconds, not after a cluster's members
    const updated = await recordReview(deps.store, claim, request.expectedVersion, given);
    await deps.afterVerdict([updated]);
    const members = cluster
      ? await changeMembers(deps, cluster, async (member) => {
          const review = memberReview(member, given, cluster);
          if (!review) return null;
          const ruled = await recordReview(deps.store, member, member.version, review, { listed: false });
          await deps.afterVerdict([ruled]);
          return ruled;
        })
      : [];
    for (const _ of [updated, ...members]) deps.onVerdict?.(request.verdict);
    return presentClaim(deps.store, updated);
  },

  'PUT /claims/{claimId}/attribution': async (event, deps) => {
    const reviewer = writerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const request = correctionRequestSchema.parse(jsonBody(event));
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    const article = await getArticle(deps.store, claim.articleId);
    const text = article && (await readArticleText(deps.store, article));
    if (text === undefined || text === null) throw new StateConflict(`the text of article ${claim.articleId} is not stored yet: try again once it is ready`);
    const cluster = await clusterScope(deps, claim, request.scope);
    // the words and the cue are offsets into one article's text: only the speaker and the kind are the same in every copy
    if (cluster && (request.content || request.cue !== undefined)) throw new InvalidRequest('scope: a correction of the words or the cue is made in one article: correct each copy, or give the cluster only a speaker or a kind');
    const correction = correct(claim, request, text, reviewer, deps.now());
    const updated = await recordCorrection(deps.store, claim, request.expectedVersion, cluster ? { ...correction, entry: { ...correction.entry, cluster } } : correction);
    const members = cluster
      ? await changeMembers(deps, cluster, (member) => {
          if (!receivesClusterChange(member, 'correction')) return null;
          const made = correct(member, { ...request, expectedVersion: member.version }, '', reviewer, deps.now());
          return recordCorrection(deps.store, member, member.version, { ...made, entry: { ...made.entry, cluster } });
        })
      : [];
    // the speaker is listed, and a ruled claim's new words are filed for later claims that say the same
    await Promise.all([
      correction.corrected.includes('speaker') ? recordSpeakers(deps.store, [updated.speaker, ...members.map((m) => m.speaker)]) : undefined,
      updated.text !== claim.text && updated.status !== 'pending' ? unfileClaim(deps.store, claim).then(() => fileRuledClaim(deps.store, updated)) : undefined,
    ]);
    return presentClaim(deps.store, updated);
  },

  'PUT /claims/{claimId}/dismissal': async (event, deps) => {
    const reviewer = writerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const request = dismissalRequestSchema.parse(jsonBody(event));
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    const dismissal = dismiss(claim, request, reviewer, deps.now());
    if (request.duplicateOf && !(await getClaim(deps.store, request.duplicateOf))) throw new InvalidRequest(`duplicateOf: no claim ${request.duplicateOf}`);
    const cluster = await clusterScope(deps, claim, request.scope);
    const updated = await recordDismissal(deps.store, claim, request.expectedVersion, cluster ? { ...dismissal, entry: { ...dismissal.entry, cluster } } : dismissal);
    const members = cluster
      ? await changeMembers(deps, cluster, (member) => {
          if (!receivesClusterChange(member, 'dismissal')) return null;
          const made = dismiss(member, { ...request, expectedVersion: member.version }, reviewer, deps.now());
          return recordDismissal(deps.store, member, member.version, { ...made, entry: { ...made.entry, cluster } });
        })
      : [];
    // its verdict, if it had one, is offered to no later claim; its cluster, if it led it, is led by another
    await Promise.all([...[claim, ...members].map((c) => unfileClaim(deps.store, c)), settleClusterOf(deps.store, updated)]);
    return presentClaim(deps.store, updated);
  },

  'DELETE /claims/{claimId}/dismissal': async (event, deps) => {
    const reviewer = writerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const { expectedVersion } = reopenQuerySchema.parse(queryOf(event));
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    const updated = await recordReopening(deps.store, claim, expectedVersion, reopen(claim, expectedVersion, reviewer, deps.now()));
    await settleClusterOf(deps.store, updated);
    return presentClaim(deps.store, updated);
  },

  'DELETE /claims/{claimId}/cluster': async (event, deps) => {
    const reviewer = writerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const { expectedVersion } = leaveClusterQuerySchema.parse(queryOf(event));
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    const size = claim.clusterId ? await clusterSize(deps.store, claim.clusterId) : 0;
    const updated = await recordClusterExit(deps.store, claim, expectedVersion, takeOutOfCluster(claim, size, expectedVersion, reviewer, deps.now()));
    // no later copy joins the cluster through it, and the cluster is led without it
    await leaveCluster(deps.store, claim);
    return presentClaim(deps.store, updated);
  },

  'GET /clusters/{clusterId}': async (event, deps) => {
    noQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const clusterId = param(event, 'clusterId', CLUSTER_ID, 'cluster');
    const read = await readCluster(deps.store, clusterId);
    // a claim no other article carries is filed as a cluster of one, which is no cluster to a reviewer
    if (!read || read.members.length < 2) throw new NotFound(`no cluster ${clusterId}`);
    // each member says which article carries it, and when that was published
    const articles = await articlesOf(deps, read.members);
    const claims = await presentClaims(deps.store, read.members.map(publicClaim));
    return { clusterId, size: read.members.filter((m) => m.status !== 'dismissed').length, claims: claims.map((c) => ({ ...c, article: articleSummary(articles.get(c.articleId)) })) };
  },

  'GET /reviews/export': async (event, deps) => {
    const { limit, cursor, complete } = reviewExportQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const page = await listArticles(deps.store, limit, cursor);
    const exported = await Promise.all(
      page.items.map(async (article) => {
        const [claims, text] = await Promise.all([listArticleClaims(deps.store, article.articleId), readArticleText(deps.store, article)]);
        return text === undefined ? null : reviewedArticleAsGold(article, text, claims, { complete });
      }),
    );
    return { items: exported.filter((e) => e !== null), nextCursor: page.nextCursor };
  },

  'GET /claims/{claimId}/claimreview': async (event, deps) => {
    noQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const claimId = param(event, 'claimId', CLAIM_ID, 'claim');
    const claim = await getClaim(deps.store, claimId);
    if (!claim) throw new NotFound(`no claim ${claimId}`);
    if (claim.status === 'dismissed') throw new StateConflict(`claim ${claimId} was dismissed (${claim.dismissal?.reason ?? 'no reason'}): it is no claim to publish a review of`);
    const published = claimReviewOf(claim, await appearancesOf(deps, claim), deps.publisher);
    if (!published) throw new NotFound(`claim ${claimId} has no verdict yet: there is no review to publish`);
    return published;
  },

  'GET /claimreviews': async (event, deps) => {
    const { limit, cursor, since } = claimReviewsQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const page = await listRuledClaims(deps.store, since, limit, cursor);
    const reviews = await Promise.all(
      page.items.map(async (c) => {
        const others = await sameVerdictMembers(deps, c);
        // a cluster is one review: the member that publishes it lists the others' articles
        if (publishingMember([c, ...others])?.claimId !== c.claimId) return null;
        return claimReviewOf(c, await appearancesOf(deps, c, others), deps.publisher);
      }),
    );
    return { items: reviews.filter((r) => r !== null), nextCursor: page.nextCursor };
  },

  'GET /speakers': async (event, deps) => {
    const { limit, cursor, q } = listSpeakersQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    return listSpeakers(deps.store, { q }, limit, cursor);
  },

  'GET /speakers/{speakerId}': async (event, deps) => {
    noQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const speakerId = param(event, 'speakerId', SPEAKER_ID, 'speaker');
    const speaker = await getSpeaker(deps.store, speakerId);
    if (!speaker) throw new NotFound(`no speaker ${speakerId}`);
    return speaker;
  },

  'GET /speakers/{speakerId}/claims': async (event, deps) => {
    const { limit, cursor, status } = speakerClaimsQuerySchema.parse(queryOf(event));
    reviewerOf(event);
    const page = await listSpeakerClaims(deps.store, { speakerId: param(event, 'speakerId', SPEAKER_ID, 'speaker'), status }, limit, cursor);
    // a speaker's claims come from many articles: each says which, and when it was published
    const articles = await articlesOf(deps, page.items);
    return { ...page, items: (await presentClaims(deps.store, page.items)).map((c) => ({ ...c, article: articleSummary(articles.get(c.articleId)) })) };
  },

  'GET /openapi.json': async () => openApiDocument(),

  'GET /health': async () => ({ status: 'ok' }),
};

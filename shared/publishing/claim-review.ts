import type { Claim, VerdictEntry } from '../api/schemas.ts';
import { isVerdictEntry } from '../review/corrections.ts';
import { withoutBidiControls, withoutBidiControlsDeep } from './bidi-controls.ts';
import { isoDateOf, isoDayOf } from './iso-date.ts';

/**
 * A ruled claim as schema.org ClaimReview (JSON-LD), the form search engines and the Google Fact
 * Check Tools read. The rating uses a 1–5 scale with two points: 5 for verified (the speaker
 * said it and it holds), 1 for disputed; `alternateName` says the verdict in words.
 *
 * Publishers paste it into their pages, so what it says must not act on a page: every date in it
 * is ISO 8601 or left out (iso-date.ts), every string is rid of bidirectional controls
 * (bidi-controls.ts), and the API writes it as HTML-safe JSON (shared/api/json-response.ts).
 */
export interface Publisher {
  name: string;
  url: string;
  /** where the published review of a claim lives: `{claimId}` is replaced */
  reviewUrlTemplate: string;
}

export interface AppearanceSource {
  /** the article's S3 key: what names an appearance that has no URL */
  key?: string;
  title?: string;
  lead?: string;
  url?: string;
  publishedAt?: string;
}

const RATINGS = {
  verified: { ratingValue: 5, alternateName: 'Verified: said as quoted, and it holds' },
  disputed: { ratingValue: 1, alternateName: 'Disputed: the evidence does not support it' },
} as const;

/** Words of a claim kept whole, past which it is shortened at a word. */
const MAX_REVIEWED_CHARS = 300;

/** The verdict a review reports: the latest a reviewer made (an extractor's re-reading is none). */
export function lastVerdict(claim: Claim): VerdictEntry | undefined {
  return claim.history.filter(isVerdictEntry).reverse().find((e) => !e.reread);
}

/** One article that carries a claim, with the claim's words as that article has them. */
export interface Appearance extends AppearanceSource {
  text: string;
}

/**
 * `where` is the claim's article, or every appearance of the claim when a cluster of articles
 * carries it (its own first): one review lists them all, as `itemReviewed.appearance`.
 */
export function claimReviewOf(claim: Claim, where: AppearanceSource | Appearance[], publisher: Publisher) {
  const appearances: Appearance[] = Array.isArray(where) ? where : [{ ...where, text: claim.text }];
  const article = appearances[0] ?? { text: claim.text };
  const verdict = lastVerdict(claim);
  // a dismissed claim is no claim of its speaker's: nothing about it is published
  if (claim.status === 'pending' || claim.status === 'dismissed' || !verdict) return null;
  const rating = RATINGS[claim.status];
  const speaker = claim.speaker;
  const reviewedOn = isoDayOf(verdict.at);
  const articlePublished = isoDateOf(article.publishedAt);
  return withoutBidiControlsDeep({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: publisher.reviewUrlTemplate.replace('{claimId}', encodeURIComponent(claim.claimId)),
    claimReviewed: shortened(withoutBidiControls(claim.text)),
    ...(reviewedOn ? { datePublished: reviewedOn } : {}),
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': speaker.type === 'person' || speaker.type === 'anonymous' ? 'Person' : 'Organization',
        name: speaker.name,
        ...(speaker.title ? { jobTitle: speaker.title } : {}),
      },
      ...(articlePublished ? { datePublished: articlePublished } : {}),
      appearance: appearances.length === 1 ? newsArticle(article) : appearances.map(newsArticle),
    },
    ...(verdict.note ? { reviewBody: verdict.note } : {}),
    ...(verdict.evidence?.length ? { citation: verdict.evidence.map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
  });
}

export type ClaimReview = NonNullable<ReturnType<typeof claimReviewOf>>;

const newsArticle = (a: Appearance) => {
  const published = isoDateOf(a.publishedAt);
  return {
    '@type': 'NewsArticle',
    ...(a.url ? { url: a.url } : a.key ? { identifier: a.key } : {}),
    headline: a.title ?? a.lead ?? 'Untitled article',
    ...(published ? { datePublished: published } : {}),
    text: a.text,
  };
};

function shortened(text: string): string {
  if (text.length <= MAX_REVIEWED_CHARS) return text;
  const cut = text.slice(0, MAX_REVIEWED_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_REVIEWED_CHARS / 2)).replace(/[,;:]$/, '')}…`;
}

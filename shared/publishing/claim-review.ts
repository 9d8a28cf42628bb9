import type { Claim, HistoryEntry } from '../api/schemas.ts';

/**
 * A ruled claim as schema.org ClaimReview (JSON-LD), the form search engines and the Google Fact
 * Check Tools read. The rating uses a 1–5 scale with two points: 5 for verified (the speaker
 * said it and it holds), 1 for disputed; `alternateName` says the verdict in words.
 */
export interface Publisher {
  name: string;
  url: string;
  /** where the published review of a claim lives: `{claimId}` is replaced */
  reviewUrlTemplate: string;
}

export interface AppearanceSource {
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
export function lastVerdict(claim: Claim): HistoryEntry | undefined {
  return [...claim.history].reverse().find((e) => !e.reread);
}

export function claimReviewOf(claim: Claim, article: AppearanceSource, publisher: Publisher) {
  const verdict = lastVerdict(claim);
  if (claim.status === 'pending' || !verdict) return null;
  const rating = RATINGS[claim.status];
  const speaker = claim.speaker;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: publisher.reviewUrlTemplate.replace('{claimId}', encodeURIComponent(claim.claimId)),
    claimReviewed: shortened(claim.text),
    datePublished: verdict.at.slice(0, 10),
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': speaker.type === 'person' || speaker.type === 'anonymous' ? 'Person' : 'Organization',
        name: speaker.name,
        ...(speaker.title ? { jobTitle: speaker.title } : {}),
      },
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance: {
        '@type': 'NewsArticle',
        ...(article.url ? { url: article.url } : {}),
        headline: article.title ?? article.lead ?? 'Untitled article',
        ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
        text: claim.text,
      },
    },
    ...(verdict.note ? { reviewBody: verdict.note } : {}),
    ...(verdict.evidence?.length ? { citation: verdict.evidence.map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
  };
}

export type ClaimReview = NonNullable<ReturnType<typeof claimReviewOf>>;

function shortened(text: string): string {
  if (text.length <= MAX_REVIEWED_CHARS) return text;
  const cut = text.slice(0, MAX_REVIEWED_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_REVIEWED_CHARS / 2)).replace(/[,;:]$/, '')}…`;
}

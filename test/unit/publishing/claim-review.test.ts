import { describe, expect, it } from 'vitest';
import type { Claim } from '#shared/api/schemas.ts';
import { claimReviewOf } from '#shared/publishing/claim-review.ts';
import { withoutBidiControls } from '#shared/publishing/bidi-controls.ts';

const publisher = { name: 'The Daily Check', url: 'https://daily.example', reviewUrlTemplate: 'https://daily.example/claims/{claimId}' };
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

/** A ruled claim as the store gives it, with what a test says about its words and its verdict. */
function ruledClaim(over: { text?: string; speaker?: Partial<Claim['speaker']>; note?: string; at?: string } = {}): Claim {
  return {
    claimId: '0123456789abcdef0123-0123456789ab',
    articleId: 'a1',
    text: over.text ?? 'The bridge will open in May.',
    kind: 'direct',
    speaker: { name: 'Jane Doe', type: 'person', title: 'Mayor', ...over.speaker },
    content: { start: 0, end: 1 },
    source: null,
    cue: null,
    confidence: 0.9,
    status: 'disputed',
    version: 1,
    history: [{ verdict: 'disputed', reviewer: 'alice', at: over.at ?? '2026-03-02T09:30:00.000Z', ...(over.note ? { note: over.note } : {}) }],
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
  } as Claim;
}

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

describe('ClaimReview safe to publish', () => {
  it('strips every bidirectional control from names and texts, and keeps the words', () => {
    const claim = ruledClaim({ text: `The bridge will open in \u202Eyam\u202C.`, speaker: { name: 'Jane\u2066 Doe\u2069', title: '\u200FMayor\u061C' }, note: 'Open \u202Din June\u202C, says the council.' });
    const review = claimReviewOf(claim, { title: 'Bridge \u202Ecanceled', publishedAt: '2026-03-01' }, { ...publisher, name: 'The \u200EDaily Check' })!;
    for (const text of stringsIn(review)) for (const control of BIDI) expect(text, JSON.stringify(text)).not.toContain(control);
    expect(review).toMatchObject({
      claimReviewed: 'The bridge will open in yam.',
      author: { name: 'The Daily Check' },
      itemReviewed: { author: { name: 'Jane Doe', jobTitle: 'Mayor' }, appearance: { headline: 'Bridge canceled', text: 'The bridge will open in yam.' } },
      reviewBody: 'Open in June, says the council.',
    });
  });

  it('keeps markup in a quote as words: escaping it is the serialiser\'s work, not a change to what was said', () => {
    const review = claimReviewOf(ruledClaim({ text: 'It is </script><script>alert(1)</script> & more.' }), {}, publisher)!;
    expect(review.claimReviewed).toBe('It is </script><script>alert(1)</script> & more.');
  });

  it('publishes the article date as ISO 8601 (normalised to UTC), and leaves out one that is not', () => {
    const zoned = claimReviewOf(ruledClaim(), { publishedAt: '2026-03-01T10:30:00+01:00' }, publisher)!;
    expect(zoned.itemReviewed).toMatchObject({ datePublished: '2026-03-01T09:30:00Z', appearance: { datePublished: '2026-03-01T09:30:00Z' } });
    for (const bad of ['</script><script>alert(1)</script>', 'last Tuesday', '2026-02-30']) {
      const review = claimReviewOf(ruledClaim(), { publishedAt: bad }, publisher)!;
      expect(review.itemReviewed).not.toHaveProperty('datePublished');
      expect(review.itemReviewed.appearance).not.toHaveProperty('datePublished');
    }
  });

  it('dates the review by the day of the verdict, and gives no date rather than a bad one', () => {
    expect(claimReviewOf(ruledClaim({ at: '2026-03-02T23:59:59.999Z' }), {}, publisher)!.datePublished).toBe('2026-03-02');
    expect(claimReviewOf(ruledClaim({ at: 'garbage<' }), {}, publisher)).not.toHaveProperty('datePublished');
  });
});

describe('bidirectional controls', () => {
  it('removes each of them, and nothing else', () => {
    expect(withoutBidiControls(`a${BIDI.join('')}b`)).toBe('ab');
    const kept = 'שלום, مرحبا, héllo — “quoted” \u200B\u200D\u2028';
    expect(withoutBidiControls(kept)).toBe(kept);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

describe('speaker confidence', () => {
  it('is on every claim, between 0 and 1', () => {
    const claims = extractClaims('Ana Ruiz, the finance minister, said taxes would fall. She added that fees would rise. Critics said the plan was thin.');
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) expect(c.speaker.confidence).toBeGreaterThanOrEqual(0), expect(c.speaker.confidence).toBeLessThanOrEqual(1);
  });

  it('is surer of a speaker the source names than of one no one in the article is', () => {
    const named = extractClaims('Ana Ruiz, the finance minister, said on Monday that taxes would fall by 3 percent next year.')[0];
    const unnamed = extractClaims('The plan is thin. I know the taxes will rise by 3 percent next year.').at(-1)!;
    expect(named.speaker.confidence).toBeGreaterThan(unnamed.speaker.confidence!);
  });
});

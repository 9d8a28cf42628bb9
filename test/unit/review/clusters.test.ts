import { describe, expect, it } from 'vitest';
import { sameClaim, signed } from '#shared/review/clusters.ts';
import { measureClusters } from '../../syndication/measure.ts';

const claim = (articleId: string, text: string, speaker: string) => signed({ articleId, text, speaker: { name: speaker } });

describe('one claim across articles', () => {
  it('joins the same quote in two copies of a story, whatever the words around it and the quotation marks', () => {
    expect(sameClaim(claim('a', '“Storage is 12 percent fuller than a year ago and no factory will ration supplies,”', 'Laura Finch'), claim('b', '"Storage is 12 percent fuller than a year ago and no factory will ration supplies,"', 'Finch'))).toBe(true);
    // a copy that kept only the pronoun leaves the speaker unresolved on one side
    expect(sameClaim(claim('a', 'imports from Norway would cover any shortfall in February', 'Laura Finch'), claim('b', 'that imports from Norway would cover any shortfall in February', 'unnamed speaker'))).toBe(true);
  });

  it('keeps apart other words, other figures, another speaker and two claims of one article', () => {
    const quote = 'Storage is 12 percent fuller than a year ago';
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', 'Storage is 15 percent fuller than a year ago', 'Laura Finch'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', 'the government would publish a new plan for offshore wind', 'Laura Finch'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('b', quote, 'Dev Raman'))).toBe(false);
    expect(sameClaim(claim('a', quote, 'Laura Finch'), claim('a', quote, 'Laura Finch'))).toBe(false);
  });

  it('on the syndication set, joins claims at precision 0.98 and recall 0.95 or better, one queue entry for about one distinct claim', () => {
    const { precision, recall, queueOverDistinct, claims, distinctClaims } = measureClusters();
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // without clusters the queue would hold every claim of every copy
    expect(claims / distinctClaims).toBeGreaterThan(2);
    expect(queueOverDistinct).toBeLessThan(1.1);
  }, 60_000);
});

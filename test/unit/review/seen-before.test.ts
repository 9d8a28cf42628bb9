import { describe, expect, it } from 'vitest';
import { saysTheSame, signatureOf } from '#shared/review/seen-before.ts';
import { measure } from '../../seen-before/measure.ts';

describe('claims seen before', () => {
  it('reads the same claim in other small words, and figures written otherwise, as the same', () => {
    const a = signatureOf('that the unemployment rate fell to 4.1 percent in March');
    const b = signatureOf('The unemployment rate has fallen to 4.1% in March');
    expect(saysTheSame(a, signatureOf('unemployment rates fell to 4.1 percent in March'))).toBe(true);
    expect(a.numbers).toEqual(b.numbers);
    expect(signatureOf('a budget of 1,000,000 dollars').numbers).toEqual(signatureOf('a budget of 1000000 dollars').numbers);
  });

  it('keeps apart claims with other figures, or other words around the same figure', () => {
    const a = signatureOf('the unemployment rate fell to 4.1 percent in March');
    expect(saysTheSame(a, signatureOf('the unemployment rate fell to 4.5 percent in March'))).toBe(false);
    expect(saysTheSame(a, signatureOf('the city spent 4.1 percent of its budget on parks'))).toBe(false);
  });

  it('finds the pairs made from the dev articles: precision and recall of at least 0.95', () => {
    const { precision, recall, byKind } = measure();
    expect(byKind['reworded'].pairs).toBeGreaterThan(500);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

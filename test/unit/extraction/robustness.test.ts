import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

/** Pieces news text is made of, and the odd ones hostile or broken text adds, in any order. */
const piece = fc.oneof(
  fc.constantFrom('The mayor', 'said', 'says', 'told reporters', 'according to', 'Mr. Smith', 'she', 'he', 'who', 'that', 'officials', '(Press release)', '(D-N.Y.)'),
  fc.constantFrom('“', '”', '"', "''", '(', ')', ':', ',', '.', '?', '!', ' — ', '\n', '\n\n', ' ', 'date 2022-03-24 BEIJING:', 'Māori', 'Erdoğan', '😀'),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 8, unit: 'grapheme' }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('extraction on any text', () => {
  it('never throws, and every claim it gives lies inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const claim of extractClaims(t)) {
          expect(claim.content.start).toBeGreaterThanOrEqual(0);
          expect(claim.content.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(claim.content.start, claim.content.end)).toBe(claim.content.text);
          expect(claim.speaker.name.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('reads a source whose parenthesis never closes', () => {
    expect(() => extractClaims('The plan was “formalised” (Press release said that it would be.')).not.toThrow();
  });
});

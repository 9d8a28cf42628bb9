import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractClaims } from '#shared/extraction/extract-claims.ts';
import { externalData } from '../../support/external-data.ts';

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

const POLNEAR = externalData('POLNEAR_DIR', 'dev/text', 'train/text');

describe.skipIf(!POLNEAR)('extraction in a warm Lambda', () => {
  // wink-nlp keeps what it learns of unknown words across documents: an article must still read
  // the same after hundreds of others as it does first, or a redelivered event would change claims
  it('reads an article the same after others as it reads it first', () => {
    const read = (dir: string, file: string) => JSON.stringify(extractClaims(readFileSync(join(POLNEAR!, dir, 'text', file), 'utf8')));
    const dev = readdirSync(join(POLNEAR!, 'dev', 'text')).slice(0, 30);
    const cold = dev.map((f) => read('dev', f));
    for (const f of readdirSync(join(POLNEAR!, 'train', 'text')).slice(0, 200)) read('train', f);
    expect(dev.filter((f, i) => read('dev', f) !== cold[i])).toEqual([]);
  }, 120_000);
});

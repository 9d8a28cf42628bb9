import { describe, expect, it } from 'vitest';
import { AFTER, BEFORE, IN, LABELS, decode, labellingScore, startingAt, stretchLabels, type ContentModel } from '#shared/extraction/models/content-model.ts';
import { featureKey, wordKey } from '#shared/extraction/models/content-features.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

/** Scores for n tokens from a per-token preference: 'b', 'i' or 'a' scores 1 for that label. */
const prefer = (pattern: string) => Float64Array.from([...pattern].flatMap((c) => [c === 'b' ? 1 : 0, c === 'i' ? 1 : 0, c === 'a' ? 1 : 0]));
const FLAT = [0, 0, 0, 0, 0, 0, 0, 0, 0];
const START = [0, 0, 0];

describe('the content model decoder', () => {
  it('labels one stretch of content, never going back', () => {
    // a token that prefers BEFORE after the content cannot reopen it
    expect([...decode(prefer('biiaaib'), FLAT, START)]).toEqual([BEFORE, IN, IN, AFTER, AFTER, AFTER, AFTER]);
  });

  it('takes the labelling with the highest score, transitions included', () => {
    const scores = prefer('biab');
    const best = decode(scores, FLAT, START);
    for (const other of [stretchLabels(4, 0, 4), stretchLabels(4, 1, 2), stretchLabels(4, 2, 3)]) {
      expect(labellingScore(scores, best, FLAT, START)).toBeGreaterThanOrEqual(labellingScore(scores, other, FLAT, START));
    }
    // a large reward for staying IN runs the content over the whole unit
    const sticky = [0, 0, 0, 0, 10, 0, 0, 0, 0];
    expect([...decode(scores, sticky, START)]).toEqual([IN, IN, IN, IN]);
  });

  it('starts the content where it is told to', () => {
    const scores = prefer('iiiia');
    startingAt(scores, 2);
    expect([...decode(scores, FLAT, START)]).toEqual([BEFORE, BEFORE, IN, IN, AFTER]);
    expect(scores.length).toBe(5 * LABELS);
  });
});

describe('contents cut by the content model', () => {
  const text = 'Rival Hillary Clinton mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”';
  /** A model that ends a content at a comma after the cue, and otherwise keeps it going. */
  const endsAtComma: ContentModel = {
    weights: { [featureKey(31, 2, wordKey(','))]: [0, 50] },
    transitions: [0, 0, 0, 0, 10, 0, 0, 0, 10],
    start: [0, 0, 0],
    margin: 0,
  };
  const cut = (contentModel: ContentModel | null) => extractClaims(text, { contentModel, claimModel: { bias: 5, weights: {}, threshold: 0 } }).map((c) => [c.cue?.text, c.content.text]);

  it('ends a content where the model ends it, starting it where the rules do', () => {
    expect(cut(endsAtComma)).toEqual([
      ['mocked', 'the complaint'],
      ['saying', 'anybody who complains about a microphone “is not having a good night.”'],
    ]);
  });

  it('keeps the rules’ cut when the model is not surer by its margin', () => {
    const rules = cut(null);
    expect(cut({ ...endsAtComma, margin: 1e6 })).toEqual(rules);
    expect(rules[0]).toEqual(['mocked', 'the complaint, saying anybody who complains about a microphone “is not having a good night.”']);
  });
});

import shipped from './cue-model.json' with { type: 'json' };
import type { Token } from '../tokens/analyse.ts';
import { contextFeatures, isCueCandidate, wordFeatures } from './cue-features.ts';

/**
 * The cue model: logistic regression over cueFeatures (a word's own features and its context's), trained on PolNeAR train
 * (scripts/train-cue-model.ts). It decides from context whether a word the lexicon has seen as a
 * cue is one here: `want` after `voters` and before `to` is, `want` in `the want of` is not.
 */
export interface CueModel {
  threshold: number;
  probability(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number): number;
}

export interface CueModelJson {
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

export function cueModelFrom(json: CueModelJson): CueModel {
  const weights = new Map(Object.entries(json.weights));
  const sum = (features: string[], from: number) => features.reduce((z, f) => z + (weights.get(f) ?? 0), from);
  // a word's own features weigh the same wherever it stands: summed once per word and tag
  const wordSums = new Map<string, number>();
  const wordSum = (t: Token) => {
    const key = `${t.lower}\u0000${t.pos}`;
    let z = wordSums.get(key);
    if (z === undefined) {
      if (wordSums.size >= MAX_WORDS_KEPT) wordSums.clear();
      wordSums.set(key, (z = sum(wordFeatures(t), json.bias)));
    }
    return z;
  };
  return {
    threshold: json.threshold,
    probability(tokens, i, inQuote, sentenceFirst, sentenceLast) {
      if (!isCueCandidate(tokens[i])) return 0;
      const z = sum(contextFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast), wordSum(tokens[i]));
      return 1 / (1 + Math.exp(-z));
    },
  };
}
/** Words whose sums a warm Lambda keeps: a news vocabulary, not every word it will ever read. */
const MAX_WORDS_KEPT = 100_000;

/** The model the repository ships; training the claim model swaps in models trained without the article at hand. */
export const SHIPPED_CUE_MODEL = cueModelFrom(shipped);

import shipped from './cue-model.json' with { type: 'json' };
import type { Token } from '../tokens/analyse.ts';
import { cueFeatures, isCueCandidate } from './cue-features.ts';

/**
 * The cue model: logistic regression over cueFeatures, trained on PolNeAR train
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
  return {
    threshold: json.threshold,
    probability(tokens, i, inQuote, sentenceFirst, sentenceLast) {
      if (!isCueCandidate(tokens[i])) return 0;
      let z = json.bias;
      for (const f of cueFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast)) z += weights.get(f) ?? 0;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** The model the repository ships; training the claim model swaps in models trained without the article at hand. */
export const SHIPPED_CUE_MODEL = cueModelFrom(shipped);

import model from './cue-model.json' with { type: 'json' };
import type { Token } from './analyse.ts';
import { cueFeatures, isCueCandidate } from './cue-features.ts';

/**
 * The cue model: logistic regression over cueFeatures, trained on PolNeAR train
 * (scripts/train-cue-model.ts). It decides from context whether a word the lexicon has seen as a
 * cue is one here: `want` after `voters` and before `to` is, `want` in `the want of` is not.
 */
const weights = new Map(Object.entries(model.weights as Record<string, number>));
export const CUE_THRESHOLD = model.threshold;

export function cueProbability(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number): number {
  if (!isCueCandidate(tokens[i])) return 0;
  let z = model.bias;
  for (const f of cueFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast)) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

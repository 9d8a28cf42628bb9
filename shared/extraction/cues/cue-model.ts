import shipped from './cue-model.packed.json' with { type: 'json' };
import type { Token } from '../tokens/analyse.ts';
import { contextFeatures, isCueCandidate, wordFeatures } from './cue-features.ts';
import { FeatureWeights } from '../../feature-weights.ts';

/**
 * The cue model: logistic regression over cueFeatures (a word's own features and its context's), trained on PolNeAR train
 * (scripts/training/train-cue-model.ts). It decides from context whether a word the lexicon has seen as a
 * cue is one here: `want` after `voters` and before `to` is, `want` in `the want of` is not.
 */
export interface CueModel {
  threshold: number;
  probability(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number): number;
}

/** A cue model as trained (`weights` by feature) or as shipped (`packed`: scripts/training/pack-models.ts). */
export type CueModelJson = { threshold: number; bias: number } & ({ weights: Record<string, number> } | { packed: string });

export function cueModelFrom(json: CueModelJson): CueModel {
  const weights = new FeatureWeights('packed' in json ? json : json.weights);
  // a word's own features weigh the same wherever it stands: summed once per word and tag (a
  // map per tag, as a key joining the two would be a new string to hash for every word)
  const wordSums = new Map<string, Map<string, number>>();
  let wordsKept = 0;
  const wordSum = (t: Token) => {
    if (wordsKept >= MAX_WORDS_KEPT) {
      wordSums.clear();
      wordsKept = 0;
    }
    let byWord = wordSums.get(t.pos);
    if (!byWord) wordSums.set(t.pos, (byWord = new Map()));
    let z = byWord.get(t.lower);
    if (z === undefined) {
      wordsKept++;
      weights.start(json.bias);
      wordFeatures(t, weights);
      byWord.set(t.lower, (z = weights.sum));
    }
    return z;
  };
  return {
    threshold: json.threshold,
    probability(tokens, i, inQuote, sentenceFirst, sentenceLast) {
      if (!isCueCandidate(tokens[i])) return 0;
      weights.start(wordSum(tokens[i]));
      contextFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast, weights);
      return 1 / (1 + Math.exp(-weights.sum));
    },
  };
}
/** Words whose sums a warm Lambda keeps: a news vocabulary, not every word it will ever read. */
const MAX_WORDS_KEPT = 100_000;

/** The model the repository ships; training the claim model swaps in models trained without the article at hand. */
export const SHIPPED_CUE_MODEL = cueModelFrom(shipped);

import sentenceModel from './checkworthiness-model.packed.json' with { type: 'json' };
import newsModel from './news-model.packed.json' with { type: 'json' };
import { writeCheckworthinessFeatures, writeNewsFeatures, type NewsClaim } from './features.ts';
import { FeatureWeights } from '../feature-weights.ts';
import { signalKeys, SIGNALS, type Signal, type SignalKey } from './signals.ts';

/**
 * The check-worthiness model, in two stages. The sentence model, logistic regression over
 * checkworthinessFeatures (words, word pairs, signals), is trained on ClaimBuster's debate
 * sentences (scripts/training/train-checkworthiness.ts); the news stage, logistic regression over
 * writeNewsFeatures (the sentence model's score with the claim's cue, kind and speaker), on claims
 * read from PolNeAR train articles and labelled by hand (data/checkworthiness,
 * scripts/training/train-news-checkworthiness.ts), so that it learns what debate sentences cannot show: how
 * a report is made. Its probability is a claim's `checkworthiness`: how likely a fact-checker is
 * to find it a check-worthy factual claim; the signals say why.
 */
export interface Checkworthiness {
  checkworthiness: number;
  signals: Signal[];
}

// packed beside the models as trained (scripts/training/pack-models.ts): nothing to hash at load
const sentenceWeights = new FeatureWeights(sentenceModel);
const newsWeights = new FeatureWeights(newsModel);

/** The sentence model's probability that words alone (a debate sentence, a claim's content) are a check-worthy factual claim. */
export function sentenceCheckworthiness(text: string, signals: SignalKey[] = signalKeys(text)): number {
  sentenceWeights.start(sentenceModel.bias);
  writeCheckworthinessFeatures(text, signals, sentenceWeights);
  return 1 / (1 + Math.exp(-sentenceWeights.sum));
}

/** A claim's check-worthiness, from both stages, and its signals. */
export function checkworthinessOf(claim: NewsClaim): Checkworthiness {
  const signals = signalKeys(claim.text);
  newsWeights.start(newsModel.bias);
  writeNewsFeatures(claim, sentenceCheckworthiness(claim.text, signals), signals, newsWeights);
  return { checkworthiness: Math.round(1000 / (1 + Math.exp(-newsWeights.sum))) / 1000, signals: signals.map((key) => SIGNALS[key]) };
}

import model from './checkworthiness-model.json' with { type: 'json' };
import { writeCheckworthinessFeatures } from './features.ts';
import { FeatureWeights } from '../feature-weights.ts';
import { signalKeys, SIGNALS, type Signal } from './signals.ts';

/**
 * The check-worthiness model: logistic regression over checkworthinessFeatures, trained on
 * ClaimBuster's check-worthiness sentences (scripts/train-checkworthiness.ts). Its probability is
 * a claim's `checkworthiness`: how likely a fact-checker is to find it a check-worthy factual
 * claim; the signals say why.
 */
export interface Checkworthiness {
  checkworthiness: number;
  signals: Signal[];
}

const weights = new FeatureWeights(model.weights as Record<string, number>);

export function checkworthinessOf(text: string): Checkworthiness {
  const signals = signalKeys(text);
  weights.start(model.bias);
  writeCheckworthinessFeatures(text, signals, weights);
  return { checkworthiness: Math.round(1000 / (1 + Math.exp(-weights.sum))) / 1000, signals: signals.map((key) => SIGNALS[key]) };
}

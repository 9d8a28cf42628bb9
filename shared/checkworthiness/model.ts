import model from './checkworthiness-model.json' with { type: 'json' };
import { checkworthinessFeatures } from './features.ts';
import { signalKeys, SIGNALS, type Signal } from './signals.ts';

/**
 * The check-worthiness model: logistic regression over checkworthinessFeatures, trained on
 * ClaimBuster's check-worthiness sentences (scripts/train-checkworthiness.ts). Its probability is
 * a claim's `checkworthiness`: how likely a fact-checker is to find it a check-worthy factual
 * claim; the signals say why.
 */
const weights = new Map(Object.entries(model.weights as Record<string, number>));

export interface Checkworthiness {
  checkworthiness: number;
  signals: Signal[];
}

export function checkworthinessOf(text: string): Checkworthiness {
  const signals = signalKeys(text);
  let z = model.bias;
  for (const f of checkworthinessFeatures(text, signals)) z += weights.get(f) ?? 0;
  return { checkworthiness: Math.round(1000 / (1 + Math.exp(-z))) / 1000, signals: signals.map((key) => SIGNALS[key]) };
}

import model from './claim-model.json' with { type: 'json' };

/**
 * The claim model: logistic regression over claimFeatures, trained on PolNeAR train
 * (scripts/train-claim-model.ts) to tell an attribution read right from one read wrong. Its
 * probability is the claim's confidence; below the threshold chosen on held-out train articles a
 * reading is dropped.
 */
const weights = new Map(Object.entries(model.weights as Record<string, number>));
export const CLAIM_THRESHOLD = model.threshold;

export function claimConfidence(features: string[]): number {
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

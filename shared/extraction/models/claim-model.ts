import model from './claim-model.json' with { type: 'json' };

/**
 * The claim model: logistic regression over claimFeatures, trained on PolNeAR train
 * (scripts/train-claim-model.ts) to tell an attribution read right from one read wrong. Its
 * probability is the claim's confidence; below the threshold chosen on held-out train articles a
 * reading is dropped.
 */
export interface ClaimModel {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
}

/** A claim model's confidence function; the shipped model's is claimConfidence. */
export function claimScorer(claimModel: ClaimModel): (features: string[]) => number {
  const weights = new Map(Object.entries(claimModel.weights));
  return (features) => {
    let z = claimModel.bias;
    for (const f of features) z += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  };
}

export const CLAIM_THRESHOLD = model.threshold;
export const claimConfidence = claimScorer(model);

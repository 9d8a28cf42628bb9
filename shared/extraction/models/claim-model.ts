import { FeatureWeights, type FeatureSink } from '../../feature-weights.ts';
import model from './claim-model.packed.json' with { type: 'json' };

/**
 * The claim model: logistic regression over claimFeatures, trained on PolNeAR train
 * (scripts/training/train-claim-model.ts) to tell an attribution read right from one read wrong. Its
 * probability is the claim's confidence; below the threshold chosen on held-out train articles a
 * reading is dropped. As trained it has `weights` by feature; as shipped, `packed`
 * (scripts/training/pack-models.ts).
 */
export type ClaimModel = { bias: number; threshold: number } & ({ weights: Record<string, number> } | { packed: string });

/** A claim model's confidence function, given a candidate's features; the shipped model's is claimConfidence. */
export function claimScorer(claimModel: ClaimModel): (features: (sink: FeatureSink) => void) => number {
  const weights = weightTables.get(claimModel) ?? new FeatureWeights('packed' in claimModel ? claimModel : claimModel.weights);
  weightTables.set(claimModel, weights);
  return (features) => {
    weights.start(claimModel.bias);
    features(weights);
    return 1 / (1 + Math.exp(-weights.sum));
  };
}
/** each model's weights, made once rather than once per article an upgrade is measured on */
const weightTables = new WeakMap<ClaimModel, FeatureWeights>();

export const CLAIM_THRESHOLD = model.threshold;
export const claimConfidence = claimScorer(model);

/**
 * Logistic regression over sparse string features, trained by stochastic gradient descent: what
 * the cue model and the claim model are. Shuffling uses a seeded generator, so a model retrains
 * to the same weights.
 */
export interface Example {
  features: string[];
  label: 0 | 1;
}

export interface LogisticModel {
  bias: number;
  weights: Map<string, number>;
  probability(features: string[]): number;
}

export function trainLogisticRegression(examples: Example[], options: { epochs: number; rate: number; l2: number; seed: number }): LogisticModel {
  const weights = new Map<string, number>();
  let bias = 0;
  const probability = (features: string[]) => 1 / (1 + Math.exp(-features.reduce((z, f) => z + (weights.get(f) ?? 0), bias)));
  let seed = options.seed;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = examples.map((_, i) => i).sort(() => random() - 0.5);
    const rate = options.rate / (1 + epoch);
    for (const k of order) {
      const { features, label } = examples[k];
      const g = label - probability(features);
      bias += rate * g;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (g - options.l2 * w));
      }
    }
  }
  return { get bias() { return bias; }, weights, probability };
}

/**
 * The mean of models trained on the same examples in different orders: stochastic gradient
 * descent lands somewhere different for each shuffle, and the mean moves less from one retraining
 * to the next than any one of them.
 */
export function averageModels(models: LogisticModel[]): LogisticModel {
  const weights = new Map<string, number>();
  for (const m of models) for (const [f, w] of m.weights) weights.set(f, (weights.get(f) ?? 0) + w / models.length);
  const bias = models.reduce((b, m) => b + m.bias / models.length, 0);
  const probability = (features: string[]) => 1 / (1 + Math.exp(-features.reduce((z, f) => z + (weights.get(f) ?? 0), bias)));
  return { bias, weights, probability };
}

/** The model as shipped: weights rounded, the `keep` strongest only, in key order for readable diffs. */
export function modelJson(model: LogisticModel, threshold: number, keep = Infinity): string {
  const round = (w: number) => Math.round(w * 1000) / 1000;
  const kept = [...model.weights]
    .filter(([, w]) => Math.abs(w) > 1e-3)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, keep)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ source: 'PolNeAR train', threshold, bias: round(model.bias), weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w)])) });
}

/**
 * Trains the claim model (logistic regression over claimFeatures) on PolNeAR train and prints it
 * as JSON: each attribution the stages read is labelled right when it pairs with a gold
 * attribution and gets its source (the METRICS.md rule). The last tenth of the articles is held
 * out to choose the threshold that maximises attributed-claim F1.
 * usage: npm run --silent train-claims -- ../shared/data/polnear/train > shared/extraction/claim-model.json
 */
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { score } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { readCandidates } from '#shared/extraction/extract-claims.ts';

const EPOCHS = 10;
const RATE = 0.1;
const L2 = 1e-5;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-claim-model GOLD_DIR');
  process.exit(2);
}
type Example = { features: string[]; label: 0 | 1 };
const articles = readGoldDir(dir).map((article) => {
  const document = readDocument(Buffer.from(article.text));
  const candidates = readCandidates(document.text, { bodyStart: document.bodyStart });
  const { errors } = score([article], new Map([[article.name, candidates.map((c) => c.claim)]]));
  return { gold: article.attributions.length, examples: candidates.map((c, i): Example => ({ features: c.features, label: errors[0].attributed[i] ? 1 : 0 })) };
});
const split = Math.floor(articles.length * 0.9);
const train = articles.slice(0, split).flatMap((a) => a.examples);
const held = articles.slice(split);

const weights = new Map<string, number>();
let bias = 0;
const z = (features: string[]) => features.reduce((sum, f) => sum + (weights.get(f) ?? 0), bias);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = train.map((_, i) => i).sort(() => random() - 0.5);
  const rate = RATE / (1 + epoch);
  for (const k of order) {
    const { features, label } = train[k];
    const g = label - sigmoid(z(features));
    bias += rate * g;
    for (const f of features) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w + rate * (g - L2 * w));
    }
  }
}

// attributed-claim F1 on the held-out articles, keeping the candidates at or above each threshold
const gold = held.reduce((n, a) => n + a.gold, 0);
let best = { threshold: 0, f1: 0 };
for (let threshold = 0; threshold <= 0.7; threshold += 0.025) {
  let kept = 0, right = 0;
  for (const a of held) for (const e of a.examples) if (sigmoid(z(e.features)) >= threshold) { kept++; right += e.label; }
  const p = right / kept, r = right / gold, f1 = (2 * p * r) / (p + r);
  if (f1 > best.f1) best = { threshold: Math.round(threshold * 1000) / 1000, f1 };
}
console.error(`trained on ${train.length} candidates; held-out attributed-claim F1 ${best.f1.toFixed(3)} at threshold ${best.threshold}`);
const round = (w: number) => Math.round(w * 1000) / 1000;
const kept = [...weights].filter(([, w]) => Math.abs(w) > 1e-3).sort(([a], [b]) => (a < b ? -1 : 1));
console.log(JSON.stringify({ source: 'PolNeAR train', threshold: best.threshold, bias: round(bias), weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w)])) }));

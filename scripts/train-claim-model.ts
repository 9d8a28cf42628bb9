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
import { modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';

const EPOCHS = 10;
const RATE = 0.1;
const L2 = 1e-5;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-claim-model GOLD_DIR');
  process.exit(2);
}
const articles = readGoldDir(dir).map((article) => {
  const document = readDocument(Buffer.from(article.text));
  const candidates = readCandidates(document.text, { bodyStart: document.bodyStart });
  const { errors } = score([article], new Map([[article.name, candidates.map((c) => c.claim)]]));
  return { gold: article.attributions.length, examples: candidates.map((c, i): Example => ({ features: c.features, label: errors[0].attributed[i] ? 1 : 0 })) };
});
const split = Math.floor(articles.length * 0.9);
const train = articles.slice(0, split).flatMap((a) => a.examples);
const held = articles.slice(split);

const model = trainLogisticRegression(train, { epochs: EPOCHS, rate: RATE, l2: L2, seed: 7 });

// attributed-claim F1 on the held-out articles, keeping the candidates at or above each threshold
const gold = held.reduce((n, a) => n + a.gold, 0);
let best = { threshold: 0, f1: 0 };
for (let threshold = 0; threshold <= 0.7; threshold += 0.025) {
  let kept = 0, right = 0;
  for (const a of held) for (const e of a.examples) if (model.probability(e.features) >= threshold) { kept++; right += e.label; }
  const p = right / kept, r = right / gold, f1 = (2 * p * r) / (p + r);
  if (f1 > best.f1) best = { threshold: Math.round(threshold * 1000) / 1000, f1 };
}
console.error(`trained on ${train.length} candidates; held-out attributed-claim F1 ${best.f1.toFixed(3)} at threshold ${best.threshold}`);
console.log(modelJson(model, best.threshold));

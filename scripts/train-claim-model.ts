/**
 * Trains the claim model (logistic regression over claimFeatures) on PolNeAR train and prints it
 * as JSON: each attribution the stages read is labelled right when it pairs with a gold
 * attribution and gets its source (the METRICS.md rule). The threshold is the one that maximises
 * attributed-claim F1 under 5-fold cross-validation; the shipped model is trained on every article.
 * usage: npm run --silent train-claims -- ../shared/data/polnear/train > shared/extraction/claim-model.json
 */
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { score } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { ALWAYS_KEPT, readCandidates } from '#shared/extraction/extract-claims.ts';
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
  return {
    gold: article.attributions.length,
    examples: candidates.map((c, i) => ({ features: c.features, label: errors[0].attributed[i] ? 1 : 0, alwaysKept: ALWAYS_KEPT.has(c.shape) }) satisfies Example & { alwaysKept: boolean }),
  };
});
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 29 }, (_, i) => Math.round(i * 25) / 1000);
const train = (part: typeof articles) => trainLogisticRegression(part.flatMap((a) => a.examples), { epochs: EPOCHS, rate: RATE, l2: L2, seed: 7 });

// The threshold: attributed-claim F1 pooled over 5 folds, each scored by a model trained on the
// other four, so that it rests on every article rather than on a tenth of them.
const kept = THRESHOLDS.map(() => 0);
const right = THRESHOLDS.map(() => 0);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(articles.filter((_, i) => i % FOLDS !== fold));
  for (const a of articles.filter((_, i) => i % FOLDS === fold)) {
    for (const e of a.examples) {
      const p = e.alwaysKept ? 1 : model.probability(e.features);
      THRESHOLDS.forEach((t, k) => {
        if (p >= t) {
          kept[k]++;
          right[k] += e.label;
        }
      });
    }
  }
}
const gold = articles.reduce((n, a) => n + a.gold, 0);
const f1 = THRESHOLDS.map((_, k) => (2 * right[k]) / (kept[k] + gold));
const best = f1.indexOf(Math.max(...f1));
console.error(`${articles.length} articles, ${articles.reduce((n, a) => n + a.examples.length, 0)} candidates; cross-validated attributed-claim F1 ${f1[best].toFixed(3)} at threshold ${THRESHOLDS[best]}`);
console.log(modelJson(train(articles), THRESHOLDS[best]));

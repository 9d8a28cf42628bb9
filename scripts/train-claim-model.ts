/**
 * Trains the claim model (logistic regression over claimFeatures) on PolNeAR train and prints it
 * as JSON: each attribution the stages read is labelled right when it pairs with a gold
 * attribution and gets its source (the METRICS.md rule). The threshold is the one that maximises
 * the two headline measures together, attributed-claim F1 plus content-token F1, under 5-fold
 * cross-validation; the shipped model is trained on every article.
 * usage: npm run --silent train-claims -- ../shared/data/polnear/train > shared/extraction/claim-model.json
 */
import { codePointToStringIndex, readGoldDir } from '#shared/evaluation/brat.ts';
import { score } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { ALWAYS_KEPT, readCandidates } from '#shared/extraction/extract-claims.ts';
import { modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';

const EPOCHS = 10;
const RATE = 0.1;
const L2 = 1e-5;
const WORD = /[\p{L}\p{N}]+/gu;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-claim-model GOLD_DIR');
  process.exit(2);
}
const articles = readGoldDir(dir).map((article) => {
  const document = readDocument(Buffer.from(article.text));
  const candidates = readCandidates(document.text, { bodyStart: document.bodyStart });
  const { errors } = score([article], new Map([[article.name, candidates.map((c) => c.claim)]]));
  // the article's words, each marked gold when inside a gold content, with the candidates covering it
  const at = codePointToStringIndex(article.text);
  const goldRanges = article.attributions.flatMap((a) => a.content.map(([s, e]) => [at(s), at(e)] as const));
  const words = [...document.text.matchAll(WORD)].map((w) => ({
    gold: goldRanges.some(([s, e]) => s <= w.index && w.index < e),
    covering: candidates.flatMap((c, i) => (c.claim.content.start <= w.index && w.index < c.claim.content.end ? [i] : [])),
  }));
  return {
    gold: article.attributions.length,
    goldWords: words.filter((w) => w.gold).length,
    words: words.filter((w) => w.covering.length > 0),
    examples: candidates.map((c, i) => ({ features: c.features, label: errors[0].attributed[i] ? 1 : 0, alwaysKept: ALWAYS_KEPT.has(c.shape) }) satisfies Example & { alwaysKept: boolean }),
  };
});
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 29 }, (_, i) => Math.round(i * 25) / 1000);
const train = (part: typeof articles) => trainLogisticRegression(part.flatMap((a) => a.examples), { epochs: EPOCHS, rate: RATE, l2: L2, seed: 7 });

// Both measures pooled over 5 folds, each fold scored by a model trained on the other four, so
// that the threshold rests on every article rather than on a tenth of them.
const kept = THRESHOLDS.map(() => 0);
const right = THRESHOLDS.map(() => 0);
const keptWords = THRESHOLDS.map(() => 0);
const rightWords = THRESHOLDS.map(() => 0);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(articles.filter((_, i) => i % FOLDS !== fold));
  for (const a of articles.filter((_, i) => i % FOLDS === fold)) {
    const p = a.examples.map((e) => (e.alwaysKept ? 1 : model.probability(e.features)));
    THRESHOLDS.forEach((t, k) => {
      a.examples.forEach((e, i) => {
        if (p[i] < t) return;
        kept[k]++;
        right[k] += e.label;
      });
      for (const w of a.words) {
        if (!w.covering.some((i) => p[i] >= t)) continue;
        keptWords[k]++;
        if (w.gold) rightWords[k]++;
      }
    });
  }
}
const gold = articles.reduce((n, a) => n + a.gold, 0);
const goldWords = articles.reduce((n, a) => n + a.goldWords, 0);
const attributed = THRESHOLDS.map((_, k) => (2 * right[k]) / (kept[k] + gold));
const contentTokens = THRESHOLDS.map((_, k) => (2 * rightWords[k]) / (keptWords[k] + goldWords));
const both = THRESHOLDS.map((_, k) => attributed[k] + contentTokens[k]);
const best = both.indexOf(Math.max(...both));
console.error(
  `${articles.length} articles, ${articles.reduce((n, a) => n + a.examples.length, 0)} candidates; cross-validated at threshold ${THRESHOLDS[best]}: ` +
    `attributed-claim F1 ${attributed[best].toFixed(3)}, content-token F1 ${contentTokens[best].toFixed(3)}`,
);
console.log(modelJson(train(articles), THRESHOLDS[best]));

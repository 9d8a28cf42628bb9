/**
 * Trains the claim model (logistic regression over claimFeatures) on PolNeAR train and prints it
 * as JSON: each attribution the stages read is labelled right when it pairs with a gold
 * attribution and gets its source (the METRICS.md rule).
 *
 * The candidates are read as unseen text reads: each fold of articles with a cue model trained on
 * the other folds, since the shipped cue model, trained on all of train, is surer of train's cues
 * than of any new article's, and a claim model learned from its readings would trust it too far.
 * The threshold is the one that maximises the two headline measures together, attributed-claim F1
 * plus content-token F1, of the claims as extraction selects them, each fold scored by a claim
 * model trained on the other four; the shipped model is trained on every article.
 * usage: npm run --silent train-claims -- $POLNEAR_DIR/train > shared/extraction/models/claim-model.json
 */
import { readGoldDir } from '#shared/evaluation/brat.ts';
import { score } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { readCandidates, selectClaims, type ExtractedClaim } from '#shared/extraction/extract-claims.ts';
import { cueModelFrom } from '#shared/extraction/cues/cue-model.ts';
import { trainCueModel } from './cue-model-training.ts';
import { averageModels, modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';
import { featureStrings } from '#shared/feature-weights.ts';

const EPOCHS = 10;
const RATE = 0.1;
const L2 = 1e-5;
const FOLDS = 5;
const KEEP = 10_000;
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => Math.round(i * 25) / 1000);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-claim-model GOLD_DIR');
  process.exit(2);
}
const gold = readGoldDir(dir);
const foldOf = (i: number) => i % FOLDS;
const cueModels = Array.from({ length: FOLDS }, (_, fold) => cueModelFrom(trainCueModel(gold.filter((_, i) => foldOf(i) !== fold)).json));
const articles = gold.map((article, i) => {
  const document = readDocument(Buffer.from(article.text));
  const candidates = readCandidates(document.text, { bodyStart: document.bodyStart, cueModel: cueModels[foldOf(i)] });
  const { errors } = score([article], new Map([[article.name, candidates.map((c) => c.claim)]]));
  return { article, text: document.text, candidates, examples: candidates.map((c, i): Example => ({ features: featureStrings(c.features), label: errors[0].attributed[i] ? 1 : 0 })) };
});
const SEEDS = [7, 11, 13, 17, 19];
const train = (part: typeof articles) => {
  const examples = part.flatMap((a) => a.examples);
  return averageModels(SEEDS.map((seed) => trainLogisticRegression(examples, { epochs: EPOCHS, rate: RATE, l2: L2, seed })));
};

// Each fold's articles are selected by a claim model trained on the other four, so that the
// threshold rests on every article rather than on a tenth of them.
const selected = THRESHOLDS.map(() => new Map<string, ExtractedClaim[]>());
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(articles.filter((_, i) => foldOf(i) !== fold));
  for (const a of articles.filter((_, i) => foldOf(i) === fold)) {
    const confidence = a.examples.map((e) => model.probability(e.features));
    THRESHOLDS.forEach((t, k) => selected[k].set(a.article.name, selectClaims(a.text, a.candidates, confidence, t)));
  }
}
const measured = selected.map((predictions) => score(gold, predictions).scores);
const both = measured.map((s) => s.attributedClaim.f1 + s.contentTokens.f1);
const best = both.indexOf(Math.max(...both));
console.error(
  `${articles.length} articles, ${articles.reduce((n, a) => n + a.examples.length, 0)} candidates; cross-validated at threshold ${THRESHOLDS[best]}: ` +
    `attributed-claim F1 ${measured[best].attributedClaim.f1.toFixed(3)}, content-token F1 ${measured[best].contentTokens.f1.toFixed(3)}`,
);
// the strongest weights only: past 10,000 the rest changed no dev figure and cost load time
console.log(modelJson(train(articles), THRESHOLDS[best], KEEP));

/**
 * usage: npm run --silent train-checkworthiness -- CLAIMBUSTER_DIR > shared/checkworthiness/checkworthiness-model.json
 * Trains the check-worthiness model (logistic regression over checkworthinessFeatures, the mean
 * of five shuffles) on ClaimBuster's train.json, and prints its test.json AUC and F1 to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkworthinessFeatures } from '#shared/checkworthiness/features.ts';
import { averageModels, modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run --silent train-checkworthiness -- CLAIMBUSTER_DIR');
  process.exit(2);
}
type Sentence = { text: string; label: 0 | 1 };
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Sentence[];
const examples = (sentences: Sentence[]): Example[] => sentences.map((s) => ({ features: checkworthinessFeatures(s.text), label: s.label ? 1 : 0 }));

const train = examples(read('train.json'));
const test = read('test.json');
const model = averageModels([1, 2, 3, 4, 5].map((seed) => trainLogisticRegression(train, { epochs: 8, rate: 0.05, l2: 1e-4, seed })));
const scores = test.map((s) => model.probability(checkworthinessFeatures(s.text)));
const auc = areaUnderCurve(scores.map((score, i) => ({ score, positive: test[i].label === 1 })));
let tp = 0, fp = 0, fn = 0;
scores.forEach((p, i) => {
  if (p >= 0.5 && test[i].label) tp++;
  else if (p >= 0.5) fp++;
  else if (test[i].label) fn++;
});
console.error(`ClaimBuster test: AUC ${auc.toFixed(3)}, F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)} at 0.5 (${test.length} sentences)`);
process.stdout.write(modelJson(model, 0.5, 8_000).replace('"PolNeAR train"', '"ClaimBuster train"') + '\n');

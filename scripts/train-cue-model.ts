/**
 * Trains the cue model (logistic regression over cueFeatures) on PolNeAR train and prints it as
 * JSON. The last tenth of the articles is held out to choose the acceptance threshold.
 * usage: npm run --silent train-cues -- ../shared/data/polnear/train > shared/extraction/cue-model.json
 */
import { analyse } from '#shared/extraction/analyse.ts';
import { readGoldDir, codePointToStringIndex } from '#shared/evaluation/brat.ts';
import { cueFeatures, isCueCandidate } from '#shared/extraction/cue-features.ts';
import { findQuotes, insideQuote } from '#shared/extraction/quotes.ts';
import { modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';

const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-6;
const KEEP = 10_000;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-cue-model GOLD_DIR');
  process.exit(2);
}

const articles = readGoldDir(dir);
const examples: Example[][] = articles.map((article) => {
  const at = codePointToStringIndex(article.text);
  const analysis = analyse(article.text);
  const quotes = findQuotes(analysis);
  const cues = article.attributions.flatMap((a) => a.cue.map(([s, e]) => [at(s), at(e)] as const));
  const out: Example[] = [];
  for (const s of analysis.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = analysis.tokens[i];
      if (!isCueCandidate(t)) continue;
      const label = cues.some(([cs, ce]) => t.start < ce && t.end > cs) ? 1 : 0;
      out.push({ features: cueFeatures(analysis.tokens, i, insideQuote(quotes, t.start), s.first, s.last), label });
    }
  }
  return out;
});
const split = Math.floor(examples.length * 0.9);
const train = examples.slice(0, split).flat();
const held = examples.slice(split).flat();

const model = trainLogisticRegression(train, { epochs: EPOCHS, rate: RATE, l2: L2, seed: 42 });

let best = { threshold: 0.5, f1: 0 };
for (let threshold = 0.2; threshold <= 0.8; threshold += 0.05) {
  let tp = 0, fp = 0, fn = 0;
  for (const { features, label } of held) {
    const yes = model.probability(features) >= threshold;
    if (yes && label) tp++;
    else if (yes) fp++;
    else if (label) fn++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  if (f1 > best.f1) best = { threshold: Math.round(threshold * 100) / 100, f1 };
}
console.error(`trained on ${train.length} candidate words, held out ${held.length}: best threshold ${best.threshold}, word-level F1 ${best.f1.toFixed(3)}`);

// the strongest weights only: past 10,000 the rest changed no figure on dev and cost load time
console.log(modelJson(model, best.threshold, KEEP));

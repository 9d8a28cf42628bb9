/**
 * Trains the cue model (logistic regression over cueFeatures) on PolNeAR train and prints it as
 * JSON. The last tenth of the articles is held out to choose the acceptance threshold.
 * usage: npm run --silent train-cues -- ../shared/data/polnear/train > shared/extraction/cue-model.json
 */
import { analyse } from '#shared/extraction/analyse.ts';
import { readGoldDir, codePointToStringIndex } from '#shared/evaluation/brat.ts';
import { cueFeatures, isCueCandidate } from '#shared/extraction/cue-features.ts';
import { findQuotes, insideQuote } from '#shared/extraction/quotes.ts';

const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-6;
const KEEP = 10_000;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: train-cue-model GOLD_DIR');
  process.exit(2);
}

type Example = { features: string[]; label: 0 | 1 };
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

const weights = new Map<string, number>();
let bias = 0;
const score = (features: string[]) => features.reduce((z, f) => z + (weights.get(f) ?? 0), bias);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = train.map((_, i) => i).sort(() => random() - 0.5);
  const rate = RATE / (1 + epoch);
  for (const k of order) {
    const { features, label } = train[k];
    const g = label - sigmoid(score(features));
    bias += rate * g;
    for (const f of features) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w + rate * (g - L2 * w));
    }
  }
}

let best = { threshold: 0.5, f1: 0 };
for (let threshold = 0.2; threshold <= 0.8; threshold += 0.05) {
  let tp = 0, fp = 0, fn = 0;
  for (const { features, label } of held) {
    const yes = sigmoid(score(features)) >= threshold;
    if (yes && label) tp++;
    else if (yes) fp++;
    else if (label) fn++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  if (f1 > best.f1) best = { threshold: Math.round(threshold * 100) / 100, f1 };
}
console.error(`trained on ${train.length} candidate words, held out ${held.length}: best threshold ${best.threshold}, word-level F1 ${best.f1.toFixed(3)}`);

// the strongest weights only: past 10,000 the rest changed no figure on dev and cost load time
const kept = [...weights].filter(([, w]) => Math.abs(w) > 1e-3).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, KEEP).sort(([a], [b]) => (a < b ? -1 : 1));
const round = (w: number) => Math.round(w * 1000) / 1000;
console.log(JSON.stringify({ source: 'PolNeAR train', threshold: best.threshold, bias: round(bias), weights: Object.fromEntries(kept.map(([f, w]) => [f, round(w)])) }));

/**
 * Trains a cue model (logistic regression over cueFeatures) on gold articles: every word the cue
 * model would score is an example, labelled by whether an annotated cue covers it. The last tenth
 * of the articles is held out to choose the acceptance threshold. Used by train-cue-model (the
 * shipped model) and by train-claim-model (models trained without the articles they read).
 */
import { analyse } from '#shared/extraction/tokens/analyse.ts';
import { codePointToStringIndex, type GoldArticle } from '#shared/evaluation/brat.ts';
import { cueFeatures, isCueCandidate } from '#shared/extraction/cues/cue-features.ts';
import type { CueModelJson } from '#shared/extraction/cues/cue-model.ts';
import { findQuotes, insideQuote } from '#shared/extraction/tokens/quotes.ts';
import { modelJson, trainLogisticRegression, type Example } from './logistic-regression.ts';

const EPOCHS = 8;
const RATE = 0.1;
const L2 = 1e-6;
// the strongest weights only: past 10,000 the rest lowered dev figures (more fit to train) and cost load time
const KEEP = 10_000;

export interface TrainedCueModel {
  json: CueModelJson;
  trainedOn: number;
  heldOut: number;
  /** word-level F1 on the held-out tenth at the chosen threshold */
  heldOutF1: number;
}

export function trainCueModel(articles: GoldArticle[]): TrainedCueModel {
  const examples = articles.map(wordExamples);
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
  return { json: JSON.parse(modelJson(model, best.threshold, KEEP)), trainedOn: train.length, heldOut: held.length, heldOutF1: best.f1 };
}

function wordExamples(article: GoldArticle): Example[] {
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
}

/**
 * usage: npm run --silent train-speaker-confidence -- GOLD_DIR LABEL_DIR [GOLD_DIR LABEL_DIR …] > shared/extraction/speakers/speaker-confidence.json
 * Trains the speaker confidence model (speakers/speaker-confidence.ts) on hand-resolved speakers:
 * every labelled attribution of each LABEL_DIR (NAME.labels.json, the format of data/speakers/)
 * that a claim of the shipped extractor covers is an example, right when the claim's speaker name
 * holds one of the label's alternatives (the label scorer's rule). Several sets train one model
 * (PolNeAR train and the project's own modern pages and house styles: how sure a speaker is
 * depends on the news it comes from). Prints to stderr, from 5-fold cross-validation over
 * articles, per set and overall: the AUC of confidence against right speakers, and how many of the
 * wrong speakers the least sure fifth of claims holds (the desk marks those for checking).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '#shared/documents/read-document.ts';
import { readCandidates, selectClaims } from '#shared/extraction/extract-claims.ts';
import { claimConfidence, CLAIM_THRESHOLD } from '#shared/extraction/models/claim-model.ts';
import { presentSpeaker } from '#shared/extraction/speakers/speakers.ts';
import { speakerFeatureLists } from '#shared/extraction/speakers/speaker-confidence.ts';
import { codePointToStringIndex } from '#shared/evaluation/brat.ts';
import { coveringClaim } from '#shared/evaluation/labels.ts';
import { areaUnderCurve } from '#shared/checkworthiness/area-under-curve.ts';
import { averageModels, trainLogisticRegression, type Example } from './logistic-regression.ts';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: train-speaker-confidence GOLD_DIR LABEL_DIR [GOLD_DIR LABEL_DIR …]');
  process.exit(2);
}
const sets = Array.from({ length: args.length / 2 }, (_, i) => ({ goldDir: args[2 * i], labelDir: args[2 * i + 1] }));

interface Label { content: Array<[number, number]>; speakerKey: string | null }
const articles = sets.flatMap(({ goldDir, labelDir }) => readdirSync(labelDir).filter((f) => f.endsWith('.labels.json')).sort().map((file) => {
  const name = file.replace(/\.labels\.json$/, '');
  const textFile = join(goldDir, 'text', `${name}.txt`);
  if (!existsSync(textFile)) throw new Error(`${labelDir}/${file} labels an article ${goldDir} does not hold (${textFile})`);
  const text = readFileSync(textFile, 'utf8');
  const labels = JSON.parse(readFileSync(join(labelDir, file), 'utf8')) as Label[];
  const document = readDocument(Buffer.from(text));
  const candidates = readCandidates(document.text, { bodyStart: document.bodyStart });
  const claims = selectClaims(document.text, candidates, candidates.map((c) => claimConfidence(c.features)), CLAIM_THRESHOLD).map((c) => ({ ...c, speaker: presentSpeaker(c.speaker) }));
  const features = speakerFeatureLists(claims, document.text);
  const at = codePointToStringIndex(text);
  const examples: Example[] = [];
  for (const label of labels) {
    if (!label.speakerKey) continue;
    const covering = coveringClaim(label.content.map(([s, e]) => [at(s), at(e)] as const), claims);
    if (!covering) continue;
    const best = claims.indexOf(covering);
    const said = claims[best].speaker.name.toLowerCase();
    examples.push({ features: features[best], label: label.speakerKey.split('|').some((k) => k && said.includes(k)) ? 1 : 0 });
  }
  return { set: labelDir, name, examples };
}));

const SEEDS = [3, 5, 7];
const train = (examples: Example[]) => averageModels(SEEDS.map((seed) => trainLogisticRegression(examples, { epochs: 20, rate: 0.05, l2: 0.001, seed })));
const FOLDS = 5;
const heldOut: Array<{ set: string; p: number; right: boolean }> = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(articles.filter((_, i) => i % FOLDS !== fold).flatMap((a) => a.examples));
  for (const a of articles.filter((_, i) => i % FOLDS === fold)) for (const e of a.examples) heldOut.push({ set: a.set, p: model.probability(e.features), right: e.label === 1 });
}
const report = (name: string, scored: typeof heldOut) => {
  const wrong = scored.filter((e) => !e.right).length;
  const leastSure = [...scored].sort((a, b) => a.p - b.p).slice(0, Math.ceil(scored.length / 5));
  const caught = leastSure.filter((e) => !e.right).length;
  console.error(`${name}: ${scored.length} covered speakers, ${wrong} wrong; 5-fold held out: AUC ${areaUnderCurve(scored.map((e) => ({ score: e.p, positive: e.right }))).toFixed(3)}; the least sure fifth holds ${caught} of the ${wrong} wrong speakers (${(caught / wrong).toFixed(3)})`);
};
console.error(`${articles.length} articles`);
for (const { labelDir } of sets) report(labelDir, heldOut.filter((e) => e.set === labelDir));
if (sets.length > 1) report('all', heldOut);
const model = train(articles.flatMap((a) => a.examples));
const round = (w: number) => Math.round(w * 1000) / 1000;
console.log(JSON.stringify({ source: `hand-resolved speakers of ${articles.length} articles: ${sets.map((s) => s.labelDir).join(', ')}`, bias: round(model.bias), weights: Object.fromEntries([...model.weights].filter(([, w]) => Math.abs(w) > 1e-3).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => [f, round(w)])) }, null, 1));

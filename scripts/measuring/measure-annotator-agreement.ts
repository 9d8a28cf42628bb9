/**
 * usage: npm run --silent measure-annotator-agreement -- $POLNEAR_DIR/annotator-training
 * How trained people agree with one another on METRICS.md's measures, and where the extractor
 * stands against the same people: the ceiling an extractor scored against one person's reading
 * can expect. In PolNeAR's annotator-training split each article is read by several people; each
 * reading in turn is the gold, and every other reading (and the extractor's) is scored against it
 * as a prediction, its contents and sources taken from the first to the last piece, as a claim
 * holds one range. Prints the pooled figures, each person's against all the others, and how many
 * (person, gold) pairs reach the targets of issue 15.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointToStringIndex, parseAnn, type GoldArticle, type GoldAttribution } from '#shared/evaluation/brat.ts';
import { score, type PredictedClaim, type Scores } from '#shared/evaluation/score.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { extractClaims } from '#shared/extraction/extract-claims.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run --silent measure-annotator-agreement -- ANNOTATOR_TRAINING_DIR');
  process.exit(2);
}
const TARGET = { f1: 0.75, p: 0.83 };
const EXTRACTOR = 'extractor';

/** each article's text and every person's reading of it, by the annotator id ending the file name */
const articles = new Map<string, { text: string; readings: Map<string, GoldAttribution[]> }>();
for (const file of readdirSync(join(dir, 'attributions')).sort()) {
  const match = /^(.*)_([0-9a-f]{4})\.ann$/.exec(file);
  if (!match) continue;
  const [, name, person] = match;
  let article = articles.get(name);
  if (!article) articles.set(name, (article = { text: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'), readings: new Map() }));
  article.readings.set(person, parseAnn(readFileSync(join(dir, 'attributions', file), 'utf8')));
}

const hull = (ranges: Array<[number, number]>, at: (cp: number) => number) =>
  ranges.length ? { start: at(Math.min(...ranges.map((r) => r[0]))), end: at(Math.max(...ranges.map((r) => r[1]))) } : null;
function asPrediction(text: string, reading: GoldAttribution[]): PredictedClaim[] {
  const at = codePointToStringIndex(text);
  return reading.map((a) => ({ content: hull(a.content, at), source: hull(a.source, at), cue: a.cue.length ? hull([a.cue[0]], at) : null }));
}

const extracted = new Map(
  [...articles].map(([name, { text }]) => {
    const document = readDocument(Buffer.from(text));
    const claims = extractClaims(document.text, { bodyStart: document.bodyStart, furniture: document.furniture });
    return [name, claims.map((c) => ({ content: c.content, source: c.source, cue: c.cue }))] as const;
  }),
);

const people = [...new Set([...articles.values()].flatMap((a) => [...a.readings.keys()]))].sort();
/** one reader's scores against one gold person's readings, pooled over the articles both read */
function scoreAgainst(gold: string, reader: string): Scores {
  const golds: GoldArticle[] = [];
  const predictions = new Map<string, PredictedClaim[]>();
  for (const [name, { text, readings }] of articles) {
    const goldReading = readings.get(gold);
    const readerClaims = reader === EXTRACTOR ? extracted.get(name) : readings.get(reader) && asPrediction(text, readings.get(reader)!);
    if (!goldReading || !readerClaims) continue;
    golds.push({ name, textPath: '', text, attributions: goldReading });
    predictions.set(name, readerClaims);
  }
  return score(golds, predictions).scores;
}

const f = (x: number) => x.toFixed(3);
const line = (s: Scores[]) => {
  const mean = (pick: (x: Scores) => number) => f(s.reduce((sum, x) => sum + pick(x), 0) / s.length);
  return `attributed-claim P ${mean((x) => x.attributedClaim.p)} R ${mean((x) => x.attributedClaim.r)} F1 ${mean((x) => x.attributedClaim.f1)} · claim F1 ${mean((x) => x.claim.f1)} · source ${mean((x) => x.sourceAccuracy)} · content-token F1 ${mean((x) => x.contentTokens.f1)} · exact F1 ${mean((x) => x.exactContent.f1)}`;
};

const pairs = people.flatMap((gold) => people.filter((reader) => reader !== gold).map((reader) => ({ gold, reader, scores: scoreAgainst(gold, reader) })));
console.log(`${articles.size} articles read by ${people.length} people; ${pairs.length} (reader, gold) pairs`);
console.log(`people against people, mean of pairs: ${line(pairs.map((p) => p.scores))}`);
const meeting = pairs.filter((p) => p.scores.attributedClaim.f1 >= TARGET.f1 && p.scores.attributedClaim.p >= TARGET.p);
console.log(`pairs with attributed-claim F1 >= ${TARGET.f1} and P >= ${TARGET.p}: ${meeting.length} of ${pairs.length}`);
const extractorScores = people.map((gold) => scoreAgainst(gold, EXTRACTOR));
console.log(`extractor against each person, mean: ${line(extractorScores)}`);
console.log('\neach reader against the others (mean over gold people):');
for (const reader of [...people, EXTRACTOR]) {
  const own = reader === EXTRACTOR ? extractorScores : pairs.filter((p) => p.reader === reader).map((p) => p.scores);
  console.log(`  ${reader.padEnd(9)} ${line(own)}`);
}

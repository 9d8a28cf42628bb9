/**
 * Trains the content model (shared/extraction/models/content-model.ts) on PolNeAR train and
 * prints it as JSON: an averaged structured perceptron over before/in/after labels of a unit's tokens.
 *
 * The examples are the rules' readings as extraction meets them (the content model off): each
 * reading's target is the gold attribution whose cue its cue overlaps (or, failing that, whose
 * content its content pairs with by the METRICS.md rule), its tokens labelled content where that
 * gold content covers them; a reading no gold attribution answers is labelled all outside. The
 * margin by which the model must beat the rules' cut is the one that cuts most readings right in
 * half of train, with a model trained on the other half.
 * With --dev, it also prints how the rules and the model cut the readings of a held-out split.
 * usage: npm run --silent train-content -- $POLNEAR_DIR/train [--dev $POLNEAR_DIR/dev] > content-model.json
 */
import { parseArgs } from 'node:util';
import { readGoldDir, codePointToStringIndex } from '#shared/evaluation/brat.ts';
import { readDocument } from '#shared/documents/read-document.ts';
import { readCandidates } from '#shared/extraction/extract-claims.ts';
import { READING_FEATURES, readingFeatures, sideOf, TOKEN_FEATURES, tokenFeatures } from '#shared/extraction/models/content-features.ts';
import { AFTER, BEFORE, IN, LABELS, chooseCut, decode, packWeights, type ContentModel } from '#shared/extraction/models/content-model.ts';

const EPOCHS = 15;
const MARGINS = [0, 10, 30, 100, 300, 1000, 3000];
/** features seen fewer times than this are left out of the shipped model: they moved no dev figure */
const MIN_COUNT = 3;
/** the strongest weights only, so that the ingest bundle stays small and loads fast */
const KEEP = 15_000;
/** pairing overlap of METRICS.md */
const PAIRED = 0.5;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dev: { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: train-content-model GOLD_DIR');
  process.exit(2);
}

const ids = new Map<number, number>();
const counts: number[] = [];
const intern = (f: number) => {
  let id = ids.get(f);
  if (id === undefined) {
    id = ids.size;
    ids.set(f, id);
    counts.push(0);
  }
  counts[id]++;
  return id;
};

interface Sequence {
  features: Int32Array[];
  labels: Uint8Array;
  /** the rules' own cut, for comparison */
  rules: Uint8Array;
  /** which article of the split it was read in */
  article: number;
}

/** Every rule reading of the split's articles, labelled by the gold attribution that answers it. */
function readSequences(goldDir: string, toId: (f: number) => number): Sequence[] {
  const sequences: Sequence[] = [];
  const ownKeys = new Array<number>(TOKEN_FEATURES);
  const keys = new Array<number>(READING_FEATURES);
  for (const [index, article] of readGoldDir(goldDir).entries()) {
    const document = readDocument(Buffer.from(article.text));
    const toIndex = codePointToStringIndex(article.text);
    const gold = article.attributions.map((g) => ({
      content: g.content.map(([s, e]) => [toIndex(s), toIndex(e)] as [number, number]),
      cue: g.cue.map(([s, e]) => [toIndex(s), toIndex(e)] as [number, number]),
    }));
    readCandidates(document.text, {
      bodyStart: document.bodyStart,
      contentModel: null,
      observeReading: (tokens, unit, layout, reading, attribution) => {
        const inside = (ranges: Array<[number, number]>, i: number) => ranges.some(([s, e]) => tokens[i].start >= s && tokens[i].start < e);
        const words = (ranges: Array<[number, number]>) => new Set(range(unit.first, unit.last).filter((i) => /[\p{L}\p{N}]/u.test(tokens[i].text) && inside(ranges, i)));
        const mine = words([attribution.content]);
        const overlap = (g: (typeof gold)[number]) => {
          const theirs = words(g.content);
          let shared = 0;
          for (const i of mine) if (theirs.has(i)) shared++;
          return (2 * shared) / (mine.size + theirs.size || 1);
        };
        const byCue = gold.filter((g) => g.cue.some(([s, e]) => s < attribution.cue[1] && e > attribution.cue[0]));
        const target = (byCue.length > 0 ? byCue : gold.filter((g) => overlap(g) >= PAIRED)).sort((a, b) => overlap(b) - overlap(a))[0];
        const n = unit.last - unit.first;
        const sequence: Sequence = { features: [], labels: new Uint8Array(n), rules: new Uint8Array(n), article: index };
        for (let i = unit.first; i < unit.last; i++) {
          const side = sideOf(i, reading);
          tokenFeatures(tokens, unit, i, side, ownKeys);
          readingFeatures(tokens, unit, layout, reading, i, keys);
          sequence.features.push(Int32Array.from([...ownKeys, ...keys].map(toId)));
          sequence.labels[i - unit.first] = target && inside(target.content, i) ? IN : BEFORE;
          sequence.rules[i - unit.first] = inside([attribution.content], i) ? IN : BEFORE;
        }
        sequences.push({ ...sequence, labels: asStretch(sequence.labels), rules: asStretch(sequence.rules) });
      },
    });
  }
  return sequences;
}

/** Content tokens as the model labels them: one stretch IN, from the first to the last, with BEFORE and AFTER around it. */
function asStretch(inContent: Uint8Array): Uint8Array {
  const first = inContent.indexOf(IN);
  const last = inContent.lastIndexOf(IN);
  return inContent.map((_, t) => (first < 0 || t < first ? BEFORE : t <= last ? IN : AFTER));
}

/** Share of tokens labelled wrong, and of readings whose cut (first to last content token) pairs with the gold's as METRICS.md pairs. */
function measure(sequences: Sequence[], label: (s: Sequence) => Uint8Array): { tokens: number; readings: number } {
  let wrong = 0;
  let tokens = 0;
  let right = 0;
  for (const s of sequences) {
    const predicted = label(s);
    for (let t = 0; t < s.labels.length; t++) if (predicted[t] !== s.labels[t]) wrong++;
    tokens += s.labels.length;
    const p = new Set([...predicted.keys()].filter((t) => predicted[t] === IN));
    const g = new Set([...s.labels.keys()].filter((t) => s.labels[t] === IN));
    if (p.size === 0 && g.size === 0) right++;
    else if (p.size && g.size && (2 * [...p].filter((t) => g.has(t)).length) / (p.size + g.size) >= PAIRED) right++;
  }
  return { tokens: wrong / tokens, readings: right / sequences.length };
}

const sequences = readSequences(dir, intern);
console.error(`${sequences.length} readings, ${ids.size} features`);

interface Trained {
  /** averaged weight of a slot (feature × 2 + label − 1) */
  weight: (slot: number) => number;
  transitions: number[];
  start: number[];
}

/**
 * An averaged perceptron: `sums` accumulates each update times the step it was made at, so that
 * the average over all steps is weights − sums / steps. Weights are per feature for IN and AFTER
 * (BEFORE weighs 0); the chain holds transitions from × to, then the three starts.
 */
function trainPerceptron(sequences: Sequence[]): Trained {
  const weights = new Float64Array(ids.size * 2);
  const sums = new Float64Array(ids.size * 2);
  const chain = new Float64Array(LABELS * LABELS + LABELS);
  const chainSums = new Float64Array(chain.length);
  let step = 1;
  const update = (values: Float64Array, totals: Float64Array, slot: number, delta: number) => {
    values[slot] += delta;
    totals[slot] += delta * step;
  };
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = sequences.map((_, i) => i).sort(() => random() - 0.5);
    for (const k of order) {
      const { features, labels } = sequences[k];
      const predicted = decode(scoresOf(features, (slot) => weights[slot]), chain, chain.subarray(LABELS * LABELS));
      for (let t = 0; t < labels.length; t++) {
        const [g, p] = [labels[t], predicted[t]];
        if (p !== g) {
          for (const f of features[t]) {
            if (g !== BEFORE) update(weights, sums, f * 2 + g - 1, 1);
            if (p !== BEFORE) update(weights, sums, f * 2 + p - 1, -1);
          }
        }
        const goldMove = t === 0 ? LABELS * LABELS + g : labels[t - 1] * LABELS + g;
        const predictedMove = t === 0 ? LABELS * LABELS + p : predicted[t - 1] * LABELS + p;
        if (goldMove !== predictedMove) {
          update(chain, chainSums, goldMove, 1);
          update(chain, chainSums, predictedMove, -1);
        }
      }
      step++;
    }
  }
  const averaged = (w: number, sum: number) => Math.round((w - sum / step) * 1000) / 1000;
  const averagedChain = Array.from(chain, (w, i) => averaged(w, chainSums[i]));
  return {
    weight: (slot) => (counts[slot >> 1] >= MIN_COUNT ? averaged(weights[slot], sums[slot]) : 0),
    transitions: averagedChain.slice(0, LABELS * LABELS),
    start: averagedChain.slice(LABELS * LABELS),
  };
}

function scoresOf(features: Int32Array[], weight: (slot: number) => number): Float64Array {
  const scores = new Float64Array(features.length * LABELS);
  features.forEach((fs, t) => {
    for (const f of fs) {
      if (f < 0) continue;
      scores[t * LABELS + IN] += weight(f * 2);
      scores[t * LABELS + AFTER] += weight(f * 2 + 1);
    }
  });
  return scores;
}

/** How a trained model cuts a sequence, as ContentReader does: from the rules' start, its own end if surer by the margin. */
function cutter(model: Trained, margin: number): (s: Sequence) => Uint8Array {
  return (s) => (s.rules.includes(IN) ? chooseCut(scoresOf(s.features, model.weight), s.rules.indexOf(IN), s.rules.lastIndexOf(IN) + 1, { ...model, margin }) : s.rules);
}

// the margin is chosen on the half of train's readings a model trained on the other half never saw
const half = (s: Sequence) => s.article % 2 === 1;
const halfModel = trainPerceptron(sequences.filter((s) => !half(s)));
const unseen = sequences.filter(half);
const margins = MARGINS.map((margin) => ({ margin, right: measure(unseen, cutter(halfModel, margin)).readings }));
const { margin } = margins.reduce((a, b) => (b.right > a.right ? b : a));
console.error(`margin on held-out train: ${margins.map((m) => `${m.margin}: ${m.right.toFixed(3)}`).join(', ')}; rules alone ${measure(unseen, (s) => s.rules).readings.toFixed(3)}`);

const trained = trainPerceptron(sequences);
const weights: Record<string, number[]> = {};
const strongest = [...ids]
  .map(([f, id]) => ({ f, w: [trained.weight(id * 2), trained.weight(id * 2 + 1)] as [number, number] }))
  .filter(({ w }) => w[0] !== 0 || w[1] !== 0)
  .sort((a, b) => Math.max(Math.abs(b.w[0]), Math.abs(b.w[1])) - Math.max(Math.abs(a.w[0]), Math.abs(a.w[1])))
  .slice(0, KEEP);
for (const { f, w } of strongest) weights[f] = w;
// shipped packed (content-model.ts, PackedWeights): a record of 15,000 features is slow to load
const model: ContentModel = { weights: packWeights(weights), transitions: trained.transitions, start: trained.start, margin };
console.error(`${strongest.length} features kept, margin ${margin}`);
if (values.dev) {
  // the dev readings' features are looked up, never added: a feature train never saw weighs nothing
  const held = readSequences(values.dev, (f) => ids.get(f) ?? -1);
  const f = (m: { tokens: number; readings: number }) => `${m.tokens.toFixed(3)} of tokens wrong, ${m.readings.toFixed(3)} of readings cut right`;
  // measured with the weights that ship, not every weight trained
  const shippedIds = new Set(strongest.map(({ f }) => ids.get(f)));
  const shipped: Trained = { ...trained, weight: (slot) => (shippedIds.has(slot >> 1) ? trained.weight(slot) : 0) };
  console.error(`dev ${held.length} readings: rules ${f(measure(held, (s) => s.rules))}; model ${f(measure(held, cutter(shipped, margin)))}`);
}
console.log(JSON.stringify(model));

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

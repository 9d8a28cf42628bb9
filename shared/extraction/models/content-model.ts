import model from './content-model.json' with { type: 'json' };
import type { Token } from '../tokens/analyse.ts';
import type { Unit } from '../tokens/units.ts';
import { READING_FEATURES, readingFeatures, sideOf, SIDES, TOKEN_FEATURES, tokenFeatures, type Reading, type UnitLayout } from './content-features.ts';

/**
 * The content model: a linear-chain labeller over a unit's tokens, trained on PolNeAR train as an
 * averaged structured perceptron (scripts/training/train-content-model.ts), that says for one cue which
 * stretch of the unit is what it reports. Each token is before the content, in it or after it, in
 * that order, so a cut is one stretch (the quote on both sides of `“A,” X said, “B.”` included).
 * Extraction holds the start where the rules put it and asks the model where the content ends.
 * The rules' reading is among the features, so the model learns where the rules cut wrong: a
 * content cut at a comma that runs on, an object read past its noun phrase, a clause tacked on
 * after the report.
 */
export interface ContentModel {
  /**
   * per feature (a featureKey), its weight for a token in the content and for one after it (a
   * token before weighs 0): as a record where a model is built in code (training, tests) and in
   * the files of commits before the packed form (measure-upgrade reads them), packed where it is
   * shipped (PackedWeights)
   */
  weights: Record<string, number[]> | PackedWeights;
  /** label → label, row by row over before, in, after; a move back is never taken */
  transitions: number[];
  /** the first token's label */
  start: number[];
  /**
   * how much surer than of the rules' own cut the model must be to cut otherwise: where it is
   * hardly surer, the rules, which see the whole clause, are right more often (chosen on train)
   */
  margin: number;
}

/**
 * The weights as the shipped content-model.json holds them: base64 of little-endian arrays, the
 * features' keys (int32) and, feature by feature, the weight in the content and after it
 * (float64, the record's numbers exactly). Parsing 15,000 features as a JSON record, then
 * converting each key, took ~70 ms of the ingest function's cold start; two strings parse and
 * decode in a few milliseconds, and the table is built from typed arrays (Weights).
 */
export interface PackedWeights {
  packed: 'int32-keys,float64-pairs';
  keys: string;
  values: string;
}

/** A record of weights packed as the shipped model holds them (the training script writes this). */
export function packWeights(weights: Record<string, number[]>): PackedWeights {
  const entries = Object.entries(weights);
  const keys = new Int32Array(entries.length);
  const values = new Float64Array(entries.length * 2);
  entries.forEach(([key, [inside, after]], i) => {
    keys[i] = Number(key);
    values[i * 2] = inside;
    values[i * 2 + 1] = after;
  });
  const base64 = (array: Int32Array | Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
  return { packed: 'int32-keys,float64-pairs', keys: base64(keys), values: base64(values) };
}

const isPacked = (weights: ContentModel['weights']): weights is PackedWeights => (weights as Partial<PackedWeights>).packed === 'int32-keys,float64-pairs';

/** The features' keys and their weight pairs, from either form. */
function unpack(weights: ContentModel['weights']): { keys: Int32Array; values: Float64Array } {
  if (!isPacked(weights)) {
    const record = Object.entries(weights);
    return { keys: Int32Array.from(record, ([key]) => Number(key)), values: Float64Array.from(record.flatMap(([, pair]) => [pair[0], pair[1]])) };
  }
  // copied out of the decoded bytes, which may sit in Node's buffer pool at an offset a Float64Array cannot start at
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64')).buffer;
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the packed content model is little-endian; this machine is not');
  return { keys: new Int32Array(bytes(weights.keys)), values: new Float64Array(bytes(weights.values)) };
}

export const SHIPPED_CONTENT_MODEL: ContentModel = model as ContentModel;

export const BEFORE = 0;
export const IN = 1;
export const AFTER = 2;
export const LABELS = 3;

/**
 * Reads contents for the cues of one article: the token features that do not depend on the cue
 * are scored once per token and side, since every cue of a unit asks for them again.
 */
export class ContentReader {
  private readonly weights: Weights;
  private readonly tokenScores: Float64Array;
  private readonly features: number[] = new Array(Math.max(READING_FEATURES, TOKEN_FEATURES)).fill(0);

  constructor(
    private readonly model: ContentModel,
    private readonly tokens: Token[],
  ) {
    this.weights = weightsOf(model);
    this.tokenScores = new Float64Array(tokens.length * SIDES * 2).fill(Number.NaN);
  }

  /** Where the reading's content ends: the token after its last (an index into the article's tokens). */
  contentEnd(unit: Unit, layout: UnitLayout, reading: Reading): number {
    // the content starts where the rules start it (startingAt), so the tokens before it are all
    // BEFORE in every labelling: only the rest is scored and decoded, with the same best labelling
    // and the same margin over the rules' cut as the whole unit would give
    const first = reading.content[0];
    const n = unit.last - first;
    const scores = new Float64Array(n * LABELS);
    for (let k = 0; k < n; k++) {
      const i = first + k;
      const slot = this.tokenSlot(unit, i, sideOf(i, reading));
      let inside = this.tokenScores[slot];
      let after = this.tokenScores[slot + 1];
      readingFeatures(this.tokens, unit, layout, reading, i, this.features);
      for (let f = 0; f < READING_FEATURES; f++) {
        const at = this.weights.find(this.features[f]);
        if (at >= 0) {
          inside += this.weights.inside[at];
          after += this.weights.after[at];
        }
      }
      scores[k * LABELS + IN] = inside;
      scores[k * LABELS + AFTER] = after;
    }
    return first + chooseCut(scores, 0, reading.content[1] - first, this.model).lastIndexOf(IN) + 1;
  }

  private tokenSlot(unit: Unit, i: number, side: number): number {
    const slot = (i * SIDES + side) * 2;
    if (Number.isNaN(this.tokenScores[slot])) {
      this.tokenScores[slot] = this.tokenScores[slot + 1] = 0;
      tokenFeatures(this.tokens, unit, i, side, this.features);
      for (let k = 0; k < TOKEN_FEATURES; k++) {
        const at = this.weights.find(this.features[k]);
        if (at >= 0) {
          this.tokenScores[slot] += this.weights.inside[at];
          this.tokenScores[slot + 1] += this.weights.after[at];
        }
      }
    }
    return slot;
  }
}

/**
 * The model's weights in an open-addressed table of typed arrays, for the million lookups a
 * hundred articles make: a feature's key (below 2^30, featureKey) finds its slot, -1 an empty one.
 */
class Weights {
  private readonly keys: Int32Array;
  readonly inside: Float64Array;
  readonly after: Float64Array;
  private readonly mask: number;

  constructor(weights: ContentModel['weights']) {
    const { keys, values } = unpack(weights);
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(-1);
    this.inside = new Float64Array(size);
    this.after = new Float64Array(size);
    for (let i = 0; i < keys.length; i++) {
      let at = this.slotOf(keys[i]);
      while (this.keys[at] !== -1) at = (at + 1) & this.mask;
      this.keys[at] = keys[i];
      this.inside[at] = values[i * 2];
      this.after[at] = values[i * 2 + 1];
    }
  }

  /** The slot of a feature's weights, -1 if the model has none. */
  find(key: number): number {
    for (let at = this.slotOf(key); ; at = (at + 1) & this.mask) {
      const k = this.keys[at];
      if (k === key) return at;
      if (k === -1) return -1;
    }
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }
}

const weightTables = new WeakMap<ContentModel, Weights>();
/** The model's weight table, made once per model rather than once per article. */
function weightsOf(model: ContentModel): Weights {
  let weights = weightTables.get(model);
  if (!weights) weightTables.set(model, (weights = new Weights(model.weights)));
  return weights;
}

/**
 * The best labelling given each token's score for each label (scores[k * LABELS + label]), the
 * transition weights (transitions[from * LABELS + to]) and the start weights; labels only move
 * forward (before → in → after).
 */
export function decode(scores: ArrayLike<number>, transitions: ArrayLike<number>, start: ArrayLike<number>): Uint8Array {
  const n = scores.length / LABELS;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const back = new Uint8Array(n * LABELS);
  let before = start[BEFORE] + scores[BEFORE];
  let inside = start[IN] + scores[IN];
  let after = start[AFTER] + scores[AFTER];
  for (let k = 1; k < n; k++) {
    const at = k * LABELS;
    // before comes only from before; in from before or in; after from any
    const inFromBefore = before + transitions[BEFORE * LABELS + IN];
    const inFromIn = inside + transitions[IN * LABELS + IN];
    const afterFromBefore = before + transitions[BEFORE * LABELS + AFTER];
    const afterFromIn = inside + transitions[IN * LABELS + AFTER];
    const afterFromAfter = after + transitions[AFTER * LABELS + AFTER];
    back[at + IN] = inFromIn > inFromBefore ? IN : BEFORE;
    const bestAfter = Math.max(afterFromBefore, afterFromIn, afterFromAfter);
    back[at + AFTER] = bestAfter === afterFromBefore ? BEFORE : bestAfter === afterFromIn ? IN : AFTER;
    before = before + transitions[BEFORE * LABELS + BEFORE] + scores[at + BEFORE];
    inside = Math.max(inFromBefore, inFromIn) + scores[at + IN];
    after = bestAfter + scores[at + AFTER];
  }
  let label = after > inside && after > before ? AFTER : inside > before ? IN : BEFORE;
  for (let k = n - 1; k >= 0; k--) {
    labels[k] = label;
    label = label === BEFORE ? BEFORE : back[k * LABELS + label];
  }
  return labels;
}

/**
 * Holds the cut to start where the rules start it (scores is changed): where a content starts the
 * rules read well from the clause (`told a press conference … that …`); where it ends, and whether
 * the words after a comma still belong to it, is where they go wrong and the model does better.
 */
export function startingAt(scores: Float64Array, first: number): void {
  for (let k = 0; k < first; k++) scores[k * LABELS + IN] = scores[k * LABELS + AFTER] = Number.NEGATIVE_INFINITY;
  scores[first * LABELS + BEFORE] = scores[first * LABELS + AFTER] = Number.NEGATIVE_INFINITY;
}

/**
 * The model's labelling of a stretch held to start at `first`, unless the rules' cut (`first` to
 * `rulesEnd`) scores within the margin of it: then the rules'. `scores` is changed (startingAt).
 */
export function chooseCut(scores: Float64Array, first: number, rulesEnd: number, { transitions, start, margin }: Pick<ContentModel, 'transitions' | 'start' | 'margin'>): Uint8Array {
  startingAt(scores, first);
  const best = decode(scores, transitions, start);
  const rules = stretchLabels(scores.length / LABELS, first, rulesEnd);
  return labellingScore(scores, best, transitions, start) - labellingScore(scores, rules, transitions, start) > margin ? best : rules;
}

/** Labels for a cut [first, last) of n tokens: BEFORE, then IN, then AFTER. */
export function stretchLabels(n: number, first: number, last: number): Uint8Array {
  const labels = new Uint8Array(n);
  for (let t = 0; t < n; t++) labels[t] = t < first ? BEFORE : t < last ? IN : AFTER;
  return labels;
}

/** What the model gives a labelling: the same sum decode maximises. */
export function labellingScore(scores: ArrayLike<number>, labels: Uint8Array, transitions: ArrayLike<number>, start: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < labels.length; k++) {
    total += scores[k * LABELS + labels[k]] + (k === 0 ? start[labels[0]] : transitions[labels[k - 1] * LABELS + labels[k]]);
  }
  return total;
}

/**
 * Features as the parts of their strings (`'w+next='`, a word, `'|'`, the next word). Training
 * joins the parts into strings; a model scoring an article sums the weights of the same strings
 * without building them (FeatureWeights), since a model asked about every verb of every article
 * would otherwise spend most of its time making and hashing strings.
 */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string): void;
}

/** The distinct features a writer gives, as strings: what a model trains on. */
export function featureStrings(write: (sink: FeatureSink) => void): string[] {
  const out = new Set<string>();
  write({ add: (a, b = '', c = '', d = '') => out.add(a + b + c + d) });
  return [...out];
}

/**
 * A linear model's weights over string features, summed as features arrive: `start` a sum, `add`
 * features (each counts once, however often it is added, as in a set of features), read `sum`.
 * Each feature's string is hashed twice, part by part, and the weight found by both hashes: the
 * model's own features are checked at load to differ in them, and a feature the model lacks
 * passes for one of them about once in 2^64 lookups.
 */
export class FeatureWeights implements FeatureSink {
  private total = 0;
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly values: Float64Array;
  private readonly used: Uint8Array;
  /** the sum each slot was last counted in, so that a feature counts once */
  private readonly counted: Uint32Array;
  private sums = 0;
  private readonly mask: number;

  /** From the weights by feature, or from them packed (packWeights): the packed need no hashing at load. */
  constructor(weights: Record<string, number> | { packed: string }) {
    const { firsts, seconds, values, names } = isPacked(weights) ? unpack(weights.packed) : hashed(weights);
    let size = 1;
    while (size < values.length * 2) size <<= 1;
    this.mask = size - 1;
    this.firsts = new Int32Array(size);
    this.seconds = new Int32Array(size);
    this.values = new Float64Array(size);
    this.used = new Uint8Array(size);
    this.counted = new Uint32Array(size);
    for (let k = 0; k < values.length; k++) {
      const first = firsts[k];
      const second = seconds[k];
      let at = first & this.mask;
      for (; this.used[at]; at = (at + 1) & this.mask) {
        if (this.firsts[at] === first && this.seconds[at] === second) throw new Error(`features hash alike: ${names?.[k] ?? `the packed ${k}th`}`);
      }
      this.used[at] = 1;
      this.firsts[at] = first;
      this.seconds[at] = second;
      this.values[at] = values[k];
    }
  }

  /** Begins a sum at `from` (a model's bias, or a sum of features already read). */
  start(from: number): void {
    this.total = from;
    this.sums = this.sums === 0xffffffff ? 1 : this.sums + 1;
    if (this.sums === 1) this.counted.fill(0);
  }

  get sum(): number {
    return this.total;
  }

  add(a: string, b?: string, c?: string, d?: string): void {
    let first = firstHash(FIRST_SEED, a);
    if (b !== undefined) first = firstHash(first, b);
    if (c !== undefined) first = firstHash(first, c);
    if (d !== undefined) first = firstHash(first, d);
    // most features are not the model's: the second hash is made only for a slot the first matches
    let second: number | undefined;
    for (let at = first & this.mask; this.used[at]; at = (at + 1) & this.mask) {
      if (this.firsts[at] !== first) continue;
      if (second === undefined) {
        second = secondHash(SECOND_SEED, a);
        if (b !== undefined) second = secondHash(second, b);
        if (c !== undefined) second = secondHash(second, c);
        if (d !== undefined) second = secondHash(second, d);
      }
      if (this.seconds[at] === second) {
        if (this.counted[at] !== this.sums) this.total += this.values[at];
        this.counted[at] = this.sums;
        return;
      }
    }
  }
}

interface HashedWeights {
  firsts: Int32Array;
  seconds: Int32Array;
  values: Float64Array;
  names?: string[];
}

const isPacked = (weights: Record<string, number> | { packed: string }): weights is { packed: string } => typeof weights.packed === 'string';

function hashed(weights: Record<string, number>): HashedWeights {
  const names = Object.keys(weights);
  return {
    firsts: Int32Array.from(names, (f) => firstHash(FIRST_SEED, f)),
    seconds: Int32Array.from(names, (f) => secondHash(SECOND_SEED, f)),
    values: Float64Array.from(names, (f) => weights[f]),
    names,
  };
}

/**
 * A model's weights as FeatureWeights loads them fastest: each feature's two hashes and its weight,
 * base64 (the weights, then the first hashes, then the second), so that loading parses one string
 * and hashes nothing. What scripts/training/pack-models.ts writes beside each model.
 */
export function packWeights(weights: Record<string, number>): string {
  const { firsts, seconds, values } = hashed(weights);
  return Buffer.concat([Buffer.from(values.buffer), Buffer.from(firsts.buffer), Buffer.from(seconds.buffer)]).toString('base64');
}

/** A model as trained, its `weights` by feature replaced by the same weights packed. */
export function packedModel<M extends { weights: Record<string, number> }>({ weights, ...model }: M): Omit<M, 'weights'> & { packed: string } {
  return { ...model, packed: packWeights(weights) };
}

function unpack(packed: string): HashedWeights {
  // copied into a buffer of its own: Float64Array needs its offset aligned to 8 bytes
  const bytes = new Uint8Array(Buffer.from(packed, 'base64')).buffer;
  const n = bytes.byteLength / 16;
  return { values: new Float64Array(bytes, 0, n), firsts: new Int32Array(bytes, 8 * n, n), seconds: new Int32Array(bytes, 12 * n, n) };
}

/** FNV-1a, carried on over the next part of the string. */
function firstHash(h: number, part: string): number {
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  return h;
}
const FIRST_SEED = 0x811c9dc5 | 0;

/** A murmur-style mix, carried on over the next part of the string. */
function secondHash(h: number, part: string): number {
  for (let i = 0; i < part.length; i++) {
    h = Math.imul(h ^ part.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h;
}
const SECOND_SEED = 0x2f8a61d7;

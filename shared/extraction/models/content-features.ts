import type { Token } from '../tokens/analyse.ts';
import type { Unit } from '../tokens/units.ts';
import type { AttributionShape } from '../attributions/attributions.ts';
import type { Quote } from '../tokens/quotes.ts';

/**
 * What the content model sees of each token of a unit when it decides, for one cue, whether the
 * token is part of what the cue reports. Two kinds: the token's own words and tags, read against
 * where it lies from the cue (before, in, after), which do not depend on the reading and are
 * scored once per token; and where the token lies from this reading's cue, source, content and
 * quotes, scored per reading. Every cue of an article asks this of every token after it, so
 * features are numbers (a hash of the template and its values, see featureKey), not strings:
 * extraction stays within its time budget.
 */

/** One rule reading, as token ranges [first, last) within its unit. */
export interface Reading {
  cue: [number, number];
  content: [number, number];
  source: [number, number] | null;
  shape: AttributionShape;
  /** the cue's words, lower case, as a wordKey */
  cueKey: number;
  /** the word after the cue, lower case (`that`, a quote mark, `to`), as a wordKey */
  afterKey: number;
}

/** Before the cue (0), in it (1), after it (2). */
export const SIDES = 3;
export const sideOf = (i: number, reading: Reading): number => (i < reading.cue[0] ? 0 : i < reading.cue[1] ? 1 : 2);

/** The token's words and tags, with the side of the cue it lies on, as featureKeys written into `out`. */
export function tokenFeatures(tokens: Token[], unit: Unit, i: number, side: number, out: number[]): void {
  const t = tokens[i];
  const word = wordKey(t.lower);
  const pos = posIndex(t.pos);
  const prevWord = i > unit.first ? wordKey(tokens[i - 1].lower) : 1;
  const prevPos = i > unit.first ? posIndex(tokens[i - 1].pos) : 1;
  const nextWord = i + 1 < unit.last ? wordKey(tokens[i + 1].lower) : 2;
  const nextPos = i + 1 < unit.last ? posIndex(tokens[i + 1].pos) : 2;
  let n = 0;
  out[n++] = featureKey(31, side, word);
  out[n++] = featureKey(32, side, pos);
  out[n++] = featureKey(33, side, prevWord);
  out[n++] = featureKey(34, side, prevPos);
  out[n++] = featureKey(35, side, nextWord);
  out[n++] = featureKey(36, side, nextPos);
  out[n++] = featureKey(37, side, prevPos, pos);
  out[n++] = featureKey(38, side, pos, nextPos);
  out[n++] = featureKey(39, side, shapeOf(t.text));
}
export const TOKEN_FEATURES = 9;

/** Per unit: which quote each token is in, and running counts of the marks that part clauses. */
export interface UnitLayout {
  /** quote index per token of the unit (offset by unit.first), -1 outside quotes */
  quoteOf: Int32Array;
  /** commas and semicolons before each token (prefix counts, offset by unit.first) */
  commas: Int32Array;
  /** sentence stops and colons before each token */
  stops: Int32Array;
  /** verbs and auxiliaries before each token */
  verbs: Int32Array;
  /** words that open a clause of their own (`which`, `while`, `but`) before each token */
  openers: Int32Array;
  /** `that` opening a clause, at or before each token */
  thats: Int32Array;
}

/** `quotes`: those overlapping the unit, in order. */
export function unitLayout(tokens: Token[], unit: Unit, quotes: Quote[]): UnitLayout {
  const n = unit.last - unit.first;
  const quoteOf = new Int32Array(n);
  const commas = new Int32Array(n + 1);
  const stops = new Int32Array(n + 1);
  const verbs = new Int32Array(n + 1);
  const openers = new Int32Array(n + 1);
  const thats = new Int32Array(n + 1);
  let q = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[unit.first + k];
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    quoteOf[k] = q < quotes.length && quotes[q].start <= t.start ? q : -1;
    commas[k + 1] = commas[k] + (t.text === ',' || t.text === ';' ? 1 : 0);
    stops[k + 1] = stops[k] + (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ':' ? 1 : 0);
    verbs[k + 1] = verbs[k] + (t.pos === 'VERB' || t.pos === 'AUX' ? 1 : 0);
    openers[k + 1] = openers[k] + (CLAUSE_OPENERS.has(t.lower) ? 1 : 0);
    thats[k + 1] = thats[k] + (t.lower === 'that' && t.pos === 'SCONJ' ? 1 : 0);
  }
  return { quoteOf, commas, stops, verbs, openers, thats };
}

/** Where the token lies from the reading: distance and marks to the cue, in or out of its source, content and quote; featureKeys written into `out`. */
export function readingFeatures(tokens: Token[], unit: Unit, layout: UnitLayout, reading: Reading, i: number, out: number[]): void {
  const side = sideOf(i, reading);
  const k = i - unit.first;
  const [c0, c1] = reading.cue;
  const [r0, r1] = reading.content;
  const d = bucket(side === 0 ? c0 - i : side === 2 ? i - c1 + 1 : 0);
  const lo = side === 0 ? k : c1 - unit.first;
  const hi = side === 0 ? c0 - unit.first : k;
  const commas = Math.min(3, layout.commas[hi] - layout.commas[lo]);
  const stops = Math.min(2, layout.stops[hi] - layout.stops[lo]);
  const verbs = Math.min(2, layout.verbs[hi] - layout.verbs[lo]);
  const openers = Math.min(1, layout.openers[hi] - layout.openers[lo]);
  const pos = posIndex(tokens[i].pos);
  // after the cue: is a `that` still to come in the unit (`told reporters on Friday that …`), or past?
  const that = side !== 2 ? 0 : layout.thats[k + 1] > layout.thats[c1 - unit.first] ? 1 : layout.thats[layout.thats.length - 1] > layout.thats[k + 1] ? 2 : 3;
  const inContent = i >= r0 && i < r1 ? 0 : i === r0 - 1 ? 1 : i === r1 ? 2 : 3;
  const inSource = reading.source && i >= reading.source[0] && i < reading.source[1] ? 1 : 0;
  const q = layout.quoteOf[k];
  const quote = q < 0 ? 0 : q === layout.quoteOf[c0 - unit.first] ? 1 : 2;
  const edge = i === r0 ? 1 : i === r1 - 1 ? 2 : 0;
  const shape = SHAPES.indexOf(reading.shape);
  const marks = commas * 3 + stops;
  let n = 0;
  out[n++] = featureKey(1, side, d);
  out[n++] = featureKey(2, side, marks);
  out[n++] = featureKey(3, side, inContent);
  out[n++] = featureKey(4, side, inContent, shape);
  out[n++] = featureKey(5, side, inContent, inSource);
  out[n++] = featureKey(6, side, quote);
  out[n++] = featureKey(7, side, quote, inContent);
  out[n++] = featureKey(8, side, reading.cueKey);
  out[n++] = featureKey(9, side, reading.cueKey, inContent);
  out[n++] = featureKey(10, side, shape, d);
  out[n++] = featureKey(11, side, marks, inContent);
  out[n++] = featureKey(12, edge, shape);
  out[n++] = featureKey(13, side, shape, pos);
  out[n++] = featureKey(14, side, commas, shape);
  out[n++] = featureKey(15, side, verbs, shape);
  out[n++] = featureKey(16, side, verbs * 4 + commas, inContent);
  out[n++] = featureKey(17, side, openers, shape);
  out[n++] = featureKey(18, side, openers * 3 + verbs, pos);
  out[n++] = featureKey(19, side, reading.afterKey, shape);
  out[n++] = featureKey(20, side, that, inContent);
  out[n++] = featureKey(21, side, that, pos);
  out[n++] = featureKey(22, side, that * 4 + commas, shape);
}
export const READING_FEATURES = 22;

/**
 * A feature as a number: its template and up to three values, mixed into 30 bits (a small integer
 * to the engine, so map lookups stay fast). A hundred thousand features in a billion keys collide
 * about five times, which the model shrugs off.
 */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return h & 0x3fffffff;
}

/** A word as a number for featureKey (FNV-1a). */
export function wordKey(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SHAPES: AttributionShape[] = ['complement', 'fronted', 'object', 'participle', 'colon', 'according', 'passive', 'nominal', 'quoted', 'continued', 'coordinated'];
const POS_TAGS = new Map<string, number>();
const posIndex = (pos: string) => {
  let index = POS_TAGS.get(pos);
  if (index === undefined) POS_TAGS.set(pos, (index = wordKey(pos)));
  return index;
};

const CLAUSE_OPENERS = new Set(['which', 'who', 'whom', 'while', 'but', 'because', 'although', 'though', 'when', 'where', 'after', 'before', 'as', 'since', 'if', 'and']);

const bucket = (n: number) => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8);

/** 1 when every character is a capital letter, else 2 (the first is an ASCII capital). */
function capitalsOnly(text: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}+$/u.test(text) ? 1 : 2;
    if (c < 65 || c > 90) return 2;
  }
  return 1;
}

/** All capitals 1, capitalised 2, lower case 3, a number 4, a mark: its code, else 5. */
function shapeOf(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return capitalsOnly(text);
    if (c >= 97 && c <= 122) return 3;
    if (c >= 48 && c <= 57) return 4;
    return text.length === 1 ? 16 + c : 5;
  }
  if (/^\p{Lu}+$/u.test(text)) return 1;
  if (/^\p{Lu}/u.test(text)) return 2;
  if (/^\p{Ll}/u.test(text)) return 3;
  if (/^\p{N}/u.test(text)) return 4;
  return text.length === 1 ? 16 + c : 5;
}

import { createHash } from 'node:crypto';
import type { ClaimStatus } from '../api/schemas.ts';

/**
 * Has a claim been checked before? The rule: two claims say the same when they state the same
 * figures (every number of one is a number of the other, read as values: `1,000` is `1000`, `5%`
 * is `5 percent`) and most of their words agree once small words are set aside: at least half of
 * their content words (all but articles, pronouns, auxiliaries, prepositions, conjunctions and
 * reporting words, with plurals read as singulars) are shared, counted against the two together.
 * The speaker does not matter: a claim repeated by someone else has been checked all the same.
 *
 * Finding candidates must not read every ruled claim: each ruled claim is written under
 * BANDS keys made from a MinHash of its content words (locality-sensitive hashing, keys.ts), and
 * a new claim reads only the claims that share one of its keys. Two claims whose words overlap by
 * half share a key nine times in ten; by three quarters, always but one in a thousand.
 */
export interface Signature {
  /** content words, sorted */
  words: string[];
  /** the figures, as values, sorted */
  numbers: string[];
  /** the LSH keys: one per band */
  bands: string[];
}

export const BANDS = 8;
const ROWS = 2;
const MIN_JACCARD = 0.5;

const SMALL_WORDS = new Set(
  ('a an the this that these those it its it\'s he she they them their his her we our us you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'of in on at to for from by with about as into over under than then so and or but nor if while because ' +
    'not no also very just only even still already said says say saying told tells according added noted stated ' +
    'there here which who whom whose what when where how why all some any more most such much many')
    .split(' '),
);

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** The figures a text states, each once, as numbers (`4,000` and `4000` alike), sorted. */
export const figuresOf = (text: string): string[] => [...new Set((text.match(NUMBER) ?? []).map((n) => String(Number(n.replace(/,/g, '')))))].sort();

export function signatureOf(text: string): Signature {
  const lower = text.toLowerCase().replace(/%/g, ' percent ');
  const numbers = figuresOf(lower);
  const words = [
    ...new Set(
      (lower.replace(NUMBER, ' ').match(/\p{L}[\p{L}'’-]*/gu) ?? [])
        .map((w) => w.replace(/['’]s$/, ''))
        .filter((w) => !SMALL_WORDS.has(w) && w.length > 1)
        .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
    ),
  ].sort();
  return { words, numbers, bands: bandsOf([...words, ...numbers.map((n) => `#${n}`)]) };
}

/** Whether two claims say the same, by the rule above. */
export function saysTheSame(a: Pick<Signature, 'words' | 'numbers'>, b: Pick<Signature, 'words' | 'numbers'>): boolean {
  if (a.numbers.join() !== b.numbers.join()) return false;
  if (a.words.length === 0 || b.words.length === 0) return false;
  const other = new Set(b.words);
  const shared = a.words.filter((w) => other.has(w)).length;
  return shared / (a.words.length + b.words.length - shared) >= MIN_JACCARD;
}

/** An earlier ruled claim shown on a new one that says the same, with what it takes to act on its verdict. */
export interface SeenBefore {
  claimId: string;
  articleId: string;
  status: ClaimStatus;
  reviewer?: string;
  at: string;
}

/** A ruled claim as filed under its keys: what a later claim is compared with, without reading the claim. */
export interface RuledEntry extends SeenBefore, Pick<Signature, 'words' | 'numbers'> {}

/** Earlier verdicts shown on a new claim: the latest few are enough to act on. */
const MAX_SEEN = 5;

/** The ruled claims, other than the claim itself, among those filed under its keys that say what it says: the latest few, latest first. */
export function seenAmong(claimId: string, signature: Pick<Signature, 'words' | 'numbers'>, filed: RuledEntry[]): SeenBefore[] {
  const found = new Map<string, SeenBefore>();
  for (const other of filed) {
    if (other.claimId === claimId || found.has(other.claimId) || !saysTheSame(signature, other)) continue;
    found.set(other.claimId, { claimId: other.claimId, articleId: other.articleId, status: other.status, ...(other.reviewer ? { reviewer: other.reviewer } : {}), at: other.at });
  }
  return [...found.values()].sort((a, b) => b.at.localeCompare(a.at)).slice(0, MAX_SEEN);
}

/** MinHash in BANDS bands of ROWS rows: each band's key is the hash of its rows' minima. */
function bandsOf(items: string[]): string[] {
  if (items.length === 0) return [];
  const minima = Array.from({ length: BANDS * ROWS }, (_, seed) => {
    let min = Infinity;
    for (const item of items) min = Math.min(min, hash32(`${seed}:${item}`));
    return min;
  });
  return Array.from({ length: BANDS }, (_, band) => `${band}:${minima.slice(band * ROWS, band * ROWS + ROWS).map((m) => m.toString(36)).join('.')}`);
}

const hash32 = (s: string) => createHash('sha1').update(s).digest().readUInt32BE(0);

import type { Token } from '../tokens/analyse.ts';
import { wordCueProbability } from './cue-lexicon.ts';
import { featureStrings, type FeatureSink } from '../../feature-weights.ts';

/** Nouns and adjectives the lexicon has seen as cues at least this often are scored by the cue model. */
const CANDIDATE_MIN_PROBABILITY = 0.02;

/**
 * The words the cue model scores: every verb, since the long tail of reporting verbs
 * (`spotlights`, `outlines`) is mostly unseen in train and context must judge them, and the nouns
 * and adjectives the lexicon has seen as cues.
 */
export function isCueCandidate(t: Token): boolean {
  if (t.pos === 'VERB') return true;
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && wordCueProbability(t.lower) >= CANDIDATE_MIN_PROBABILITY;
}
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'who', 'you', 'it']);
const BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

/**
 * The context a cue model sees for one word: the word and its lexicon odds, its part of speech,
 * its neighbours, and what usually marks a report (a subject pronoun or name before, `that`, a
 * quote or a colon after, a comma before a trailing `he said`).
 */
export function cueFeatures(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number): string[] {
  return featureStrings((sink) => {
    wordFeatures(tokens[i], sink);
    contextFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast, sink);
  });
}

/** The features of the word alone, the same wherever it stands: the cue model sums them once per word. */
export function wordFeatures(t: Token, sink: FeatureSink): void {
  const bucket = lexiconBucket(t.lower);
  sink.add('w=', t.lower);
  sink.add('pos=', t.pos);
  sink.add('w+pos=', t.lower, '|', t.pos);
  sink.add('suf=', t.lower.slice(-3), '|', t.pos);
  sink.add('p=', bucket);
  sink.add('p+pos=', bucket, '|', t.pos);
}

const lexiconBucket = (lower: string) => {
  const p = wordCueProbability(lower);
  return BUCKET_NAMES[BUCKETS.findIndex((b) => p < b) + 1];
};
/** each bucket's index as written in the features, -1 (past the last bucket) first */
const BUCKET_NAMES = ['-1', ...BUCKETS.map((_, i) => String(i))];

/** The features of the word where it stands: its neighbours and the marks of a report around it. */
export function contextFeatures(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number, sink: FeatureSink): void {
  const t = tokens[i];
  const at = (k: number) => (k >= sentenceFirst && k < sentenceLast ? tokens[k] : undefined);
  const prev = at(i - 1);
  const prev2 = at(i - 2);
  const next = at(i + 1);
  const next2 = at(i + 2);
  sink.add('prev=', prev?.lower ?? '<s>');
  sink.add('prevpos=', prev?.pos ?? '<s>');
  sink.add('prev2pos=', prev2?.pos ?? '<s>', '|', prev?.pos ?? '<s>');
  sink.add('next=', next?.lower ?? '</s>');
  sink.add('nextpos=', next?.pos ?? '</s>');
  sink.add('next2=', next?.pos ?? '</s>', '|', next2?.pos ?? '</s>');
  sink.add('w+next=', t.lower, '|', next?.lower ?? '</s>');
  sink.add('w+nextpos=', t.lower, '|', next?.pos ?? '</s>');
  sink.add('w+prevpos=', t.lower, '|', prev?.pos ?? '<s>');
  if (inQuote) {
    sink.add('inquote');
    sink.add('inquote+p=', lexiconBucket(t.lower));
  }
  if (prev && SUBJECT_PRONOUNS.has(prev.lower)) sink.add('prev=subjpron');
  if (next && CLAUSE_OPENERS.has(next.lower)) sink.add('next=clause-opener');
  if (next && next.text === '.') sink.add('next=end');
  if (prev?.text === ',' || prev2?.text === ',') sink.add('comma-before');
  if (i === sentenceFirst) sink.add('first');
  // `“…,” Viguerie notes.`: a word after a closed quote and its subject is the cue whatever its tag
  let quoteBefore = false;
  for (let k = i - 1; k >= i - 4 && !quoteBefore; k--) quoteBefore = (at(k)?.text === '”' || at(k)?.text === '"') && at(k - 1)?.text === ',';
  if (quoteBefore) {
    sink.add('after-quote');
    sink.add('after-quote+pos=', t.pos);
    sink.add('after-quote+next=', next ? (next.text === '.' || next.text === ',' ? next.text : next.pos) : '</s>');
  }
}
const CLAUSE_OPENERS = new Set(['that', ':', '“', '"', 'whether', 'if']);

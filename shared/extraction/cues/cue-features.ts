import type { Token } from '../tokens/analyse.ts';
import { wordCueProbability } from './cue-lexicon.ts';

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
  return [...wordFeatures(tokens[i]), ...contextFeatures(tokens, i, inQuote, sentenceFirst, sentenceLast)];
}

/** The features of the word alone, the same wherever it stands: the cue model sums them once per word. */
export function wordFeatures(t: Token): string[] {
  const bucket = lexiconBucket(t.lower);
  return [`w=${t.lower}`, `pos=${t.pos}`, `w+pos=${t.lower}|${t.pos}`, `suf=${t.lower.slice(-3)}|${t.pos}`, `p=${bucket}`, `p+pos=${bucket}|${t.pos}`];
}

const lexiconBucket = (lower: string) => {
  const p = wordCueProbability(lower);
  return BUCKETS.findIndex((b) => p < b);
};

/** The features of the word where it stands: its neighbours and the marks of a report around it. */
export function contextFeatures(tokens: Token[], i: number, inQuote: boolean, sentenceFirst: number, sentenceLast: number): string[] {
  const t = tokens[i];
  const at = (k: number) => (k >= sentenceFirst && k < sentenceLast ? tokens[k] : undefined);
  const prev = at(i - 1);
  const prev2 = at(i - 2);
  const next = at(i + 1);
  const next2 = at(i + 2);
  const bucket = lexiconBucket(t.lower);
  const f = [
    `prev=${prev?.lower ?? '<s>'}`,
    `prevpos=${prev?.pos ?? '<s>'}`,
    `prev2pos=${prev2?.pos ?? '<s>'}|${prev?.pos ?? '<s>'}`,
    `next=${next?.lower ?? '</s>'}`,
    `nextpos=${next?.pos ?? '</s>'}`,
    `next2=${next?.pos ?? '</s>'}|${next2?.pos ?? '</s>'}`,
    `w+next=${t.lower}|${next?.lower ?? '</s>'}`,
    `w+nextpos=${t.lower}|${next?.pos ?? '</s>'}`,
    `w+prevpos=${t.lower}|${prev?.pos ?? '<s>'}`,
  ];
  if (inQuote) f.push('inquote', `inquote+p=${bucket}`);
  if (prev && SUBJECT_PRONOUNS.has(prev.lower)) f.push('prev=subjpron');
  if (next && /^(that|:|“|"|whether|if)$/.test(next.lower)) f.push('next=clause-opener');
  if (next && /^[.]$/.test(next.text)) f.push('next=end');
  if (prev?.text === ',' || prev2?.text === ',') f.push('comma-before');
  if (i === sentenceFirst) f.push('first');
  // `“…,” Viguerie notes.`: a word after a closed quote and its subject is the cue whatever its tag
  const quoteBefore = [i - 1, i - 2, i - 3, i - 4].some((k) => { const q = at(k); return q !== undefined && /^[”"]$/.test(q.text) && at(k - 1)?.text === ','; });
  if (quoteBefore) f.push('after-quote', `after-quote+pos=${t.pos}`, `after-quote+next=${next ? (next.text === '.' || next.text === ',' ? next.text : next.pos) : '</s>'}`);
  return f;
}

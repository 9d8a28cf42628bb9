import type { Analysis, Token } from './analyse.ts';
import { wordCueProbability, phraseCueProbability, LONGEST_PHRASE } from './cue-lexicon.ts';
import { insideQuote, type Quote } from './quotes.ts';
import type { Unit } from './units.ts';

export interface Cue {
  /** tokens [first, last) */
  first: number;
  last: number;
  probability: number;
  /** `according to X` and its kin put the source after a preposition, not in subject position */
  prepositional: boolean;
}

/** A word form must be a cue at least this often in train to be taken as one. */
export const WORD_CUE_THRESHOLD = 0.3;
const PHRASE_CUE_THRESHOLD = 0.5;
/** Parts of speech a single-word cue may carry: verbs, and adjectives of stance (`afraid`, `confident`). */
const CUE_POS = new Set(['VERB', 'ADJ']);
/**
 * Multi-word cues that begin with an auxiliary or adverb (`has said`, `also said`) are learned,
 * but annotators mostly mark the verb alone, so those are left to the single-word rule.
 */
const PHRASE_HEAD_SKIP = new Set(['has', 'have', 'had', 'also', 'later', 'is', 'are', 'was', 'were', 'did', 'does']);
const PREPOSITIONAL = new Set(['according to']);

/** Cues in a unit, left to right. Words inside quote marks belong to the quoted speaker, not the article. */
export function findCues(analysis: Analysis, unit: Unit, quotes: Quote[]): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  for (let i = unit.first; i < unit.last; i++) {
    if (insideQuote(quotes, tokens[i].start)) continue;
    const phrase = matchPhrase(tokens, i, unit.last);
    if (phrase) {
      cues.push(phrase);
      i = phrase.last - 1;
      continue;
    }
    const t = tokens[i];
    const probability = wordCueProbability(t.lower);
    if (probability >= WORD_CUE_THRESHOLD && CUE_POS.has(t.pos)) {
      cues.push({ first: i, last: i + 1, probability, prepositional: false });
    }
  }
  return cues;
}

function matchPhrase(tokens: Token[], i: number, last: number): Cue | null {
  if (PHRASE_HEAD_SKIP.has(tokens[i].lower)) return null;
  for (let n = Math.min(LONGEST_PHRASE, last - i); n >= 2; n--) {
    const key = tokens
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(' ');
    const probability = phraseCueProbability(key);
    if (probability >= PHRASE_CUE_THRESHOLD) {
      return { first: i, last: i + n, probability, prepositional: PREPOSITIONAL.has(key) };
    }
  }
  return null;
}

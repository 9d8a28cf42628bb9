import type { Analysis, Token } from './analyse.ts';
import { phraseCueProbability, LONGEST_PHRASE, PHRASE_STARTS } from './cue-lexicon.ts';
import { cueProbability, CUE_THRESHOLD } from './cue-model.ts';
import { insideQuote, type Quote } from './quotes.ts';
import type { Unit } from './units.ts';

export interface Cue {
  /** tokens [first, last) */
  first: number;
  last: number;
  probability: number;
  /** `according to X` and its kin put the source after a preposition, not in subject position */
  prepositional: boolean;
  /** a noun (`criticism`, `claim`) reports only what follows it, never content before a comma */
  nominal?: boolean;
}

const PHRASE_CUE_THRESHOLD = 0.5;
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
    const probability = cueProbability(tokens, i, false, unit.first, unit.last);
    if (probability >= CUE_THRESHOLD) {
      cues.push({ first: i, last: i + 1, probability, prepositional: false, nominal: tokens[i].pos === 'NOUN' && !isMistaggedVerb(tokens, i) });
    }
  }
  return cues;
}

/** `“…,” Viguerie notes.`: a `noun` between a name or pronoun and the end of the sentence is a verb wink-nlp mis-tagged. */
function isMistaggedVerb(tokens: Token[], i: number): boolean {
  return /^(PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '') && /^[.,!?]$/.test(tokens[i + 1]?.text ?? '');
}

function matchPhrase(tokens: Token[], i: number, last: number): Cue | null {
  if (PHRASE_HEAD_SKIP.has(tokens[i].lower) || !PHRASE_STARTS.has(tokens[i].lower)) return null;
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

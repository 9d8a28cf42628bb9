import type { Analysis, Token } from '../tokens/analyse.ts';
import { phraseCues, LONGEST_PHRASE } from './cue-lexicon.ts';
import { SHIPPED_CUE_MODEL, type CueModel } from './cue-model.ts';
import { insideQuote, quotesOverlapping, type Quote } from '../tokens/quotes.ts';
import type { Unit } from '../tokens/units.ts';

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
const PHRASES = phraseCues(PHRASE_CUE_THRESHOLD);
/**
 * Multi-word cues that begin with an auxiliary or adverb (`has said`, `also said`) are learned,
 * but annotators mostly mark the verb alone, so those are left to the single-word rule.
 */
const PHRASE_HEAD_SKIP = new Set(['has', 'have', 'had', 'also', 'later', 'is', 'are', 'was', 'were', 'did', 'does']);
const PREPOSITIONAL = new Set(['according to']);

/** Cues in a unit, left to right. Words inside quote marks belong to the quoted speaker, not the article. */
export function findCues(analysis: Analysis, unit: Unit, quotes: Quote[], model: CueModel = SHIPPED_CUE_MODEL): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  const quotesHere = quotesOverlapping(quotes, unit.start, unit.end);
  for (let i = unit.first; i < unit.last; i++) {
    if (quotesHere.length > 0 && insideQuote(quotesHere, tokens[i].start)) continue;
    const phrase = matchPhrase(tokens, i, unit.last);
    if (phrase) {
      cues.push(phrase);
      i = phrase.last - 1;
      continue;
    }
    const probability = model.probability(tokens, i, false, unit.first, unit.last);
    if (probability >= model.threshold) {
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
  if (!PHRASES.starts.has(tokens[i].lower) || PHRASE_HEAD_SKIP.has(tokens[i].lower)) return null;
  const keys: string[] = [tokens[i].lower];
  for (let n = 2; n <= Math.min(LONGEST_PHRASE, last - i); n++) keys.push(`${keys[n - 2]} ${tokens[i + n - 1].lower}`);
  for (let n = keys.length; n >= 2; n--) {
    const probability = PHRASES.odds.get(keys[n - 1]);
    if (probability !== undefined) return { first: i, last: i + n, probability, prepositional: PREPOSITIONAL.has(keys[n - 1]) };
  }
  return null;
}

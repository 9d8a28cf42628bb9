import type { Token } from '../tokens/analyse.ts';
import type { Phrase } from './noun-phrases.ts';
import { isQuoteMark } from '../tokens/quotes.ts';

/*
 * What the attribution stages ask of a stretch of tokens: where a clause ends, whether it has a
 * verb of its own, what may stand between a subject and its verb.
 */

/** Words between a subject and its cue that belong to neither: `has also said`, `would not say`. */
export const BETWEEN_SUBJECT_AND_CUE = new Set(['AUX', 'ADV', 'PART']);
/** `has since said`, `have both argued`: words wink-nlp does not tag as adverbs that sit there all the same. */
const ALSO_BETWEEN = new Set(['since', 'both', 'all', 'each', 'long']);
// a capitalised word is a name whatever wink-nlp tags it: `Skyward said` (an adverb to wink-nlp) is the airline speaking
export const isBetweenSubjectAndCue = (t: Token) => !/^\p{Lu}/u.test(t.text) && (BETWEEN_SUBJECT_AND_CUE.has(t.pos) || ALSO_BETWEEN.has(t.lower));
/** A verb the train lexicon marks a cue this often reports on its own (`said`, `added`, `warned`). */
export const REPORTING_VERB = 0.5;
const CLAUSE_BOUNDARY = /^[.;:!?“”"(—–-]$/;
/** A stop, a quote mark or a dash; not the hyphen inside `small-business`. */
export const isClauseBoundary = (tokens: Token[], i: number) => {
  const t = tokens[i];
  const hyphen = t.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
  return !hyphen && (CLAUSE_BOUNDARY.test(t.text) || isQuoteMark(t.text));
};

/** `In the end`, `Walking into the office to chants`: a stretch that opens like an adverbial and has no finite verb. */
export const isAdverbial = (tokens: Token[], first: number, last: number) =>
  (/^(ADP|ADV|SCONJ)$/.test(tokens[first].pos) || (tokens[first].pos === 'VERB' && /(ing|ed)$/.test(tokens[first].lower))) && !hasFiniteVerb(tokens, first, last);

/** An auxiliary or a verb not ending in `-ed`/`-ing` (those are as often participles as past tenses). */
export const hasFiniteVerb = (tokens: Token[], first: number, last: number) =>
  tokens.slice(first, last).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)));

/** Where a clause that starts at `i` ends: the next comma, semicolon or full stop. */
export function clauseEnd(tokens: Token[], i: number, limit: number): number {
  let end = i;
  while (end < limit && !/^[,;.:!?]$/.test(tokens[end].text)) end++;
  return end;
}

/** A phrase's tokens as a character range. */
export const range = (tokens: Token[], p: Phrase): [number, number] => [tokens[p.first].start, tokens[p.last - 1].end];

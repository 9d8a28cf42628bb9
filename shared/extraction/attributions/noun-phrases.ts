import type { Token } from '../tokens/analyse.ts';
import { TITLE_WORDS } from '../speakers/speaker-words.ts';

/**
 * Noun-phrase boundaries found by walking parts of speech from a cue, for the source of a claim.
 * wink-nlp has no parser, so a noun phrase is a run of nominal words, allowing `of`/`to`/`for`
 * inside (`advisers to Mr. Obama`, `Secretary of State`) and `and` between names.
 */
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
const INNER_PREPOSITIONS = new Set(['of', 'to', 'for', 'at']);
/** `Democrats on Capitol Hill`, `officials in Kabul`: places that follow a noun, never an adjective (`frank in her answer`) */
const PLACE_PREPOSITIONS = new Set(['on', 'in']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const HEADLESS_END = new Set(['DET', 'ADJ', 'ADP', 'CCONJ']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that', 'this']);

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'recently', 'previously', 'then', 'again', 'now', 'also', 'repeatedly', 'publicly',
  'privately', 'separately', 'once', 'often', 'frequently',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/** `Dec. 29`, `last week`, `July`: a phrase of nothing but time is when, never who. */
export const isTimePhrase = (tokens: Token[], p: { first: number; last: number }) =>
  tokens.slice(p.first, p.last).every((t) => TIME_WORDS.has(t.lower) || t.pos === 'NUM' || /^[,.]$/.test(t.text));

export interface Phrase {
  first: number;
  last: number;
}

/** `Tuesday`, `last week`: a noun phrase of time is an adverbial, not a source or an object. */
export const isTimeWord = (t: Token) => TIME_WORDS.has(t.lower);

// wink-nlp tags some capitalised names as verbs (`said Concord resident Whit Symms`): capitals count as nominal
const isNominal = (t: Token) =>
  NOMINAL.has(t.pos) || POSSESSIVE.has(t.lower) || t.text === '-' || t.text === '%' || (/^[A-Z][a-z]/.test(t.text) && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'CCONJ');
const isSubjectPronoun = (t: Token) => t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower);
const isName = (t: Token) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text);

/** The noun phrase that ends just before token `end`, searching no further left than `floor`. */
export function phraseEndingAt(tokens: Token[], end: number, floor: number): Phrase | null {
  let i = end - 1;
  if (i < floor) return null;
  if (tokens[i].pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[i].lower)) return { first: i, last: end };
  let first = end;
  while (i >= floor && end - i <= 14) {
    const t = tokens[i];
    if (isNominal(t) && !(t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower) && first < end)) {
      first = i;
    } else if (t.lower === 'and' && first < end && i > floor && isSubjectPronoun(tokens[i - 1]) && isName(tokens[first])) {
      // `he and Mr. Allen said`: a pronoun joined to a name ends the phrase
      first = i - 1;
      break;
    } else if (t.lower === 'and' && first < end && i > floor && isName(tokens[i - 1]) && (isName(tokens[first]) || /^(its|their)$/.test(tokens[first].lower))) {
      // `Pakistan and China`, `RT and its defenders`
      first = i;
    } else if (t.lower === 'in' && first < end && i > floor && tokens[i - 1].pos === 'NUM' && tokens[first].pos === 'NUM') {
      // `one in five`, `four in 10`
      first = i;
    } else if (INNER_PREPOSITIONS.has(t.lower) && first < end && i > floor && isNominal(tokens[i - 1]) && tokens[i - 1].pos !== 'DET') {
      first = i;
    } else if (PLACE_PREPOSITIONS.has(t.lower) && first < end && i > floor && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) {
      first = i;
    } else {
      break;
    }
    i--;
  }
  while (first < end && HEADLESS_END.has(tokens[first].pos) && tokens[first].pos !== 'DET' && tokens[first].pos !== 'ADJ') first++;
  if (first >= end || !hasHead(tokens, first, end)) return null;
  return { first, last: end };
}

/** The noun phrase that starts at token `start`, searching no further right than `ceiling`. */
export function phraseStartingAt(tokens: Token[], start: number, ceiling: number): Phrase | null {
  let i = start;
  while (i < ceiling && TIME_WORDS.has(tokens[i].lower)) i++;
  if (i !== start) return null;
  if (i < ceiling && tokens[i].pos === 'PRON' && SUBJECT_PRONOUNS.has(tokens[i].lower)) return { first: i, last: i + 1 };
  let last = start;
  while (i < ceiling && i - start < 14) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (isNominal(t) && !(t.pos === 'PRON' && last > start)) {
      last = i + 1;
    } else if (t.lower === 'and' && last > start && next && i + 1 < ceiling && isName(next) && isName(tokens[i - 1])) {
      last = i + 1;
    } else if (INNER_PREPOSITIONS.has(t.lower) && last > start && next && i + 1 < ceiling && isNominal(next)) {
      last = i + 1;
    } else {
      break;
    }
    i++;
  }
  while (last > start && HEADLESS_END.has(tokens[last - 1].pos)) last--;
  if (last <= start || !hasHead(tokens, start, last)) return null;
  return { first: start, last };
}

/** Adverbs that open a sentence before its subject (`Later Fiona Parry said`), capitalised only for being first. */
export const SENTENCE_ADVERBS = new Set(['yet', 'still', 'then', 'now', 'also', 'instead', 'however', 'meanwhile', 'later', 'earlier', 'here', 'there', 'indeed', 'thus', 'hence', 'so', 'too', 'again', 'once', 'soon', 'often', 'never', 'always', 'perhaps', 'maybe', 'rather', 'otherwise', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'besides', 'anyway', 'afterward', 'afterwards', 'first', 'last', 'next', 'finally', 'further', 'even', 'just', 'only', 'almost', 'already', 'ever', 'not', 'together', 'elsewhere', 'overall', 'today', 'tonight', 'yesterday', 'tomorrow']);

// wink-nlp tags some titles as adjectives (`The chief said`): a title word heads a phrase all the same
function hasHead(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const pos = tokens[i].pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'NUM' || TITLE_WORDS.has(tokens[i].lower)) return true;
    // a name wink-nlp takes for an adverb or adjective (`Skyward said`, `Northern said`), not an adverb opening a sentence (`Basically`, `Yet`)
    if ((pos === 'ADV' || pos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(tokens[i].text) && !tokens[i].lower.endsWith('ly') && !SENTENCE_ADVERBS.has(tokens[i].lower) && i === last - 1) return true;
  }
  return false;
}

/**
 * Widens a phrase over an appositive that follows it: `Donna Brazile, the interim chairwoman of
 * the DNC` or `Pakistan Ambassador to China, Moin ul Haque`.
 */
export function withAppositiveAfter(tokens: Token[], phrase: Phrase, ceiling: number): Phrase {
  const comma = phrase.last;
  if (comma >= ceiling || tokens[comma].text !== ',') return phrase;
  const apposition = phraseStartingAt(tokens, comma + 1, ceiling);
  if (!apposition) return phrase;
  const closes = apposition.last >= ceiling || /^[,.;:!?]$/.test(tokens[apposition.last].text) || tokens[apposition.last].pos === 'ADP';
  return closes ? { first: phrase.first, last: apposition.last } : phrase;
}

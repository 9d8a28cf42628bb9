import type { Token } from '../tokens/analyse.ts';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, HONORIFICS, TITLE_WORDS, namesBody } from './speaker-words.ts';
import { isFirstName } from './gender.ts';
import { isTimeWord, SENTENCE_ADVERBS } from '../attributions/noun-phrases.ts';
import places from './places.json' with { type: 'json' };

/**
 * What a source span says about who is speaking: a name (with a title), a pronoun, a description
 * (`the ambassador`) or a group, document or organisation named by a phrase.
 */
export type Mention =
  | { kind: 'name'; name: string; surname: string; title?: string }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'description'; head: string; text: string };

/** Lower-case words that sit inside names (`Moin ul Haque`, `Ursula von der Leyen`). */
const NAME_PARTICLES = new Set(['ul', 'al', 'el', 'bin', 'ibn', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'la', 'le', 'du', 'dos', 'bint', 'abu']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her', 'they', 'we', 'who', 'it', 'you']);
const ARTICLES = new Set(['the', 'a', 'an']);
const OPENING_CONJUNCTIONS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'if', 'although', 'though', 'since', 'until', 'once', 'whereas', 'but', 'and', 'so']);

const isCapitalised = (t: Token) => /^[A-Z][\p{L}'’.-]*$/u.test(t.text) || /^[A-Z]\.$/.test(t.text);
/** A capitalised word of a name; a title word only after an honorific or a first name (`Mr. King`, `Larry King`). */
const isNameWord = (t: Token, before?: Token) =>
  isCapitalised(t) &&
  (!TITLE_WORDS.has(t.lower) || (!!before && (HONORIFICS.has(before.lower) || (isCapitalised(before) && isFirstName(before.text))))) &&
  !HONORIFICS.has(t.lower) &&
  t.pos !== 'DET' &&
  t.pos !== 'PRON';

/** A verb contracted with the pronoun before it: `'m` as its own token, or the end of `I'm`. */
const CONTRACTED_VERB = /^['’](?:m|re|ve|ll|d|s)$/;
const CONTRACTED_ENDING = /['’](?:m|re|ve|ll|d|s)$/;

/** Reads a source span's tokens as a mention. */
export function readMention(spanned: Token[]): Mention {
  // `a White House official who spoke anonymously …`: a relative clause describes, it does not name
  const relative = spanned.findIndex((t, i) => i > 0 && /^(who|that|which)$/.test(t.lower) && spanned[i - 1].text !== ',');
  const clause = relative > 0 ? spanned.slice(0, relative) : spanned;
  // `When Clinton …`: a conjunction that opens the clause is not part of who speaks
  const opening = clause.findIndex((t) => !OPENING_CONJUNCTIONS.has(t.lower));
  const all = opening > 0 ? clause.slice(opening) : clause;
  // `Sen. Chuck Schumer (D-N.Y.)`: a parenthesis adds party and state, not name
  let depth = 0;
  const tokens = all.filter((t) => {
    if (t.text === '(') depth++;
    const keep = depth === 0;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return keep;
  });
  // a parenthesis that never closes (`… formalised" (Press release).`) would hide every word: read them all
  const kept = tokens.some((t) => /[\p{L}\p{N}]/u.test(t.text)) ? tokens : all.filter((t) => t.text !== '(' && t.text !== ')');
  const words = kept.filter((t) => !/^[,"“”]$/.test(t.text));
  if (words.length === 0) return { kind: 'description', head: '', text: textOf(all).trim() };
  if (words.length === 1 && PERSONAL_PRONOUNS.has(words[0].lower)) return { kind: 'pronoun', pronoun: words[0].lower };
  // `I'm sure that …`, `while I'm happy to …`: a pronoun contracted with its verb (one token with it
  // or two) is the subject, and what follows is the predicate, not part of who speaks
  const contracted = words[0].lower.replace(CONTRACTED_ENDING, '');
  if (PERSONAL_PRONOUNS.has(contracted) && (contracted !== words[0].lower || CONTRACTED_VERB.test(words[1]?.lower ?? ''))) return { kind: 'pronoun', pronoun: contracted };
  // `Contrary to his claim`, `my answer`: the owner of a reporting noun is who speaks
  const owner = POSSESSIVE_PRONOUNS.get(words.at(-1)!.lower);
  if (owner) return { kind: 'pronoun', pronoun: owner };
  const author = authorOf(words);
  if (author) return author;
  const segments = splitAtCommas(kept);
  let named: { name: string; surname: string; title?: string } | null = null;
  let title: string | undefined;
  for (const segment of segments) {
    const found = nameIn(segment) ?? nameBeforePreposition(segment);
    if (found && !named) named = found;
    // `…, who agreed to serve as an adviser, …`: a relative clause says what someone did, it is no title
    else if (!found && !/^(who|whom|whose|which|that)$/.test(segment[0].lower) && segment.some((t) => TITLE_WORDS.has(t.lower))) title ??= textOf(stripArticle(segment));
  }
  if (named) return { kind: 'name', ...named, title: named.title ?? title };
  const head = [...words].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ?? words[words.length - 1];
  return { kind: 'description', head: head.lower, text: textOf(kept).replace(/[,\s]+$/, '') };
}

/** `his remarks`: the possessive pronouns whose owner speaks through the words they own. */
const POSSESSIVE_PRONOUNS = new Map(Object.entries({ his: 'he', her: 'she', their: 'they', my: 'i', our: 'we' }));
/**
 * Heads of a person's own words: `her acknowledgment`, `Trump's tweet`. Not polls, reports or
 * plans, which their owner (`Gallup's poll`) commissions rather than speaks.
 */
const OWN_WORDS = new Set([
  'acknowledgment', 'acknowledgement', 'disclosure', 'remarks', 'comments', 'words', 'answer', 'response', 'testimony',
  'account', 'claim', 'claims', 'tweet', 'tweets', 'post', 'posts', 'speech', 'speeches', 'statement', 'letter', 'email',
  'emails', 'memo', 'book', 'memoir', 'op-ed', 'column', 'message',
]);

/**
 * `Donald Trump's tweet`, `her acknowledgment`: words someone wrote or said speak for their
 * author, who is the speaker; `Trump's campaign` is an organisation of its own and keeps its name.
 */
function authorOf(words: Token[]): Mention | null {
  const head = words.at(-1)!;
  if (!OWN_WORDS.has(head.lower) || head.pos !== 'NOUN') return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(words[0].lower);
  if (pronoun && words.length <= 3) return { kind: 'pronoun', pronoun };
  const mark = words.findIndex((t) => /^['’]s$/.test(t.lower));
  if (mark < 1) return null;
  const owner = nameIn(words.slice(0, mark));
  return owner ? { kind: 'name', ...owner } : null;
}

/**
 * A name in one comma-free segment: the run of capitalised words that ends it, standing alone or
 * right after a title or honorific (`Foreign Minister Wang Yi`), never after a preposition
 * (`Ambassador to China` names no one) or a conjunction (`Pakistan and China`).
 */
export function nameIn(words: Token[]): { name: string; surname: string; title?: string } | null {
  // `Later Fiona Parry said`: an adverb opening the sentence is no part of the name
  const segment = words.length > 2 && SENTENCE_ADVERBS.has(words[0].lower) && /^\p{Lu}/u.test(words[1].text) ? words.slice(1) : words;
  let end = segment.length;
  if (end > 1 && /^['’]s$/.test(segment[end - 1].lower)) end--;
  // `a rally in Florida Friday`: a day or a month is when, never who
  while (end > 0 && isTimeWord(segment[end - 1])) end--;
  // `Mr. King` and `Larry King` are names, `the king` a title
  if (end === 0 || segment[end - 1].pos !== 'PROPN' || !isNameWord(segment[end - 1], segment[end - 2])) return null;
  // wink-nlp tags a capitalised first word as a proper noun: `Officials said …` names no one
  if (end === 1 && (ANONYMOUS_HEADS.has(segment[0].lower) || DOCUMENT_HEADS.has(segment[0].lower))) return null;
  let start = end - 1;
  // `Holtz-Eakin`: a hyphen between two name words, with no space, joins one name
  const hyphen = (k: number) => segment[k].text === '-' && k > 0 && isNameWord(segment[k - 1]) && segment[k - 1].end === segment[k].start && segment[k].end === segment[k + 1].start;
  while (start > 0 && (isNameWord(segment[start - 1]) || hyphen(start - 1) || (NAME_PARTICLES.has(segment[start - 1].lower) && start > 1 && isNameWord(segment[start - 2])))) start--;
  const previous = segment[start - 1];
  const preposition = previous && ARTICLES.has(previous.lower) ? start - 2 : start - 1;
  if (previous && segment[preposition]?.pos === 'ADP' && segment.slice(0, preposition).some((t) => TITLE_WORDS.has(t.lower))) return nameAfterOffice(segment, start, end);
  if (previous && !TITLE_WORDS.has(previous.lower) && !HONORIFICS.has(previous.lower)) return null;
  const before = stripArticle(segment.slice(0, start).filter((t) => !HONORIFICS.has(t.lower)));
  return {
    name: textOf(segment.slice(start, end)),
    surname: segment[end - 1].lower,
    title: before.some((t) => TITLE_WORDS.has(t.lower)) ? textOf(before) : undefined,
  };
}

/**
 * `Pakistan Ambassador to China Moin ul Haque`, `Secretary of the Treasury Janet Yellen`: the
 * capitalised run after a title's preposition opens with the place or body the office is of; the
 * name starts after that place, or at the first word that is a first name, and the rest is the title.
 */
function nameAfterOffice(segment: Token[], start: number, end: number): { name: string; surname: string; title?: string } | null {
  let first = start;
  while (first < end - 1) {
    const two = first + 1 < end - 1 ? `${segment[first].lower} ${segment[first + 1].lower}` : '';
    if (two && PLACES.has(two)) first += 2;
    else if (PLACES.has(segment[first].lower)) first++;
    else break;
  }
  if (first === start) {
    const named = segment.slice(start, end - 1).findIndex((t) => isFirstName(t.text));
    if (named < 0) return null;
    first = start + named;
  }
  if (first === start || first >= end) return null;
  // `A spokesman for the Missouri Republican Party`: what follows the place is a body, not a person
  if (namesBody(textOf(segment.slice(first, end)))) return null;
  return {
    name: textOf(segment.slice(first, end)),
    surname: segment[end - 1].lower,
    title: textOf(stripArticle(segment.slice(0, first).filter((t) => !HONORIFICS.has(t.lower)))),
  };
}
const PLACES = new Set<string>([...places.countries, ...places.states]);

/** `Dan McLaughlin at the National Review`: a name followed by where its bearer works or lives. */
function nameBeforePreposition(segment: Token[]): { name: string; surname: string; title?: string } | null {
  const at = segment.findIndex((t, k) => k >= 2 && AFFILIATIONS.has(t.lower));
  return at > 0 ? nameIn(segment.slice(0, at)) : null;
}
const AFFILIATIONS = new Set(['at', 'of', 'from', 'with', 'in']);

function splitAtCommas(tokens: Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ',') segments.push([]);
    else segments[segments.length - 1].push(t);
  }
  return segments.filter((s) => s.length > 0);
}

const stripArticle = (tokens: Token[]) => (tokens.length > 0 && ARTICLES.has(tokens[0].lower) ? tokens.slice(1) : tokens);

/** Tokens back to text with the spacing they had. */
export function textOf(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (i > 0) out += t.start > tokens[i - 1].end ? ' ' : '';
    out += t.text;
  });
  return out;
}

import winkNLP from 'wink-nlp';
import { leanModel } from './wink-model.ts';

/**
 * Loaded once per process: this is the bulk of extraction's cold start (wink-model.ts loads the
 * model with as little of it as it can). Extraction reads tokens, parts of speech and sentences
 * only, so wink-nlp runs just those stages; its entity recogniser, negation and sentiment would
 * cost a fifth of extraction's time for nothing it uses.
 */
const nlp = winkNLP(leanModel, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** tokens [first, last) */
  first: number;
  last: number;
  /** index of the paragraph (newline-separated block) holding the sentence */
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * The first index in [0, length) at which `reached` holds, `length` if it never does, for a test
 * that, once true, stays true as the index rises (items in text order): a binary search, so that
 * finding a token, quote or unit by offset keeps a long article linear.
 */
export function firstIndexWhere(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export const firstTokenFrom = (tokens: Token[], offset: number) => firstIndexWhere(tokens.length, (i) => tokens[i].start >= offset);

/** The tokens wholly inside [start, end). */
export function tokensWithin(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, start); i < tokens.length && tokens[i].start < end; i++) if (tokens[i].end <= end) out.push(tokens[i]);
  return out;
}

/**
 * Tokens, parts of speech and sentences from wink-nlp, with character offsets into `text`.
 * wink-nlp gives each token's text rather than its offset, so offsets are found by walking the
 * text. A sentence also ends at a line break: wink-nlp runs a headline without a full stop into
 * the next paragraph, and no claim outside a quote crosses a paragraph.
 */
const POSSESSIVE = /^(.*[\p{L}\p{N}.])(['’]s)$/u;

export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const winkSentence = new Int32Array(values.length);
  doc.sentences().each((sentence, index) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    winkSentence.fill(index, first, last + 1);
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  let previousWinkSentence = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value.trim() === '') continue;
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    const lineBreak = tokens.length > 0 && hasLineBreak(text, cursor, start);
    cursor = start + value.length;
    if (lineBreak) paragraph += 1;
    if (tokens.length === 0 || lineBreak || winkSentence[i] !== previousWinkSentence) {
      sentences.push({ index: sentences.length, start, end: start, first: tokens.length, last: tokens.length, paragraph });
    }
    previousWinkSentence = winkSentence[i];
    const sentence = sentences[sentences.length - 1];
    // `Lt. Cmdr. Nadia Brooks`: a title's abbreviation keeps its full stop, as `Lt.` and `Sen.` do in wink-nlp
    const previousToken = tokens[tokens.length - 1];
    if (value === '.' && previousToken && previousToken.end === start && !lineBreak && TITLE_ABBREVIATIONS.has(previousToken.lower) && /^\s+\p{Lu}/u.test(text.slice(cursor, cursor + 3))) {
      previousToken.end = cursor;
      previousToken.text += '.';
      previousToken.lower += '.';
      if (sentence.first === tokens.length) sentences.pop();
      else sentence.end = cursor;
      continue;
    }
    // wink-nlp splits `Trump's` into `Trump` `'s`, unless an earlier document ended a sentence with
    // it (`… Donald J. Trump's.`): then its cache holds the whole word, and this article would read
    // differently in a warm Lambda than in a cold one. Split it here, whatever wink-nlp saw before.
    const possessive = value.length > 2 && value.charCodeAt(value.length - 1) === 115 && POSSESSIVE.exec(value);
    if (possessive) {
      const cut = start + possessive[1].length;
      tokens.push({ index: tokens.length, start, end: cut, text: possessive[1], lower: possessive[1].toLowerCase(), pos: tags[i], sentence: sentence.index });
      tokens.push({ index: tokens.length, start: cut, end: cursor, text: possessive[2], lower: possessive[2].toLowerCase(), pos: tags[i] === 'PROPN' || tags[i] === 'NOUN' ? 'PART' : 'AUX', sentence: sentence.index });
    } else tokens.push({ index: tokens.length, start, end: cursor, text: value, lower: value.toLowerCase(), pos: tags[i], sentence: sentence.index });
    sentence.last = tokens.length;
    sentence.end = cursor;
  }
  const merged = mergeDoubledApostrophes(tokens, sentences);
  const split = splitAfterClosedQuotes(merged, joinBrokenSentences(merged, sentences));
  retagCapitalisedVerbs(merged, split);
  return { text, tokens: merged, sentences: split };
}

/** Whether text[from, to) holds a line break: looked at in place, as every token asks it. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const capitalisedVerb = (t: Token) => t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * wink-nlp tags some names as verbs (`," Lynch said.`). Inside a sentence, after a word that does
 * not open a clause, a capitalised verb is a name; headlines, capitalised throughout, are left be.
 */
function retagCapitalisedVerbs(tokens: Token[], sentences: Sentence[]): void {
  for (const s of sentences) {
    // `Lynch: No outside influence …`: what a colon follows is a speaker, headline or not
    for (let i = s.first; i < s.last - 1; i++) if (tokens[i].pos === 'VERB' && tokens[i + 1].text === ':' && /^\p{Lu}/u.test(tokens[i].text)) tokens[i].pos = 'PROPN';
    // `Welch said on Friday …`: two verbs in a row opening a sentence are a name and its verb
    const [first, second] = [tokens[s.first], tokens[s.first + 1]];
    if (second && first.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(first.text) && !/(ing|ed)$/.test(first.lower) && (second.pos === 'VERB' || second.pos === 'AUX')) first.pos = 'PROPN';
    let any = false;
    for (let i = s.first + 1; i < s.last && !any; i++) any = capitalisedVerb(tokens[i]);
    if (!any) continue;
    const words = tokens.slice(s.first, s.last).filter((t) => /^\p{L}/u.test(t.text));
    if (words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.6 * words.length) continue;
    for (let i = s.first + 1; i < s.last; i++) {
      const t = tokens[i];
      const previous = tokens[i - 1].text;
      const closingQuote = /^(["”]|'')$/.test(previous) && /^[,.?!]$/.test(tokens[i - 2]?.text ?? '');
      if (capitalisedVerb(t) && (closingQuote || !/^(["“'‘(:;—–-]|'')$/.test(previous))) t.pos = 'PROPN';
    }
  }
}

/**
 * `Sen. Chuck Schumer (D-N.Y.) said`: wink-nlp ends a sentence at `N.` or after `(I-Vt.)`; no
 * sentence ends inside parentheses, and none is followed by one that opens in lower case.
 */
function joinBrokenSentences(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const previous = out[out.length - 1];
    const open = previous ? tokens.slice(previous.first, previous.last).reduce((n, t) => n + (t.text === '(' ? 1 : t.text === ')' ? -1 : 0), 0) : 0;
    if (previous && previous.paragraph === s.paragraph && (open > 0 || /^\p{Ll}/u.test(tokens[s.first].text) || endsInTitleAbbreviation(tokens, previous))) {
      previous.last = s.last;
      previous.end = s.end;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * `said Lt. Cmdr. Nadia Brooks`: wink-nlp knows `Lt.` but splits `Cmdr` from its full stop and ends
 * the sentence there; a rank or title abbreviation before a name ends no sentence.
 */
function endsInTitleAbbreviation(tokens: Token[], s: Sentence): boolean {
  const last = tokens[s.last - 1];
  return last.lower.endsWith('.') && TITLE_ABBREVIATIONS.has(last.lower.slice(0, -1)) && /^\p{Lu}/u.test(tokens[s.last]?.text ?? '');
}
const TITLE_ABBREVIATIONS = new Set(['lt', 'cmdr', 'cdr', 'capt', 'sgt', 'maj', 'col', 'gen', 'adm', 'cpl', 'pvt', 'pfc', 'brig', 'det', 'insp', 'supt', 'cmdt', 'gov', 'sen', 'rep', 'rev', 'prof', 'hon', 'amb', 'atty']);

const STOPS = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(["''", '"', '”']);

/**
 * wink-nlp does not end a sentence at `.''` or `."` when the next begins right away
 * (`''… my wheelhouse.'' He said, twice, …`): a sentence also ends after a full stop, question or
 * exclamation mark and the quote mark closing it, when a capitalised word follows.
 */
function splitAfterClosedQuotes(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.first;
    for (let i = s.first + 2; i < s.last; i++) {
      if (STOPS.has(tokens[i - 2].text) && CLOSING_MARKS.has(tokens[i - 1].text) && /^\p{Lu}/u.test(tokens[i].text)) {
        out.push({ ...s, first, last: i, start: tokens[first].start, end: tokens[i - 1].end });
        first = i;
      }
    }
    out.push({ ...s, first, start: tokens[first].start });
  }
  out.forEach((s, index) => {
    s.index = index;
    for (let i = s.first; i < s.last; i++) tokens[i].sentence = index;
  });
  return out;
}

/**
 * `''` opens and closes quotes in some newsrooms' copy; wink-nlp splits it into two apostrophes.
 * Joined here, it is one quote-mark token like `"`.
 */
function mergeDoubledApostrophes(tokens: Token[], sentences: Sentence[]): Token[] {
  if (!tokens.some((t, i) => t.text === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1].start === t.end)) return tokens;
  const merged: Token[] = [];
  // where each old token index now starts; a second apostrophe maps past its pair, since
  // wink-nlp sometimes ends a sentence between the two (`wheelhouse.'` `' He said`)
  const newIndex = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    newIndex[i] = merged.length;
    if (t.text === "'" && next?.text === "'" && next.start === t.end) {
      merged.push({ ...t, end: next.end, text: "''", lower: "''", index: merged.length });
      newIndex[i + 1] = merged.length;
      i++;
    } else {
      merged.push({ ...t, index: merged.length });
    }
  }
  newIndex[tokens.length] = merged.length;
  for (const s of sentences) {
    s.first = newIndex[s.first];
    s.last = newIndex[s.last];
  }
  const kept = sentences.filter((s) => s.last > s.first);
  sentences.splice(0, sentences.length, ...kept);
  for (const s of sentences) {
    s.start = merged[s.first].start;
    s.end = merged[s.last - 1].end;
    for (let i = s.first; i < s.last; i++) merged[i].sentence = s.index;
  }
  return merged;
}

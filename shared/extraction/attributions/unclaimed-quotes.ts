import { firstIndexWhere, firstTokenFrom, type Analysis, type Token } from '../tokens/analyse.ts';
import type { Attribution } from './attributions.ts';
import { range } from './clauses.ts';
import { mainClause } from './subjects.ts';
import { phraseStartingAt } from './noun-phrases.ts';
import { insideQuote, type Quote } from '../tokens/quotes.ts';
import type { Cue } from '../cues/cues.ts';
import type { Unit } from '../tokens/units.ts';

/** Shorter quotes are mostly scare quotes and titles (`the “undercard” debate`), not claims. */
const MIN_QUOTE_WORDS = 4;
/** A quote paragraph continues the last claim only if that claim is this near (in paragraphs). */
const MAX_PARAGRAPHS_BACK = 2;
const WORD = /[\p{L}\p{N}]+/gu;
/** `It was CNBC's “…”`, `there's still “…”`: no speaker. */
const EXPLETIVE = /^(it|there)$/i;
/** `''The Art of the Deal''`, `“America’s Bitter Pill”`: a title, not words anybody said. */
const isTitle = (words: string[]) => words.length <= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;

/**
 * Quotes that no cue claimed are still somebody's words: annotators attribute nearly three in four
 * of them. A quote inside a sentence belongs to the subject of that sentence's verb (`Moore thanked
 * him for “stepping up …”`); one that opens its sentence, to the speaker and cue after it (`“…?” a
 * narrator in the Clinton ad asks.`); a quote standing as its own paragraph continues the last
 * claim before it (`the website notes:` ⏎ `"Among those principles …"` ⏎ `"This statement …"`).
 */
export function readUnclaimedQuotes(analysis: Analysis, units: Unit[], quotes: Quote[], found: Attribution[], cuesOf: Map<Unit, Cue[]>): Attribution[] {
  const { tokens, text } = analysis;
  const read: Attribution[] = [];
  const claimedAt = overlapIndex(found);
  const lastBefore = lastEndingBy(found);
  for (const quote of quotes) {
    const words = text.slice(quote.start, quote.end).match(WORD) ?? [];
    if (words.length < MIN_QUOTE_WORDS || isTitle(words)) continue;
    if (claimedAt(quote.start, quote.end)) continue;
    const unit = unitAt(units, quote.start);
    if (!unit) continue;
    const quoteFirst = firstTokenFrom(tokens, quote.start);
    const clause = quoteFirst > unit.first ? mainClause(tokens, unit, quoteFirst) : null;
    const outside = (p: { first: number; last: number }) => !insideQuote(quotes, tokens[p.first].start, tokens[p.last - 1].end);
    if (clause?.subject && outside(clause.subject) && outside(clause.verb) && !EXPLETIVE.test(tokens[clause.subject.first].text)) {
      read.push({
        shape: 'quoted',
        content: [quote.start, quote.end],
        source: range(tokens, clause.subject),
        cue: range(tokens, clause.verb),
        probability: 0.5,
      });
      continue;
    }
    if (quote.start !== unit.start) continue;
    const afterQuote = firstTokenFrom(tokens, quote.end);
    const signed = signature(analysis, afterQuote);
    if (signed) {
      read.push({ shape: 'quoted', content: [quote.start, quote.end], ...signed, probability: 0.5 });
      continue;
    }
    const after = afterQuote < unit.last ? (trailingCue(tokens, cuesOf.get(unit) ?? [], afterQuote) ?? trailingReport(tokens, afterQuote, unit.last)) : null;
    if (after) {
      read.push({ shape: 'quoted', content: [quote.start, quote.end], source: after.source, cue: after.cue, probability: 0.5 });
      continue;
    }
    const last = lastBefore(quote.start);
    const lastParagraph = last && tokens[firstTokenFrom(tokens, last.content[0])]?.sentence;
    const paragraph = lastParagraph === undefined ? undefined : analysis.sentences[lastParagraph].paragraph;
    if (!last || paragraph === undefined || unit.paragraph - paragraph > MAX_PARAGRAPHS_BACK) continue;
    read.push({ ...last, shape: 'continued', content: [quote.start, quote.end] });
  }
  return read;
}

/*
 * The lookups below answer in a logarithm of the article's claims and units, or in one sweep over
 * quotes that come in order, where a search of every claim for every quote made a long article
 * quadratic.
 */

/** Whether any claim's content overlaps [start, end): claims by start, with the furthest end so far. */
function overlapIndex(found: Attribution[]): (start: number, end: number) => boolean {
  const byStart = [...found].sort((a, b) => a.content[0] - b.content[0]);
  const furthest: number[] = [];
  byStart.forEach((a, i) => (furthest[i] = Math.max(furthest[i - 1] ?? -1, a.content[1])));
  return (start, end) => {
    const starting = firstIndexWhere(byStart.length, (i) => byStart[i].content[0] >= end);
    return starting > 0 && furthest[starting - 1] > start;
  };
}

/** The unit holding an offset: units follow one another. */
function unitAt(units: Unit[], offset: number): Unit | undefined {
  const unit = units[firstIndexWhere(units.length, (i) => units[i].end > offset)];
  return unit && unit.start <= offset ? unit : undefined;
}

/**
 * The latest-found claim whose content ends by an offset, for offsets asked in rising order (the
 * quotes'): claims are taken in order of their end as the offset passes them.
 */
function lastEndingBy(found: Attribution[]): (offset: number) => Attribution | undefined {
  const byEnd = found.map((_, i) => i).sort((a, b) => found[a].content[1] - found[b].content[1]);
  let next = 0;
  let latest = -1;
  return (offset) => {
    while (next < byEnd.length && found[byEnd[next]].content[1] <= offset) latest = Math.max(latest, byEnd[next++]);
    return latest >= 0 ? found[latest] : undefined;
  };
}

/** The most words a signature's name runs to: `― Karen Bobadilla.` */
const MAX_SIGNATURE_WORDS = 5;

/**
 * `“Mr. Trump embodies the lasting legacy of racism …” ― Sonya Herridge`: a quote signed after a
 * dash with a name that ends its paragraph, as round-ups of readers' words and epigraphs sign them.
 */
export function signature({ tokens, sentences }: Analysis, i: number): { source: [number, number]; cue: [number, number] } | null {
  const dash = tokens[i];
  if (!dash || !/^(?:―|—|–|--?)$/.test(dash.text)) return null;
  const paragraph = sentences[dash.sentence].paragraph;
  let last = i + 1;
  while (last < tokens.length && last - i <= MAX_SIGNATURE_WORDS && /^\p{Lu}/u.test(tokens[last].text) && sentences[tokens[last].sentence].paragraph === paragraph) last++;
  const ends = (k: number) => k >= tokens.length || sentences[tokens[k].sentence].paragraph !== paragraph;
  const closed = ends(last) || (tokens[last].text === '.' && ends(last + 1));
  if (last === i + 1 || !closed) return null;
  return { source: range(tokens, { first: i + 1, last }), cue: [dash.start, dash.end] };
}

/** How far after a quote its cue may stand: `“…,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said`. */
const MAX_SOURCE_TOKENS = 15;

/**
 * `“…” a narrator in the Clinton ad asks.`: the first cue after the quote, with the words between
 * as its speaker when they name one and hold no verb.
 */
function trailingCue(tokens: Token[], cues: Cue[], i: number): { source: [number, number]; cue: [number, number] } | null {
  const cue = cues.find((c) => c.first >= i);
  if (!cue || cue.first - i > MAX_SOURCE_TOKENS) return null;
  let first = i;
  while (first < cue.first && tokens[first].text === ',') first++;
  let last = cue.first;
  const beforeCue = (t: Token) => t.text === ',' || /^(ADV|AUX|PART)$/.test(t.pos);
  while (last > first && beforeCue(tokens[last - 1])) last--;
  if (last <= first) return null;
  const words = tokens.slice(first, last);
  if (!words.some((t) => /^(PROPN|PRON|NOUN)$/.test(t.pos)) || words.some((t) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text))) return null;
  return { source: range(tokens, { first, last }), cue: range(tokens, cue) };
}

/** `“…” Trump barked and …`, `“…,” said the senator`: a speaker and verb right after the quote. */
function trailingReport(tokens: Token[], i: number, last: number): { source: [number, number]; cue: [number, number] } | null {
  while (i < last && tokens[i].text === ',') i++;
  const at = (k: number): [number, number] => [tokens[k].start, tokens[k].end];
  if (i < last && tokens[i].pos === 'VERB') {
    const phrase = phraseStartingAt(tokens, i + 1, last);
    return phrase ? { cue: at(i), source: range(tokens, phrase) } : null;
  }
  const phrase = phraseStartingAt(tokens, i, last);
  if (!phrase || phrase.last >= last) return null;
  let verb = phrase.last;
  while (verb < last && tokens[verb].pos === 'ADV') verb++;
  const named = tokens.slice(phrase.first, phrase.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON');
  if (verb >= last || !(tokens[verb].pos === 'VERB' || (named && tokens[verb].pos === 'NOUN'))) return null;
  return { cue: at(verb), source: range(tokens, phrase) };
}

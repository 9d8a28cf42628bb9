import { firstTokenFrom, type Token } from '../tokens/analyse.ts';
import type { Cue } from '../cues/cues.ts';
import { wordCueProbability } from '../cues/cue-lexicon.ts';
import { phraseEndingAt, phraseStartingAt, isTimeWord, type Phrase } from './noun-phrases.ts';
import { insideQuote, isClosingQuote, isOpeningQuote, isQuoteMark, type Quote } from '../tokens/quotes.ts';
import type { Unit } from '../tokens/units.ts';
import { BETWEEN_SUBJECT_AND_CUE, REPORTING_VERB, clauseEnd, isAdverbial } from './clauses.ts';

/*
 * What is said: where a cue's content starts and ends, after the cue (a `that`-clause, a quote,
 * an object) or before it (fronted content), and where the writer's next clause takes over.
 */

/** Cues whose first object is the listener, not the content: `told reporters that …`. */
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'reminded', 'warned', 'asked', 'urged', 'briefed']);
export const MIN_CONTENT_WORDS = 2;
const QUESTION_WORD = /^(how|why|what|who|whom|which|where)$/;
/** `said on a press conference during his visit to Islamabad … that …`: prepositional phrases may come first */
const MAX_WORDS_BEFORE_CLAUSE = 30;
/** `criticism of the deal`, `support for the bill`, `concerns about turnout`: what a reporting noun is about. */
export function nominalTopic(tokens: Token[], cue: Cue, limit: number): [number, number] | null {
  const preposition = tokens[cue.last];
  if (!preposition || !/^(of|for|about|over|on|against|with|that)$/.test(preposition.lower)) return null;
  const object = phraseStartingAt(tokens, cue.last + 1, limit);
  return object ? objectSpan(tokens, object, limit) : null;
}

/** A noun phrase at `i` directly followed by its finite verb: `Clinton's response was undercut`. */
export function opensClause(tokens: Token[], i: number, limit: number): boolean {
  const phrase = phraseStartingAt(tokens, i, limit);
  if (!phrase) return false;
  let verb = phrase.last;
  while (verb < limit && tokens[verb].pos === 'ADV') verb++;
  const t = tokens[verb];
  return t !== undefined && verb < limit && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)));
}

/**
 * Where fronted content ends when the cue (or its subject) follows a comma or a closing quote:
 * `CONTENT, he said` ends before the comma, `“CONTENT,” he said` after the closing quote.
 */
export function frontedContentEnd(tokens: Token[], unit: Unit, boundary: number, parenthetical = false): number | null {
  const before = tokens[boundary - 1];
  // `Survival, Mr. VandeHei says, depends on …`: a cue set off by commas may follow a single word
  if (!before || boundary - 1 - unit.first < (parenthetical ? 1 : MIN_CONTENT_WORDS)) return null;
  const quoted = isClosingQuote(before.text);
  if (!quoted && !/^[,:—–-]$/.test(before.text)) return null;
  // `In New Hampshire, Christie railed …`, `On this weekend's “Fox News Sunday,” Pence said …`: an
  // adverbial opening the sentence has no verb of its own and is no content (`In particular, Will
  // wrote, Christie can …` is the exception: the content runs on after the cue)
  if (!parenthetical && !isOpeningQuote(tokens[unit.first].text) && isAdverbial(tokens, unit.first, boundary - 1)) return null;
  return quoted ? before.end : tokens[boundary - 2].end;
}

/** What sets a reporting clause off inside the words it reports: a comma, or a dash (`A — he said — B`). */
export const SETS_OFF = /^[,—–]$/;

/**
 * Fronted content goes on after the cue when the sentence does: `“A,” she said, “B.”`,
 * `The economy, he said, is strong.` or `The plan — he said — will fail`; an adverbial tail
 * (`, in a statement`) does not count.
 */
export function continuation(tokens: Token[], unit: Unit, afterCue: number, quotes: Quote[]): number | null {
  if (!SETS_OFF.test(tokens[afterCue]?.text ?? '') || afterCue + 1 >= unit.last) return null;
  const next = tokens[afterCue + 1];
  if (isOpeningQuote(next.text)) return contentEndOf(tokens, unit, afterCue + 1, quotes);
  if (next.lower.endsWith('ing') || /^(who|whose|which)$/.test(next.lower)) return null;
  const rest = tokens.slice(afterCue + 1, unit.last);
  return rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? trimmedEnd(tokens, afterCue + 1, unit.last) : null;
}

/**
 * What a cue introduces after it: a `that`-clause, a quote, or a clause with its own verb
 * (`said on Friday he met …` starts at `he`), skipping the listener of `told`. Null when what
 * follows is no clause (`said Tuesday.`, `told reporters.`).
 */
export function complementAfter(tokens: Token[], unit: Unit, cue: Cue, quotes: Quote[], limit: number, announced: Quote | null): [number, number] | null {
  let i = cue.last;
  if (LISTENER_CUES.has(tokens[cue.first].lower)) {
    const listener = phraseStartingAt(tokens, i, limit);
    if (listener && !tokens.slice(listener.first, listener.last).some((t) => t.lower === 'that')) i = listenerEnd(tokens, listener.first, listener.last);
  }
  while (i < limit && /^[,:]$/.test(tokens[i].text)) i++;
  if (i >= limit) return announced && tokens[limit - 1].text === ':' ? [announced.start, announced.end] : null;
  if (isOpeningQuote(tokens[i].text)) return [tokens[i].start, contentEndOf(tokens, unit, i, quotes)];
  // `explained how the plan works`, `asked why he ran`: an indirect question starts at its question word
  if (QUESTION_WORD.test(tokens[i].lower) && i + 1 < limit) return span(tokens, i, limit, quotes, unit);
  // `warned against drawing conclusions`, `argued against raising taxes`: a gerund after `against` is what was urged not
  if (tokens[i].lower === 'against' && i + 1 < limit && tokens[i + 1].pos === 'VERB' && tokens[i + 1].lower.endsWith('ing')) return span(tokens, i, limit, quotes, unit);

  // `said on Friday he met …`: a leading adverbial is skipped to the subject of the clause
  const adverbialFirst = (tokens[i].pos === 'ADP' || tokens[i].pos === 'ADV' || isTimeWord(tokens[i])) && !opensWithHedgedFigure(tokens, i, limit);
  // `backed the deal`, `accused the media of …`: a noun phrase that no verb follows is the object
  const object = adverbialFirst ? null : phraseStartingAt(tokens, i, limit);
  const afterObject = object ? tokens[object.last] : undefined;
  const objectEnds = !afterObject || object!.last >= limit || /^[.;!?]$/.test(afterObject.text) || afterObject.pos === 'ADP' || afterObject.lower === 'to';
  if (object && objectEnds && !isTimeWord(tokens[object.first]) && !/^(that|he|she|they|we|i|it|you)$/.test(tokens[object.first].lower)) {
    const [start, end] = objectSpan(tokens, object, limit);
    // `hope her attacks on Clinton just might make her …`: a verb after the phrase makes it a clause's subject
    let next = firstTokenFrom(tokens, end);
    while (next >= 0 && next < limit && tokens[next].pos === 'ADV') next++;
    const clause = next >= 0 && next < limit && (tokens[next].pos === 'AUX' || (tokens[next].pos === 'VERB' && !tokens[next].lower.endsWith('ing')));
    return clause ? span(tokens, i, limit, quotes, unit) : [start, end];
  }
  for (let j = i; j < Math.min(limit, i + MAX_WORDS_BEFORE_CLAUSE); j++) {
    const t = tokens[j];
    if ((t.lower === 'that' && t.pos === 'SCONJ') || t.lower === 'if' || t.lower === 'whether') return span(tokens, j, limit, quotes, unit);
    if (isOpeningQuote(t.text) && j > i) {
      return tokens[j - 1].text === ',' ? [t.start, contentEndOf(tokens, unit, j, quotes)] : span(tokens, i, limit, quotes, unit);
    }
    // `said following a vote in 2001 that …`: a participle in an adverbial is not the clause's verb
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && (j === i || tokens[j - 1].pos === 'ADP' || tokens[j - 1].text === ',')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (j === i) return null;
      if (tokens[j - 1].lower === 'to' || !adverbialFirst) return span(tokens, i, limit, quotes, unit);
      let end = j;
      while (end > i && BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1].pos)) end--;
      const clauseSubject = phraseEndingAt(tokens, end, i);
      let start = i;
      while (start < j && isTimeWord(tokens[start])) start++;
      // `said during the debate that he …`: wink-nlp reads `debate that` as a relative clause, yet the `that` opens the content
      let subjectFirst = clauseSubject && end - i <= 20 ? clauseSubject.first : null;
      // `said Thursday the government would …`: a day or date read into the subject's phrase is the report's time, not the content's
      while (subjectFirst !== null && subjectFirst < end - 1) {
        const skip = timeOpening(tokens, subjectFirst);
        if (skip === 0) break;
        subjectFirst += skip;
      }
      const opener = subjectFirst !== null && tokens[subjectFirst - 1].lower === 'that' ? subjectFirst - 1 : subjectFirst;
      return span(tokens, opener ?? start, limit, quotes, unit);
    }
    if (/^[;.!?]$/.test(t.text)) break;
    // `said on Thursday, even as wholesale prices jumped …`: after the report's own adverbial, a
    // comma and a subordinator open the writer's aside, not what was said
    if (adverbialFirst && t.text === ',' && /^(even|as|while|though|although|because|when|since|after|before|despite|amid|with)$/.test(tokens[j + 1]?.lower ?? '')) return null;
  }
  return null;
}

/**
 * `told CNN the airline expected …`, `told reporters the plan was dead`: the listener is a name or
 * a noun; a determiner after it opens the reported clause's subject, which the noun-phrase reader
 * would take as one phrase with the listener.
 */
function listenerEnd(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    if (tokens[k].pos === 'DET' && /^(PROPN|NOUN|PRON)$/.test(tokens[k - 1].pos) && !/^['’]s$/.test(tokens[k - 1].lower)) return k;
  }
  return last;
}

/**
 * How many tokens at `i` name a time and nothing else: a day or a month (`Thursday`, `Nov. 30`,
 * `today`), or `last`/`this`/`next` before one (`last week`); 0 otherwise (`this incompatibility`).
 */
function timeOpening(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (DATE_WORD.test(t.lower)) return /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[i + 1]?.lower ?? '') ? 2 : 1;
  if (/^(last|this|next|early|late|earlier|later)$/.test(t.lower) && (DATE_WORD.test(tokens[i + 1]?.lower ?? '') || /^(week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)$/.test(tokens[i + 1]?.lower ?? ''))) return 2;
  return 0;
}
const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/;

/**
 * `said about 300 people spent the night`, `says roughly 40% of …`, `said more than 4,000 …`: a
 * hedge before a figure is part of the reported subject, not an adverbial to skip; without it the
 * claim states a precise figure the speaker never gave.
 */
function opensWithHedgedFigure(tokens: Token[], i: number, limit: number): boolean {
  let j = i;
  if (TWO_WORD_HEDGE.test(`${tokens[j].lower} ${tokens[j + 1]?.lower ?? ''}`)) j += 2;
  else if (HEDGES.has(tokens[j].lower)) j++;
  else return false;
  if (j < limit && /^[$€£¥]$/.test(tokens[j].text)) j++;
  return j < limit && (tokens[j].pos === 'NUM' || /^\d/.test(tokens[j].text));
}
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'under', 'just', 'only', 'barely']);
const TWO_WORD_HEDGE = /^(?:(?:more|less|fewer) than|up to|at least|at most|well (?:over|under)|close to|an estimated)$/;

/** The object of a cue when no clause follows: `criticized the president's plan`, not `said Tuesday`. */
export function objectAfter(tokens: Token[], cue: Cue, limit: number): [number, number] | null {
  let i = cue.last;
  while (i < limit && tokens[i].pos === 'ADP' && i - cue.last < 2) i++;
  const object = phraseStartingAt(tokens, i, limit);
  if (!object || isTimeWord(tokens[object.first])) return null;
  return objectSpan(tokens, object, limit);
}

/**
 * An object noun phrase with what completes it: prepositional phrases (`accused the media of
 * distorting her message`) and an infinitive (`urged surrogates to parrot his comments`), up to
 * the next comma, conjunction or clause.
 */
function objectSpan(tokens: Token[], object: Phrase, limit: number): [number, number] {
  let end = object.last;
  while (end < limit) {
    const t = tokens[end];
    // `repeated his position at a town hall`: a phrase of place or time is the report's, not the object's
    if (t.pos === 'ADP' && /^(at|during|amid|throughout|until)$/.test(t.lower)) break;
    if (t.pos === 'ADP' && !/^(because|after|while|before|since|although|as|if|than)$/.test(t.lower)) {
      const inner = phraseStartingAt(tokens, end + 1, limit);
      if (inner) end = inner.last;
      else if (tokens[end + 1]?.pos === 'VERB') end = clauseEnd(tokens, end + 1, limit);
      else break;
    } else if (t.lower === 'to' && tokens[end + 1]?.pos === 'VERB') {
      end = clauseEnd(tokens, end + 1, limit);
    } else if (t.lower === 'as' && phraseStartingAt(tokens, end + 1, limit)) {
      end = phraseStartingAt(tokens, end + 1, limit)!.last;
    } else if (t.lower === 'as' && /^(ADJ|ADV)$/.test(tokens[end + 1]?.pos ?? '')) {
      // `cast him as weak on immigration`
      end = clauseEnd(tokens, end + 1, limit);
    } else if (/^(and|or)$/.test(t.lower) && phraseStartingAt(tokens, end + 1, limit)) {
      // `criticized Trump and his rhetoric`
      end = phraseStartingAt(tokens, end + 1, limit)!.last;
    } else if (t.text === ',' && listEnd(tokens, end, limit) > end) {
      // `promising universal health care, free college and other costly programs`
      end = listEnd(tokens, end, limit);
    } else {
      break;
    }
  }
  return [tokens[object.first].start, tokens[end - 1].end];
}

/** `, B, C and D` after a first noun phrase: where the list ends, or `comma` if none follows. */
function listEnd(tokens: Token[], comma: number, limit: number): number {
  let i = comma;
  while (i < limit && tokens[i].text === ',') {
    let next = i + 1;
    if (/^(and|or)$/.test(tokens[next]?.lower ?? '')) next++;
    const item = phraseStartingAt(tokens, next, limit);
    if (!item) return comma;
    if (next > i + 1) return item.last;
    i = item.last;
    if (/^(and|or)$/.test(tokens[i]?.lower ?? '')) {
      const last = phraseStartingAt(tokens, i + 1, limit);
      return last ? last.last : comma;
    }
  }
  return comma;
}

export function span(tokens: Token[], start: number, limit: number, quotes: Quote[], unit: Unit): [number, number] | null {
  if (limit - start < MIN_CONTENT_WORDS) return null;
  if (isQuoteMark(tokens[start].text)) return [tokens[start].start, contentEndOf(tokens, unit, start, quotes)];
  return [tokens[start].start, trimmedEnd(tokens, start, nextMainClause(tokens, start, limit, quotes))];
}

/**
 * Where reported content gives way to the writer's next clause: a comma (or `, and`) followed by a
 * new subject and its verb: `saying that he respects her, he continued to doubt …`. Commas inside
 * quotes do not count.
 */
function nextMainClause(tokens: Token[], start: number, limit: number, quotes: Quote[]): number {
  const fronted = frontedClauseComma(tokens, start, limit, quotes);
  for (let k = start + 2; k < limit - 2; k++) {
    if (k === fronted) continue;
    // `called on him to resign and said …`: a second reporting verb of the same subject
    if (/^(and|but)$/.test(tokens[k].lower) && tokens[k + 1].pos === 'VERB' && wordCueProbability(tokens[k + 1].lower) >= REPORTING_VERB && !insideQuote(quotes, tokens[k].start)) return k;
    if (tokens[k].text === ';' && !insideQuote(quotes, tokens[k].start)) return k;
    // `… "non-entities in the Senate," but he gave …`, `… "less advanced schools," Trump said`:
    // the comma closing a quote sits inside it, and the quote mark stands for it
    const quotedComma = isClosingQuote(tokens[k].text) && tokens[k - 1].text === ',';
    if ((tokens[k].text !== ',' && !quotedComma) || insideQuote(quotes, tokens[k].start)) continue;
    // `…, while 22 percent said …`: a contrast opens a clause of its own
    const first = tokens[k + 1].pos === 'CCONJ' || /^(while|whereas)$/.test(tokens[k + 1].lower) ? k + 2 : k + 1;
    if (/^(which|who|whom|whose|that|where|when|while|as|if|because|including)$/.test(tokens[first]?.lower ?? '')) continue;
    const subject = phraseStartingAt(tokens, first, limit);
    if (!subject || subject.last - subject.first > 4 || subject.last >= limit) continue;
    let verb = subject.last;
    while (verb < limit && tokens[verb].pos === 'ADV') verb++;
    if (tokens[verb] && (tokens[verb].pos === 'AUX' || (tokens[verb].pos === 'VERB' && !tokens[verb].lower.endsWith('ing')))) return quotedComma ? k + 1 : k;
  }
  return limit;
}

/**
 * `said that during the summit in Geneva on Monday, both leaders agreed …`, `that if the plan
 * works, his government would …`: a reported clause may open with an adverbial or a subordinate
 * clause of its own, and the comma that closes it leads into the clause's own subject and verb,
 * not into the writer's next sentence. The first such comma is the content's, not its end.
 */
function frontedClauseComma(tokens: Token[], start: number, limit: number, quotes: Quote[]): number {
  const first = tokens[start]?.lower === 'that' ? start + 1 : start;
  const opener = tokens[first];
  if (!opener || !(FRONTED_OPENERS.has(opener.lower) || (opener.pos === 'ADP' && opener.lower !== 'of'))) return -1;
  for (let k = first + 1; k < limit; k++) {
    if (/^[;.!?]$/.test(tokens[k].text)) return -1;
    if (tokens[k].text === ',' && !insideQuote(quotes, tokens[k].start)) return k;
  }
  return -1;
}
const FRONTED_OPENERS = new Set(['if', 'when', 'whenever', 'although', 'though', 'because', 'after', 'before', 'while', 'once', 'unless', 'since', 'until', 'as', 'despite', 'during', 'following', 'amid', 'without', 'unlike', 'like', 'given']);

/** Content starting at a quote runs to the end of the quote; otherwise to the end of the unit less its full stop. */
function contentEndOf(tokens: Token[], unit: Unit, start: number, quotes: Quote[]): number {
  const quote = quotes.find((q) => q.start === tokens[start].start);
  if (quote) return quote.end;
  return trimmedEnd(tokens, start, unit.last);
}

export function trimmedEnd(tokens: Token[], start: number, last: number): number {
  let end = last;
  while (end > start + 1 && /^[.,;:!—–-]$/.test(tokens[end - 1].text)) end--;
  return tokens[end - 1].end;
}

import type { Token } from '../tokens/analyse.ts';
import type { Cue } from '../cues/cues.ts';
import { phraseEndingAt, phraseStartingAt, isTimePhrase, isTimeWord, type Phrase } from './noun-phrases.ts';
import { insideQuote, isOpeningQuote, type Quote } from '../tokens/quotes.ts';
import type { Unit } from '../tokens/units.ts';
import { BETWEEN_SUBJECT_AND_CUE, hasFiniteVerb, isBetweenSubjectAndCue, isClauseBoundary } from './clauses.ts';

/*
 * Who speaks: the noun phrase that is a cue's source, found before the cue (over appositives,
 * asides and relative clauses), after it (`…, said X`), or as the subject of the clause a
 * participle or a quote hangs from.
 */

/** How far back, in comma-separated segments, a subject may stretch over appositives (`Anderson, 21, a junior, said`). */
const MAX_APPOSITIVES = 4;
/**
 * The subject just before a cue. Across commas it stretches back over appositives to the name
 * they describe (`Marley Anderson, 21, a junior from Las Vegas, said`), stopping at the first
 * comma-separated stretch that is not a noun phrase: that stretch is fronted content.
 */
export function subjectBefore(tokens: Token[], unit: Unit, end: number): Phrase | null {
  if (end <= unit.first) return null;
  // `Sen. Chuck Schumer (D-N.Y.) said`: a parenthesis after the name belongs to the subject
  if (tokens[end - 1].text === ')') {
    const open = openingParenthesis(tokens, end - 1, unit.first);
    const named = open !== null ? subjectBefore(tokens, unit, open) : null;
    return named ? { first: named.first, last: end } : null;
  }
  // `John Dickey, the chief executive of Ora Media -- the company that owns … -- told me`: an aside between dashes
  if (ASIDE_DASH.test(tokens[end - 1].text)) {
    let open = end - 2;
    while (open > unit.first && tokens[open].text !== tokens[end - 1].text) open--;
    const before = open > unit.first ? subjectBefore(tokens, unit, open) : null;
    // `John Dickey, the chief executive of Ora Media --`: the description before the aside is in apposition to a name
    const named = before && tokens[before.first - 1]?.text === ',' ? (subjectBefore(tokens, unit, before.first) ?? before) : before;
    return named && tokens.slice(named.first, named.last).some((t) => t.pos === 'PROPN') ? { first: named.first, last: end } : null;
  }
  if (tokens[end - 1].text !== ',') {
    const phrase = phraseEndingAt(tokens, end, unit.first);
    return phrase && !isTimeWord(tokens[phrase.last - 1]) && !isTimePhrase(tokens, phrase) ? (relativeAntecedent(tokens, unit, phrase) ?? phrase) : null;
  }
  let segmentEnd = end - 1;
  let head: Phrase | null = null;
  for (let k = 0; k < MAX_APPOSITIVES && segmentEnd > unit.first; k++) {
    let segmentStart = segmentEnd;
    while (segmentStart > unit.first && tokens[segmentStart - 1].text !== ',' && !isClauseBoundary(tokens, segmentStart - 1)) {
      segmentStart--;
      // `Rep. Jim Jordan (R-Ohio), an oversight panel member, said`: party and state go with the name
      if (tokens[segmentStart].text === ')') segmentStart = openingParenthesis(tokens, segmentStart, unit.first) ?? segmentStart;
    }
    if (segmentStart === unit.first && tokens[segmentStart].pos === 'CCONJ' && segmentStart < segmentEnd - 1) segmentStart++;
    const phrase = phraseEndingAt(tokens, segmentEnd, segmentStart);
    const whole = phrase !== null && phrase.first === segmentStart;
    const first = tokens[segmentStart];
    // `Christie, hoping to surge in New Hampshire, called …`: participles and relative clauses describe too
    const appositive = whole || startsAppositive(first) || /^(who|whom|whose|which)$/.test(first.lower) || (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower) && k === 0);
    if (!appositive) break;
    // the opening segment need not parse as one noun phrase (`The Nobel-winning novelist Mario
    // Vargas Llosa, one of the signatories, told …`) as long as no finite verb makes it a clause
    const opening = segmentStart === unit.first || tokens[segmentStart - 1].text !== ',';
    if (whole || (opening && !hasFiniteVerb(tokens, segmentStart, segmentEnd))) head = { first: segmentStart, last: end - 1 };
    if (segmentStart === unit.first || tokens[segmentStart - 1].text !== ',') break;
    segmentEnd = segmentStart - 1;
  }
  if (!head || head.last - head.first > 40) return null;
  // a bare appositive with no name before it is no subject: `…, a source said` keeps its own NP
  return tokens.slice(head.first, head.last).some((t) => t.pos === 'PROPN' || t.pos === 'PRON') || head.first === unit.first ? head : null;
}

/** The `(` a short parenthesis closed at `close` opens with, if one does. */
function openingParenthesis(tokens: Token[], close: number, floor: number): number | null {
  let open = close - 1;
  while (open > floor && close - open < 9 && tokens[open].text !== '(') open--;
  return tokens[open]?.text === '(' ? open : null;
}

/**
 * `a White House official who spoke anonymously to discuss internal strategy said`: the noun
 * phrase before the cue ends a relative clause, and the speaker is the one the clause describes.
 */
function relativeAntecedent(tokens: Token[], unit: Unit, phrase: Phrase): Phrase | null {
  for (let w = phrase.first - 1; w > unit.first && phrase.first - w <= MAX_RELATIVE_CLAUSE; w--) {
    const t = tokens[w];
    if (/^[,;:“”"()—–]$/.test(t.text)) return null;
    if (!/^(who|that)$/.test(t.lower)) continue;
    const antecedent = phraseEndingAt(tokens, w, unit.first);
    const clauseHasVerb = tokens.slice(w + 1, phrase.first).some((v) => v.pos === 'VERB' || v.pos === 'AUX');
    return antecedent && clauseHasVerb && !isTimePhrase(tokens, antecedent) ? { first: antecedent.first, last: phrase.last } : null;
  }
  return null;
}
const MAX_RELATIVE_CLAUSE = 12;

/** The subject of the clause a participle cue hangs from: `Trump posted a video, saying …`. */
export function mainSubject(tokens: Token[], unit: Unit, before: number): Phrase | null {
  return mainClause(tokens, unit, before)?.subject ?? openingName(tokens, unit, before);
}

/**
 * `When Trump launched his campaign, his critics denounced him …`, `In response to the proposal,
 * Clinton's aide rallied supporters …`: a sentence opening with a preposition or subordinating
 * conjunction has its main clause after the comma that closes that opening, where a noun phrase
 * and its verb follow.
 */
function mainClauseStart(tokens: Token[], unit: Unit, before: number): number {
  const opening = tokens[unit.first];
  if (!/^(ADP|SCONJ)$/.test(opening.pos) || opening.lower === 'that') return unit.first;
  for (let k = unit.first + 1; k < before - 2; k++) {
    if (tokens[k].text !== ',') continue;
    const phrase = phraseStartingAt(tokens, k + 1, before);
    if (!phrase) continue;
    let verb = phrase.last;
    while (verb < before && isBetweenSubjectAndCue(tokens[verb])) verb++;
    if (verb < before && (tokens[verb].pos === 'VERB' || tokens[verb].pos === 'AUX')) return k + 1;
  }
  return unit.first;
}

/**
 * `After thanking the crowd, he touted …`, `In rejecting a similar challenge, the commission
 * recognised …`: a participle in the adverbial opening a sentence has the main clause's subject,
 * the noun phrase and verb after the comma that closes the adverbial.
 */
export function subjectAfterAdverbial(tokens: Token[], unit: Unit, cue: Cue, quotes: Quote[]): Phrase | null {
  if (hasFiniteVerb(tokens, unit.first, cue.first)) return null;
  for (let k = cue.last; k < unit.last - 2; k++) {
    if (tokens[k].text !== ',' || insideQuote(quotes, tokens[k].start)) continue;
    const phrase = phraseStartingAt(tokens, k + 1, unit.last);
    if (!phrase || isTimePhrase(tokens, phrase)) continue;
    let verb = phrase.last;
    while (verb < unit.last && tokens[verb].pos === 'ADV') verb++;
    if (tokens[verb] && (tokens[verb].pos === 'AUX' || tokens[verb].pos === 'VERB')) return phrase;
  }
  return null;
}

/**
 * `Former Gov. Mike Huckabee, for his part, is labeling …`: when the walk back from the verb
 * fails, a name or pronoun opening the sentence is its subject.
 */
function openingName(tokens: Token[], unit: Unit, before: number): Phrase | null {
  const first = tokens[unit.first].pos === 'CCONJ' ? unit.first + 1 : unit.first;
  const phrase = phraseStartingAt(tokens, first, before);
  if (!phrase || isTimePhrase(tokens, phrase)) return null;
  const words = tokens.slice(phrase.first, phrase.last);
  const named = words.some((t) => t.pos === 'PROPN') || (words.length === 1 && /^(he|she|they|we|i)$/.test(words[0].lower));
  const next = tokens[phrase.last];
  const followed = next !== undefined && (next.text === ',' || next.text === '(' || /^(AUX|VERB|ADV)$/.test(next.pos));
  return named && followed ? phrase : null;
}

/** A unit's first verb before `before` (with the verb an auxiliary leads to) and its subject. */
export function mainClause(tokens: Token[], whole: Unit, before: number): { subject: Phrase | null; verb: Phrase } | null {
  const first = mainClauseStart(tokens, whole, before);
  const unit = { ...whole, first, start: tokens[first].start };
  for (let v = unit.first + 1; v < before; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    let end = v;
    while (end > unit.first && BETWEEN_SUBJECT_AND_CUE.has(tokens[end - 1].pos)) end--;
    let last = v + 1;
    while (last < before && (tokens[last].pos === 'VERB' || tokens[last].pos === 'AUX')) last++;
    return { subject: subjectBefore(tokens, unit, end), verb: { first: v, last } };
  }
  return null;
}

/**
 * Whose the reporting noun is: a possessive before it (`Clinton's criticism`, `his support`), or
 * the subject of the clause it stands in (`Democrats voiced concerns about …`).
 */
export function holderOf(tokens: Token[], unit: Unit, cue: Cue): Phrase | null {
  let i = cue.first - 1;
  while (i >= unit.first && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'ADV')) i--;
  if (i >= unit.first && /^(his|her|their|its|our|my)$/.test(tokens[i].lower)) return { first: i, last: i + 1 };
  if (i > unit.first && /^['’]s?$/.test(tokens[i].lower)) {
    const owner = phraseEndingAt(tokens, i, unit.first);
    if (owner) return owner;
  }
  return mainSubject(tokens, unit, cue.first);
}

/**
 * A sentence that opens with a name and a comma before its cue (`Rich Heffley, a top GOP operative
 * who …, said`) names its speaker there, however long the description: the source runs from the
 * name to the comma before the cue.
 */
export function namedSubjectOpening(tokens: Token[], unit: Unit, beforeCue: number): Phrase | null {
  const first = tokens[unit.first].pos === 'CCONJ' ? unit.first + 1 : unit.first;
  const name = phraseStartingAt(tokens, first, beforeCue);
  if (!name || beforeCue - first > 40) return null;
  const closing = tokens[beforeCue - 1]?.text;
  // `Many speakers at the service — including Muslims, Christians — said`: an aside between dashes
  if (DASH.test(closing ?? '') && DASH.test(tokens[name.last]?.text ?? '') && name.last < beforeCue - 2) return { first, last: beforeCue - 1 };
  if (tokens[name.last]?.text !== ',' || !tokens.slice(name.first, name.last).some((t) => t.pos === 'PROPN')) return null;
  if (closing !== ',') return null;
  return { first, last: beforeCue - 1 };
}
const DASH = /^[—–-]$/;
const ASIDE_DASH = /^(?:—|–|--)$/;

/**
 * `Nearly nine out of 10 say`, `most said`, `those surveyed say`: the share of a poll's
 * respondents that opens a clause is its subject.
 */
export function shareOfPeople(tokens: Token[], unit: Unit, end: number): Phrase | null {
  let first = end;
  while (first > unit.first && end - first < 8 && (SHARE_WORD.test(tokens[first - 1].lower) || tokens[first - 1].pos === 'NUM')) first--;
  if (first === end) return null;
  const opensClause = first === unit.first || /^[,;:—–-]$/.test(tokens[first - 1].text) || tokens[first - 1].pos === 'CCONJ';
  const words = tokens.slice(first, end);
  const quantity = words.some((t) => t.pos === 'NUM' || /^(most|many|half|third|quarter|majority|plurality|minority|few|some|those|all|both)$/.test(t.lower));
  return opensClause && quantity ? { first, last: end } : null;
}
const SHARE_WORD = /^(nearly|almost|about|roughly|around|more|less|fewer|than|over|under|just|only|a|an|the|out|of|in|most|many|half|third|thirds|quarter|quarters|fifth|majority|plurality|minority|few|some|those|all|both|percent|%|surveyed|polled|questioned|interviewed|asked)$/;

/**
 * A subject too long for the noun-phrase walk (`Large majorities of voters in six states going to
 * the polls on Super Tuesday said …`): the noun phrase opening the sentence, when no finite verb
 * stands between it and the cue.
 */
export function leadingSubject(tokens: Token[], unit: Unit, cueFirst: number): Phrase | null {
  const phrase = phraseStartingAt(tokens, unit.first, cueFirst);
  if (!phrase || cueFirst - unit.first > 25) return null;
  for (let i = phrase.last; i < cueFirst; i++) {
    const t = tokens[i];
    if (t.pos === 'AUX' || /^[,;:“”"]$/.test(t.text) || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower))) return null;
  }
  return phrase;
}

/**
 * The inverted source after a cue: `…, said Donna Brazile, the chairwoman of the DNC.` What
 * follows the name after a comma describes the speaker (`said Sara Walker, 44, a home-care aide
 * from Nashua who attended the rally.`, `said Patrick Murray, who …`), so the source runs on to
 * the end of the sentence unless a quote resumes.
 */
export function sourceAfter(tokens: Token[], unit: Unit, start: number): Phrase | null {
  const phrase = phraseStartingAt(tokens, start, unit.last);
  if (!phrase || isTimePhrase(tokens, phrase) || (phrase.last - phrase.first === 1 && /^(that|this|which|it)$/.test(tokens[phrase.first].lower))) return null;
  const describing = tokens[phrase.last + 1] && (startsAppositive(tokens[phrase.last + 1]) || /^(who|whose)$/.test(tokens[phrase.last + 1].lower));
  if (tokens[phrase.last]?.text !== ',' || !describing) return phrase;
  let end = phrase.last + 1;
  while (end < unit.last && !isOpeningQuote(tokens[end].text)) end++;
  while (end > phrase.last && /^[.,;:!?—–-]$/.test(tokens[end - 1].text)) end--;
  return { first: phrase.first, last: end };
}

const startsAppositive = (t: Token | undefined) => t !== undefined && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos) && !isTimeWord(t);

/**
 * A relative pronoun names its speaker through what it follows: `Barkley, who said …` is
 * Barkley's claim, so the source spans `Barkley, who`.
 */
export function withAntecedent(tokens: Token[], unit: Unit, source: Phrase): Phrase {
  if (source.last - source.first !== 1 || !/^(who|which)$/.test(tokens[source.first].lower)) return source;
  let end = source.first;
  while (end > unit.first && tokens[end - 1].text === ',') end--;
  const antecedent = phraseEndingAt(tokens, end, unit.first);
  if (!antecedent) return source;
  // `John Bentel, a tech staffer at the State Department who told …`: the description is in apposition to a name
  const comma = antecedent.first - 1;
  const named = comma > unit.first && tokens[comma].text === ',' && tokens[antecedent.first].pos === 'DET' ? phraseEndingAt(tokens, comma, unit.first) : null;
  const apposed = named && tokens.slice(named.first, named.last).every((t) => t.pos === 'PROPN') ? named : null;
  return { first: (apposed ?? antecedent).first, last: source.last };
}

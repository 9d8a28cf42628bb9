import type { Analysis, Token } from './analyse.ts';
import type { Cue } from './cues.ts';
import { phraseEndingAt, phraseStartingAt, withAppositiveAfter, withNameBefore, type Phrase } from './noun-phrases.ts';
import { isQuoteMark, type Quote } from './quotes.ts';
import type { Unit } from './units.ts';

/** An attribution found in a unit, as character ranges, before its speaker is resolved. */
export interface Attribution {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number];
  probability: number;
}

/** Words between a subject and its cue that belong to neither: `has also said`, `would not say`. */
const BETWEEN_SUBJECT_AND_CUE = new Set(['AUX', 'ADV', 'PART']);
/** Cues whose first object is the listener, not the content: `told reporters that …`. */
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'informed', 'assured', 'reminded', 'warned', 'asked', 'urged', 'briefed']);
const MIN_CONTENT_WORDS = 2;
/** `said on a press conference during his visit to Islamabad … that …`: prepositional phrases may come first */
const MAX_WORDS_BEFORE_THAT = 30;
const OPENING_QUOTES = /^[“"„«]$/;
const CLOSING_QUOTES = /^[”"»]$/;

/**
 * Reads one cue's source and content from the words around it, trying the shapes news uses:
 *   `according to SOURCE, CONTENT` / `CONTENT, according to SOURCE`
 *   `CONTENT, SOURCE said` / `CONTENT, said SOURCE`   (fronted content; `“A,” she said, “B.”` too)
 *   `SOURCE said (that) CONTENT` / `SOURCE told LISTENER (that) CONTENT` / `SOURCE said: “CONTENT”`
 */
export function readAttribution(analysis: Analysis, unit: Unit, cue: Cue, quotes: Quote[]): Attribution | null {
  const { tokens } = analysis;
  if (cue.prepositional) return readPrepositional(tokens, unit, cue);

  let beforeCue = cue.first;
  while (beforeCue > unit.first && BETWEEN_SUBJECT_AND_CUE.has(tokens[beforeCue - 1].pos) && cue.first - beforeCue < 3) beforeCue--;
  const subject = subjectBefore(tokens, unit, beforeCue);
  const boundary = subject ? subject.first : beforeCue;
  // `…, calling for de-escalation`: a participle after a comma continues its clause, it does not end fronted content
  const participle = !subject && tokens[cue.first].lower.endsWith('ing');
  const fronted = participle ? null : frontedContentEnd(tokens, unit, boundary);

  if (fronted !== null) {
    const source = subject ?? sourceAfter(tokens, unit, cue.last);
    let contentEnd = fronted;
    const afterSource = source && source.first >= cue.last ? source.last : cue.last;
    if (tokens[afterSource]?.text === ',' && OPENING_QUOTES.test(tokens[afterSource + 1]?.text ?? '')) {
      contentEnd = contentEndOf(tokens, unit, afterSource + 1, quotes);
    }
    return {
      content: [tokens[unit.first].start, contentEnd],
      source: source ? range(tokens, source) : null,
      cue: [tokens[cue.first].start, tokens[cue.last - 1].end],
      probability: cue.probability,
    };
  }

  if (!subject) return null;
  const contentStart = complementStart(tokens, unit, cue);
  if (contentStart === null || unit.last - contentStart < MIN_CONTENT_WORDS) return null;
  return {
    content: [tokens[contentStart].start, contentEndOf(tokens, unit, contentStart, quotes)],
    source: range(tokens, subject),
    cue: [tokens[cue.first].start, tokens[cue.last - 1].end],
    probability: cue.probability,
  };
}

function readPrepositional(tokens: Token[], unit: Unit, cue: Cue): Attribution | null {
  const phrase = phraseStartingAt(tokens, cue.last, unit.last);
  if (!phrase) return null;
  const source = withAppositiveAfter(tokens, phrase, unit.last);
  const cueRange: [number, number] = [tokens[cue.first].start, tokens[cue.last - 1].end];
  if (cue.first === unit.first || (cue.first === unit.first + 1 && tokens[unit.first].pos === 'CCONJ')) {
    let start = source.last;
    while (start < unit.last && tokens[start].text === ',') start++;
    if (unit.last - start < MIN_CONTENT_WORDS) return null;
    return { content: [tokens[start].start, trimmedEnd(tokens, start, unit.last)], source: range(tokens, source), cue: cueRange, probability: cue.probability };
  }
  let end = cue.first;
  while (end > unit.first && /^[,;:(—–-]$/.test(tokens[end - 1].text)) end--;
  if (end - unit.first < MIN_CONTENT_WORDS) return null;
  return { content: [tokens[unit.first].start, tokens[end - 1].end], source: range(tokens, source), cue: cueRange, probability: cue.probability };
}

/** The subject just before a cue, with a name before an appositive subject. */
function subjectBefore(tokens: Token[], unit: Unit, end: number): Phrase | null {
  if (end <= unit.first) return null;
  if (tokens[end - 1].text === ',') {
    const apposition = phraseEndingAt(tokens, end - 1, unit.first);
    if (!apposition) return null;
    const widened = withNameBefore(tokens, apposition, unit.first);
    return widened.first < apposition.first ? { first: widened.first, last: end - 1 } : null;
  }
  const phrase = phraseEndingAt(tokens, end, unit.first);
  return phrase ? withNameBefore(tokens, phrase, unit.first) : null;
}

/** The inverted source after a cue: `…, said Donna Brazile, the chairwoman of the DNC.` */
function sourceAfter(tokens: Token[], unit: Unit, start: number): Phrase | null {
  const phrase = phraseStartingAt(tokens, start, unit.last);
  return phrase ? withAppositiveAfter(tokens, phrase, unit.last) : null;
}

/**
 * Where fronted content ends when the cue (or its subject) follows a comma or a closing quote:
 * `CONTENT, he said` ends before the comma, `“CONTENT,” he said` after the closing quote.
 */
function frontedContentEnd(tokens: Token[], unit: Unit, boundary: number): number | null {
  const before = tokens[boundary - 1];
  if (!before || boundary - 1 <= unit.first) return null;
  if (CLOSING_QUOTES.test(before.text) && boundary - 1 - unit.first >= MIN_CONTENT_WORDS) return before.end;
  if (/^[,:—–-]$/.test(before.text) && boundary - 1 - unit.first >= MIN_CONTENT_WORDS) return tokens[boundary - 2].end;
  return null;
}

/** Where the content after a cue starts: after a listener, at `that`, or at the first word. */
function complementStart(tokens: Token[], unit: Unit, cue: Cue): number | null {
  let i = cue.last;
  if (LISTENER_CUES.has(tokens[cue.first].lower)) {
    const listener = phraseStartingAt(tokens, i, unit.last);
    if (listener) i = listener.last;
  }
  while (i < unit.last && /^[,:]$/.test(tokens[i].text)) i++;
  for (let j = i; j < Math.min(unit.last, i + MAX_WORDS_BEFORE_THAT); j++) {
    const t = tokens[j];
    if (t.lower === 'that' && t.pos === 'SCONJ') return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:“"]$/.test(t.text)) break;
  }
  return i < unit.last ? i : null;
}

/** Content after a cue runs to the end of its quote, or of the unit less its final full stop. */
function contentEndOf(tokens: Token[], unit: Unit, start: number, quotes: Quote[]): number {
  const first = tokens[start];
  if (isQuoteMark(first.text)) {
    const quote = quotes.find((q) => q.start === first.start);
    if (quote) return quote.end;
  }
  return trimmedEnd(tokens, start, unit.last);
}

function trimmedEnd(tokens: Token[], start: number, last: number): number {
  let end = last;
  while (end > start + 1 && /^[.,;:!]$/.test(tokens[end - 1].text)) end--;
  return tokens[end - 1].end;
}

const range = (tokens: Token[], p: Phrase): [number, number] => [tokens[p.first].start, tokens[p.last - 1].end];

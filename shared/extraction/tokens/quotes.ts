import { firstIndexWhere, type Analysis } from './analyse.ts';

/** A quoted stretch: [start, end) covers the quote marks themselves. */
export interface Quote {
  start: number;
  end: number;
}

const OPENING = new Set(['“', '„', '«']);
const MARK = /[“„«”»"]|''/g;
const CLOSING = new Set(['”', '»']);

/**
 * Finds double-quoted stretches, paragraph by paragraph. Curly marks say which way they face;
 * straight marks (and doubled apostrophes) alternate. A quote still open at the end of a paragraph runs to the paragraph's
 * end: news style opens each paragraph of a long quote again but closes only the last one.
 */
export function findQuotes(analysis: Analysis): Quote[] {
  const { text, sentences } = analysis;
  const quotes: Quote[] = [];
  const paragraphEnds = new Map<number, number>();
  for (const s of sentences) paragraphEnds.set(s.paragraph, s.end);
  const paragraphStarts = new Map<number, number>();
  for (const s of [...sentences].reverse()) paragraphStarts.set(s.paragraph, s.start);

  for (const [paragraph, start] of paragraphStarts) {
    const end = paragraphEnds.get(paragraph)!;
    let open = -1;
    // only quote marks matter: they are found by a search, not by reading every character
    MARK.lastIndex = start;
    for (let m = MARK.exec(text); m !== null && m.index < end; m = MARK.exec(text)) {
      const i = m.index;
      // two apostrophes are a straight double quote (the New York Times writes ''so'')
      const ch = m[0] === "''" ? '"' : m[0];
      const opens = OPENING.has(ch) || (ch === '"' && open < 0);
      const closes = CLOSING.has(ch) || (ch === '"' && open >= 0);
      if (closes && open >= 0) {
        quotes.push({ start: open, end: i + m[0].length });
        open = -1;
      } else if (opens && open < 0) {
        open = i;
      }
    }
    if (open >= 0 && end - open > 1) quotes.push({ start: open, end });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export function insideQuote(quotes: Quote[], start: number, end = start + 1): boolean {
  // the last quote that starts before `start`: only it can hold it, quotes never nesting
  const q = quotes[firstIndexWhere(quotes.length, (i) => quotes[i].start >= start) - 1];
  return q !== undefined && end < q.end;
}

/**
 * The quotes that overlap [start, end). Quotes follow one another without nesting (findQuotes),
 * so both their starts and their ends rise: a binary search finds them, and a long article stays
 * linear.
 */
export function quotesOverlapping(quotes: Quote[], start: number, end: number): Quote[] {
  const first = firstIndexWhere(quotes.length, (i) => quotes[i].end > start);
  let last = first;
  while (last < quotes.length && quotes[last].start < end) last++;
  return quotes.slice(first, last);
}

export const isQuoteMark = (s: string) => /^(["“”„«»]|'')$/.test(s);
export const isOpeningQuote = (s: string) => /^(["“„«]|'')$/.test(s);
export const isClosingQuote = (s: string) => /^(["”»]|'')$/.test(s);

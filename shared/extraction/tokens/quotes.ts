import { firstIndexWhere, type Analysis } from './analyse.ts';

/** A quoted stretch: [start, end) covers the quote marks themselves. */
export interface Quote {
  start: number;
  end: number;
}

const OPENING = new Set(['“', '„', '«']);
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
    for (let i = start; i < end; i++) {
      // two apostrophes are a straight double quote (the New York Times writes ''so'')
      const doubled = text[i] === "'" && text[i + 1] === "'";
      const ch = doubled ? '"' : text[i];
      const opens = OPENING.has(ch) || (ch === '"' && open < 0);
      const closes = CLOSING.has(ch) || (ch === '"' && open >= 0);
      if (closes && open >= 0) {
        quotes.push({ start: open, end: i + (doubled ? 2 : 1) });
        open = -1;
      } else if (opens && open < 0) {
        open = i;
      }
      if (doubled) i++;
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

import { firstIndexWhere, type Analysis } from './analyse.ts';
import { quotesInParagraph, type Quote } from './quote-marks.ts';

export type { Quote };

/**
 * Finds double-quoted stretches, paragraph by paragraph (quote-marks.ts). A quote still open at
 * the end of a paragraph runs to the paragraph's end: news style opens each paragraph of a long
 * quote again but closes only the last one.
 */
export function findQuotes(analysis: Analysis): Quote[] {
  const { text, sentences } = analysis;
  const paragraphEnds = new Map<number, number>();
  for (const s of sentences) paragraphEnds.set(s.paragraph, s.end);
  const paragraphStarts = new Map<number, number>();
  for (const s of [...sentences].reverse()) paragraphStarts.set(s.paragraph, s.start);
  const quotes: Quote[] = [];
  for (const [paragraph, start] of paragraphStarts) quotes.push(...quotesInParagraph(text, start, paragraphEnds.get(paragraph)!));
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

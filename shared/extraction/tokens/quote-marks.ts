/**
 * Quote marks read from text alone, with no language model: what findQuotes (quotes.ts) reads per
 * paragraph, and what a reviewer's re-cut of a claim's words is split by (review/corrections.ts),
 * where the API has no wink-nlp to find paragraphs with.
 */

/** A quoted stretch: [start, end) covers the quote marks themselves. */
export interface Quote {
  start: number;
  end: number;
}

const OPENING = new Set(['“', '„', '«']);
const MARK = /[“„«”»"]|''/g;
const CLOSING = new Set(['”', '»']);

/**
 * The quotes of the paragraph text[start, end). Curly marks say which way they face (`“…”`,
 * `„…“`, `«…»`); straight marks (and doubled apostrophes) alternate. A quote still open at the
 * paragraph's end runs to it.
 */
export function quotesInParagraph(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  // only quote marks matter: they are found by a search, not by reading every character
  MARK.lastIndex = start;
  for (let m = MARK.exec(text); m !== null && m.index < end; m = MARK.exec(text)) {
    const i = m.index;
    // two apostrophes are a straight double quote (the New York Times writes ''so'')
    const ch = m[0] === "''" ? '"' : m[0];
    const opens = OPENING.has(ch) || (ch === '"' && open < 0);
    // `„So“`: a low opening mark is closed by the high one that opens a quote in English
    const closes = CLOSING.has(ch) || (ch === '"' && open >= 0) || (ch === '“' && open >= 0 && text[open] === '„');
    if (closes && open >= 0) {
      quotes.push({ start: open, end: i + m[0].length });
      open = -1;
    } else if (opens && open < 0) {
      open = i;
    }
  }
  if (open >= 0 && end - open > 1) quotes.push({ start: open, end });
  return quotes;
}

/** The quotes of the paragraphs (lines of text) that [start, end) touches. */
export function quotesAround(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let from = text.lastIndexOf('\n', start - 1) + 1;
  while (from < end) {
    const lineEnd = text.indexOf('\n', from);
    const to = lineEnd < 0 ? text.length : lineEnd;
    quotes.push(...quotesInParagraph(text, from, to));
    from = to + 1;
  }
  return quotes;
}

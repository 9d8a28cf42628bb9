import type { Quote } from '../tokens/quote-marks.ts';
import type { Span } from '../tokens/span.ts';

/** What a claim says: the stretch of text it spans and, when its reporting clause interrupts it, the pieces either side. */
export type ClaimContent = Span & { pieces?: Span[] };

/** Between the pieces of a split claim, where the reporting clause was. */
export const PIECE_JOINER = ' … ';

/** The words a speaker said: the pieces without the reporting clause between them, or the whole content. */
export const wordsSaid = (content: ClaimContent): string => (content.pieces ? content.pieces.map((p) => p.text).join(PIECE_JOINER) : content.text);

type Range = readonly [number, number];

/**
 * `“A,” Marsh told reporters at the Treasury. “B.”` and `The plan, she said, will fail` are each
 * one claim in two pieces: the reporting clause between them is the reporter's, not the speaker's.
 * When the cue sits inside the content, the pieces end at the quote closing before the source and
 * cue and start at the quote opening after them; words not quoted before the clause are cut at
 * the commas or dashes that set it off. Null when the content is not interrupted, or the clause has no such edges.
 */
export function piecesAroundCue(text: string, quotes: Quote[], content: Range, cue: Range, source: Range | null): Array<[number, number]> | null {
  const [start, end] = content;
  if (cue[0] < start || cue[1] > end) return null;
  const inside = source !== null && source[0] >= start && source[1] <= end;
  const clauseStart = inside ? Math.min(source[0], cue[0]) : cue[0];
  const clauseEnd = inside ? Math.max(source[1], cue[1]) : cue[1];
  const closing = quotes.filter((q) => q.end > start && q.end <= clauseStart && /^[\s,]*$/.test(text.slice(q.end, clauseStart))).at(-1);
  // a quote resumes a quote; words set off by commas resume at the comma (`A, he said, B "C"`), not at a quote inside them
  const opening = closing ? quotes.find((q) => q.start >= clauseEnd && q.start < end) : undefined;
  const firstEnd = closing ? closing.end : edgeBefore(text, start, clauseStart);
  const secondStart = closing ? (opening?.start ?? null) : edgeAfter(text, clauseEnd, end);
  if (firstEnd === null || secondStart === null || firstEnd <= start || secondStart >= end) return null;
  return [[start, firstEnd], [secondStart, end]];
}

/** The end of the words before `at` when a comma or a dash (and spaces) are all that separate them. */
function edgeBefore(text: string, from: number, at: number): number | null {
  const m = /\s*[,—–]\s*$/.exec(text.slice(from, at));
  return m ? from + m.index : null;
}

/** The start of the words after the comma or dash that closes the clause ending at `at`, within the same sentence. */
function edgeAfter(text: string, at: number, to: number): number | null {
  const m = /^[^.!?;:"“”]*?[,—–]\s*/.exec(text.slice(at, to));
  return m ? at + m[0].length : null;
}

import type { Analysis } from './analyse.ts';
import type { Quote } from './quotes.ts';

/** A stretch of sentences read as one: a sentence, or several joined by a quote that spans them. */
export interface Unit {
  start: number;
  end: number;
  /** tokens [first, last) */
  first: number;
  last: number;
  paragraph: number;
}

/**
 * Joins sentences that one quote runs across, so that `“A. B. C,” she said.` is one unit whose
 * cue sits at its end, and a sentence that starts in lower case to the one before it (`“Why?”
 * she asked.`). Units never cross a paragraph break.
 */
export function groupUnits(analysis: Analysis, quotes: Quote[], bodyStart = 0): Unit[] {
  const units: Unit[] = [];
  for (const s of analysis.sentences) {
    if (s.end <= bodyStart) continue;
    let first = s.first;
    while (first < s.last && analysis.tokens[first].start < bodyStart) first++;
    if (first === s.last) continue;
    const start = analysis.tokens[first].start;
    const previous = units[units.length - 1];
    // a quote spans the two, or the sentence splitter broke after `?”` / `!”` before `said X`
    const joined =
      previous &&
      previous.paragraph === s.paragraph &&
      (quotes.some((q) => q.start < previous.end && q.end > start) ||
        (/[?!](["”»]|'')$/.test(analysis.text.slice(previous.start, previous.end)) && /^\p{Ll}/u.test(analysis.tokens[first].text)));
    if (joined) {
      previous.end = s.end;
      previous.last = s.last;
    } else {
      units.push({ start, end: s.end, first, last: s.last, paragraph: s.paragraph });
    }
  }
  return units;
}

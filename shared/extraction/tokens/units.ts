import type { Analysis } from './analyse.ts';
import { quotesOverlapping, type Quote } from './quotes.ts';

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
 * cue sits at its end, a sentence that starts in lower case to the one before it (`“Why?”
 * she asked.`), and a bare `Trump said.` to the quote it follows (`“… missing.” Trump said.`).
 * Units never cross a paragraph break.
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
      (quotesOverlapping(quotes, start, previous.end).length > 0 ||
        (/[?!](["”»]|'')$/.test(analysis.text.slice(previous.start, previous.end)) && /^\p{Ll}/u.test(analysis.tokens[first].text)) ||
        (/(["”»]|'')$/.test(analysis.text.slice(previous.start, previous.end)) && isBareReport(analysis, first, s.last)));
    if (joined) {
      previous.end = s.end;
      previous.last = s.last;
    } else {
      units.push({ start, end: s.end, first, last: s.last, paragraph: s.paragraph });
    }
  }
  return units;
}

/** `Trump said.`, `said the senator.`: a few words around a verb and nothing else. */
function isBareReport({ tokens }: Analysis, first: number, last: number): boolean {
  const n = last - first;
  if (n < 3 || n > 7 || tokens[last - 1].text !== '.') return false;
  // `Bozell answers.`: wink-nlp tags some verbs after a name as nouns
  const misTagged = tokens[last - 2].pos === 'NOUN' && /^(PROPN|PRON)$/.test(tokens[last - 3].pos);
  return tokens[first].pos === 'VERB' || tokens[last - 2].pos === 'VERB' || misTagged;
}

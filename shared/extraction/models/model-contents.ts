import { firstTokenFrom, type Token } from '../tokens/analyse.ts';
import type { Unit } from '../tokens/units.ts';
import { quotesOverlapping, type Quote } from '../tokens/quotes.ts';
import type { Attribution } from '../attributions/attributions.ts';
import { trimmedEnd } from '../attributions/contents.ts';
import { unitLayout, wordKey, type Reading, type UnitLayout } from './content-features.ts';
import type { ContentReader } from './content-model.ts';

/** What the content model's training records of each reading it would be asked about. */
export type ReadingObserver = (tokens: Token[], unit: Unit, layout: UnitLayout, reading: Reading, attribution: Attribution) => void;

/**
 * The unit's attributions with their contents ended where the content model ends them (they start
 * where the rules start them). A reading whose content the rules ran past the unit (a quote
 * announced by a colon, the next paragraphs) keeps the rules' cut.
 */
export function cutContents(
  tokens: Token[],
  unit: Unit,
  attributions: Attribution[],
  quotes: Quote[],
  reader: ContentReader | null,
  observe?: ReadingObserver,
): Attribution[] {
  if (attributions.length === 0) return attributions;
  const layout = unitLayout(tokens, unit, quotesOverlapping(quotes, unit.start, unit.end));
  const out: Attribution[] = [];
  for (const a of attributions) {
    const reading = readingOf(tokens, unit, a);
    if (!reading) {
      out.push(a);
      continue;
    }
    observe?.(tokens, unit, layout, reading, a);
    if (!reader) {
      out.push(a);
      continue;
    }
    const end = Math.min(reader.contentEnd(unit, layout, reading), a.reach === undefined ? unit.last : firstTokenFrom(tokens, a.reach));
    out.push({ ...a, content: [a.content[0], trimmedEnd(tokens, reading.content[0], end)] });
  }
  return out;
}

/** The attribution as token ranges in its unit, or null when its content runs outside the unit. */
function readingOf(tokens: Token[], unit: Unit, a: Attribution): Reading | null {
  if (a.content[0] < unit.start || a.content[1] > unit.end) return null;
  const tokenRange = ([start, end]: [number, number]): [number, number] => [firstTokenFrom(tokens, start), firstTokenFrom(tokens, end)];
  const cue = tokenRange(a.cue);
  const content = tokenRange(a.content);
  if (cue[0] < unit.first || cue[1] > unit.last || content[1] <= content[0]) return null;
  const source = a.source && a.source[0] >= unit.start && a.source[1] <= unit.end ? tokenRange(a.source) : null;
  const cueWords = tokens
    .slice(cue[0], cue[1])
    .map((t) => t.lower)
    .join(' ');
  const after = cue[1] < unit.last ? tokens[cue[1]].lower : '$';
  return { cue, content, source, shape: a.shape, cueKey: wordKey(cueWords), afterKey: wordKey(after) };
}

import type { Claim } from '../api';
import { withoutBidiControls } from '../bidi';
import { h } from '../element';

/** The offsets of a run of the article's text as stored: the claims' own (string indices, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ArticleBody {
  element: HTMLElement;
  /** the stored text's offsets of what the reviewer has selected in the body, or null when nothing is */
  selectedSpan(): TextSpan | null;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * The article's text as the desk shows it, with its claims highlighted, and the way back from
 * what a reviewer selects on screen to offsets in the text as stored. The shown text is not the
 * stored text: the header before `from` is left out (it is the dateline), and every direction
 * control is dropped (bidi.ts), so the same character sits at another index on screen. The body
 * is drawn as runs, each one element holding one text node, each knowing the stored offsets it
 * shows (`data-start`, `data-end`); a position on screen is a run and a count of the characters
 * shown in it, which the stored text, controls and all, turns back into an offset.
 */
export function articleBody(text: string, from: number, claims: Claim[], selected: number, onPick: (index: number) => void): ArticleBody {
  const element = h('div', { class: 'text', dir: 'auto', 'aria-label': 'Article text' });
  const run = (tag: string, start: number, end: number, attrs: Record<string, string | number | EventListener | undefined> = {}) =>
    element.append(h(tag, { ...attrs, 'data-start': start, 'data-end': end }, text.slice(start, end)));
  // drawn in the order of the text; a claim that overlaps one drawn before it is reached with j/k only
  const inTextOrder = claims.map((claim, index) => ({ claim, index })).sort((a, b) => a.claim.content.start - b.claim.content.start || a.claim.content.end - b.claim.content.end);
  let at = from;
  for (const { claim: c, index } of inTextOrder) {
    if (c.content.start < at) continue;
    // a split claim's reporting clause (`“A,” she said. “B.”`) is drawn as text between its marked pieces
    for (const piece of c.content.pieces ?? [c.content]) {
      if (piece.start > at) run('span', at, piece.start);
      run('mark', piece.start, piece.end, {
        class: [c.status, c.corrected?.length ? 'corrected' : '', index === selected ? 'selected' : ''].filter(Boolean).join(' '),
        'data-index': index,
        title: `${c.speaker.name}: ${c.status}${c.corrected?.length ? ', corrected' : ''}`,
        // a click that ends a selection is the reviewer choosing words, not a claim: the redraw would lose them
        onclick: (() => {
          if (getSelection()?.isCollapsed !== false) onPick(index);
        }) as EventListener,
      });
      at = piece.end;
    }
  }
  if (at < text.length) run('span', at, text.length);

  /** A shown position in a run as a stored offset: a start skips the controls before the next shown character, an end stops after the last. */
  const storedOffset = (runElement: HTMLElement, shownOffset: number, edge: 'start' | 'end') => {
    const start = Number(runElement.dataset.start);
    const stored = text.slice(start, Number(runElement.dataset.end));
    let i = 0;
    for (let shown = 0; i < stored.length && shown < shownOffset; i++) if (!BIDI_CONTROL.test(stored[i])) shown++;
    if (edge === 'start') while (i < stored.length && BIDI_CONTROL.test(stored[i])) i++;
    return start + i;
  };

  /** A boundary point of the selection (a node and an offset in it) as a stored offset. */
  const offsetOf = (node: Node, offset: number, edge: 'start' | 'end'): number => {
    const runElement = node.nodeType === Node.TEXT_NODE ? node.parentElement?.closest<HTMLElement>('[data-start]') : null;
    if (runElement && element.contains(runElement)) return storedOffset(runElement, offset, edge);
    // a point between elements (a triple click, a drag past the last line): the start of the first run after it, or the end of the last
    const point = document.createRange();
    point.setStart(node, offset);
    const runs = [...element.querySelectorAll<HTMLElement>('[data-start]')];
    const next = runs.find((r) => point.comparePoint(r, 0) >= 0);
    return next ? Number(next.dataset.start) : Number(runs.at(-1)?.dataset.end ?? from);
  };

  return {
    element,
    selectedSpan() {
      const selection = getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      const whole = document.createRange();
      whole.selectNodeContents(element);
      // only the part of the selection inside the body counts
      if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0 || range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null;
      const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, whole) < 0;
      const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, whole) > 0;
      const start = startsBefore ? from : offsetOf(range.startContainer, range.startOffset, 'start');
      const end = endsAfter ? text.length : offsetOf(range.endContainer, range.endOffset, 'end');
      return start < end && text.slice(start, end).trim() ? { start, end } : null;
    },
  };
}

/** Words as a reviewer reads them in a preview: without their direction controls or the spaces around them. */
export const shownWords = (text: string, span: TextSpan) => withoutBidiControls(text.slice(span.start, span.end)).trim();

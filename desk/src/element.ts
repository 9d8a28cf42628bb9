import { withoutBidiControls } from './bidi';

type Attrs = Record<string, string | boolean | number | EventListener | undefined>;

/** Attributes a reader sees or hears (a tooltip, an accessible name), which can carry user text. */
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder']);

/**
 * A small element builder: attributes starting with `on` are listeners. Every string shown
 * through it loses its direction controls (bidi.ts): the one place all the desk's text passes,
 * so no view can forget to. Links and values keep theirs: they are addresses, not text to read.
 */
export function h(tag: string, attrs: Attrs = {}, ...children: Array<Node | string | null | false>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, SHOWN_ATTRIBUTES.has(k) ? withoutBidiControls(String(v)) : String(v));
  }
  for (const c of children) if (c !== null && c !== false) el.append(typeof c === 'string' ? withoutBidiControls(c) : c);
  return el;
}

import { bidiControlName, codePointLabel, splitAtBidiControls } from './bidi';
import { h } from './element';

/**
 * Text the desk did not write (quotes, names, titles, keys, notes) is shown isolated: its
 * direction comes from its own first letter, and cannot reorder the desk's words or the next
 * piece (an Arabic speaker's name beside an English title). An element that holds one piece
 * and nothing else gets `dir="auto"` instead, which isolates it the same way.
 */
export const isolated = (text: string) => h('bdi', {}, text);

/**
 * An S3 key as it is stored: each direction control shown where it sits, by code point
 * (`rlo-[U+202E]txt.exe`), not dropped as in other text, because a reviewer looking for the
 * object in the bucket needs the key it really has, and a hidden override in a file name is
 * itself worth seeing.
 */
export function keyText(key: string, attrs: { class?: string } = {}): HTMLElement {
  return h('bdi', attrs, ...splitAtBidiControls(key).map((run) => {
    const name = bidiControlName(run);
    return name ? h('span', { class: 'bidi-control', title: `a hidden ${name} in the key` }, codePointLabel(run)) : run;
  }));
}

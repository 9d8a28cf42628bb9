/**
 * Unicode's explicit bidirectional formatting characters: the embeddings and overrides
 * (U+202A–U+202E), the isolates (U+2066–U+2069), the left-to-right and right-to-left marks
 * (U+200E, U+200F) and the Arabic letter mark (U+061C). Invisible, they reorder what follows them
 * on screen: `said \u202Eon` displays as "said no", and a name or a quote can be made to show
 * other words than it holds (the "Trojan Source" trick, CVE-2021-42574).
 * Names and texts published for others to show must not carry them. Text that needs them to read
 * right in a mixed-direction page gets them back from the page's own markup (`dir`, `<bdi>`).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A JSON-shaped value with every string in it, at any depth, rid of bidirectional controls. */
export function withoutBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => withoutBidiControlsDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControlsDeep(v)])) as T;
  }
  return value;
}

/**
 * The characters that set or override the direction of the text after them: embeddings and
 * overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
 * Invisible, they reorder what follows on screen (issue 27): a right-to-left override in a quote
 * reversed the speaker shown after it, and the key `rlo-\u202Etxt.exe` read `rlo-exe.txt`.
 */
const CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u061C': 'Arabic letter mark',
};
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * The text without them. The desk shows each piece of user text isolated, with its direction
 * taken from its own first letter (user-text.ts), which is what a right-to-left quote needs; the
 * marks a right-to-left writer adds to place punctuation are lost with the rest, a small price.
 */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');

/** The text in runs, each control a run of its own: `rlo-\u202Etxt.exe` → `rlo-`, `\u202E`, `txt.exe`. */
export const splitAtBidiControls = (text: string) => text.split(/([\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C])/).filter(Boolean);

/** A control's name (`right-to-left override`), or undefined for any other text. */
export const bidiControlName = (text: string): string | undefined => CONTROL_NAMES[text];

/** A control by its code point, as the desk shows one in a key: `[U+202E]`. */
export const codePointLabel = (char: string) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

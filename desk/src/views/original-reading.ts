import type { Claim, CorrectedField } from '../api';
import { h } from '../element';
import { isolated } from '../user-text';

/**
 * A mark on a field a reviewer corrected: the speaker, words, cue or kind shown are a person's
 * reading, not the extractor's, and no later extraction changes them.
 */
export function correctedBadge(c: Claim, field: CorrectedField): HTMLElement | null {
  if (!c.corrected?.includes(field)) return null;
  return h('span', { class: 'badge corrected', title: 'corrected by a reviewer: the extractor’s reading is under “As the extractor read it”' }, 'corrected');
}

/** The extractor's first reading, one click away, wherever a reviewer corrected it. */
export function originalReading(c: Claim): HTMLElement | null {
  const original = c.original;
  if (!original || !c.corrected?.length) return null;
  return h('details', { class: 'original' },
    h('summary', {}, 'As the extractor read it'),
    h('dl', {},
      h('dt', {}, 'Speaker'), h('dd', {}, isolated(original.speaker.name), ...(original.speaker.title ? [', ', isolated(original.speaker.title)] : [])),
      h('dt', {}, 'Kind'), h('dd', {}, original.kind),
      h('dt', {}, 'Cue'), h('dd', { dir: 'auto' }, original.cue?.text ?? '—')),
    h('blockquote', { dir: 'auto' }, original.text));
}

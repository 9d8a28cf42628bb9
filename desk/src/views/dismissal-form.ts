import type { Claim, DismissalReason } from '../api';
import { withoutBidiControls } from '../bidi';
import { h } from '../element';
import { ask, cancelButton } from '../modal';

export interface DismissalChoice {
  reason: DismissalReason;
  duplicateOf?: string;
  note?: string;
}

/** The reasons as a reviewer reads them; the first is the commonest extractor mistake, and Enter takes it. */
export const DISMISSAL_REASONS: Array<{ reason: DismissalReason; label: string; hint: string }> = [
  { reason: 'not-an-attribution', label: 'Not an attribution', hint: 'nobody is quoted or reported here' },
  { reason: 'not-checkable', label: 'Not checkable', hint: 'an opinion, a wish, nothing a fact-check can settle' },
  { reason: 'duplicate', label: 'Duplicate', hint: 'another claim says the same' },
];

/** A claim in a list of choices: who, and the start of the words. */
const described = (c: Claim) => {
  const words = withoutBidiControls(c.text);
  return `${withoutBidiControls(c.speaker.name)}: ${words.length > 90 ? `${words.slice(0, 90)}…` : words}`;
};

/** Why the claim leaves review, and for a duplicate, which claim it repeats (one of `others`). */
export function chooseDismissal(others: Claim[]): Promise<DismissalChoice | null> {
  return ask<DismissalChoice>('Dismiss the claim', (answer) => {
    const duplicateOf = h('select', { id: 'duplicate-of', disabled: true }, ...others.map((c) => h('option', { value: c.claimId }, described(c)))) as HTMLSelectElement;
    const note = h('textarea', { id: 'dismissal-note', rows: 2, maxlength: 2000 }) as HTMLTextAreaElement;
    const radios = DISMISSAL_REASONS.map(({ reason, label, hint }, i) => {
      const radio = h('input', { type: 'radio', name: 'reason', id: `reason-${reason}`, value: reason, checked: i === 0, autofocus: i === 0, disabled: reason === 'duplicate' && others.length === 0 }) as HTMLInputElement;
      radio.addEventListener('change', () => (duplicateOf.disabled = reason !== 'duplicate'));
      return h('label', { for: `reason-${reason}`, class: 'check' }, radio, h('span', {}, label, h('span', { class: 'muted' }, ` — ${hint}`)));
    });
    const form = h('form', { class: 'dismissal' },
      h('fieldset', {}, h('legend', {}, 'Why does it leave review?'), ...radios),
      h('label', { for: 'duplicate-of' }, others.length ? 'Duplicate of' : 'Duplicate of (no other claim in this article)'), duplicateOf,
      h('label', { for: 'dismissal-note' }, 'Note (optional)'), note,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'dismiss' }, 'Dismiss'), cancelButton(answer))) as HTMLFormElement;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const reason = (new FormData(form).get('reason') ?? 'not-an-attribution') as DismissalReason;
      answer({ reason, ...(reason === 'duplicate' ? { duplicateOf: duplicateOf.value } : {}), ...(note.value.trim() ? { note: note.value.trim() } : {}) });
    });
    // a radio takes no Enter of its own: from the keyboard, x then Enter dismisses for the reason chosen
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.target as HTMLElement).matches('input[type=radio]')) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    return [h('h3', {}, 'Dismiss the claim'), form];
  });
}

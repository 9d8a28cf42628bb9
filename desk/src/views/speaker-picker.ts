import type { Person, Speaker, SpeakerType } from '../api';
import { h } from '../element';
import { ask, cancelButton } from '../modal';
import { isolated } from '../user-text';

export interface SpeakerChoice {
  speaker: Person;
  note?: string;
}

const TYPES: SpeakerType[] = ['person', 'organisation', 'group', 'document', 'anonymous'];

/** Text as a filter compares it: lower case, without accents, so `qures` finds `Qureshi` and `jose` finds `José`. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Who said it: the people the article names, most likely speakers first, narrowed as the
 * reviewer types (name or title); arrows move through them and Enter takes one. The last option
 * is a name the article does not list, typed in full, with its type and title.
 */
export function pickSpeaker(current: Speaker, people: Person[]): Promise<SpeakerChoice | null> {
  return ask<SpeakerChoice>('Correct the speaker', (answer) => {
    const filter = h('input', { id: 'speaker-filter', type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'true', 'aria-controls': 'speaker-options', autofocus: true }) as HTMLInputElement;
    const options = h('ul', { id: 'speaker-options', role: 'listbox', 'aria-label': 'People in the article' });
    const note = h('textarea', { id: 'speaker-note', rows: 2, maxlength: 2000 }) as HTMLTextAreaElement;
    const name = h('input', { id: 'new-speaker-name', type: 'text', maxlength: 200, autocomplete: 'off' }) as HTMLInputElement;
    const type = h('select', { id: 'new-speaker-type' }, ...TYPES.map((t) => h('option', { value: t }, t))) as HTMLSelectElement;
    const title = h('input', { id: 'new-speaker-title', type: 'text', maxlength: 200, autocomplete: 'off' }) as HTMLInputElement;
    const typed = h('form', { class: 'new-speaker', 'aria-label': 'A name the article does not list' },
      h('label', { for: 'new-speaker-name' }, 'Name'), name,
      h('label', { for: 'new-speaker-type' }, 'Type'), type,
      h('label', { for: 'new-speaker-title' }, 'Title (optional)'), title,
      h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Use this name'))) as HTMLFormElement;

    const choose = (speaker: Person) => answer({ speaker, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
    typed.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!name.value.trim()) return name.focus();
      choose({ name: name.value.trim(), type: type.value as SpeakerType, ...(title.value.trim() ? { title: title.value.trim() } : {}) });
    });
    const typeAName = () => {
      name.value = filter.value.trim();
      name.focus();
    };

    // the options shown, the last one always "type a name", and the one Enter takes
    let shown: Array<Person | 'typed'> = [];
    let active = 0;
    const draw = () => {
      const wanted = folded(filter.value.trim());
      shown = [...people.filter((p) => folded(`${p.name} ${p.title ?? ''}`).includes(wanted)), 'typed'];
      active = Math.min(active, shown.length - 1);
      options.replaceChildren(...shown.map((option, i) =>
        h('li', { id: `speaker-option-${i}`, role: 'option', 'aria-selected': String(i === active), class: i === active ? 'active' : undefined, onclick: (() => take(i)) as EventListener },
          ...(option === 'typed'
            ? [filter.value.trim() ? h('span', {}, 'Type a name: ', isolated(filter.value.trim())) : 'Type a name…']
            : [isolated(option.name),
                option.title ? h('span', { class: 'muted' }, ' · ', isolated(option.title)) : null,
                h('span', { class: 'muted' }, ` · ${option.type}`),
                option.name === current.name && option.type === (current.type ?? option.type) ? h('span', { class: 'badge' }, 'now') : null]))));
      filter.setAttribute('aria-activedescendant', `speaker-option-${active}`);
    };
    const take = (i: number) => {
      const option = shown[i];
      if (option === 'typed') typeAName();
      else choose(option);
    };
    filter.addEventListener('input', () => {
      active = 0;
      draw();
    });
    filter.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        active = (active + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length;
        draw();
        document.getElementById(`speaker-option-${active}`)?.scrollIntoView({ block: 'nearest' });
      } else if (e.key === 'Enter' && !e.isComposing) take(active);
      else return;
      e.preventDefault();
    });
    draw();

    return [
      h('h3', {}, 'Who said it?'),
      h('p', { class: 'muted' }, 'Now: ', isolated(current.name), ...(current.title ? [', ', isolated(current.title)] : [])),
      h('label', { for: 'speaker-filter' }, 'Find a name'),
      filter,
      options,
      typed,
      h('label', { for: 'speaker-note' }, 'Note (optional)'),
      note,
      h('div', { class: 'buttons' }, cancelButton(answer)),
    ];
  });
}

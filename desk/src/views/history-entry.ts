import { isVerdict, type CorrectedField, type CorrectionEntry, type DismissalReason, type HistoryEntry, type Reading } from '../api';
import { h } from '../element';
import { isolated } from '../user-text';

/** A dismissal's reason as a sentence ends with it: `dismissed by alice: not an attribution`. */
export const REASON_WORDS: Record<DismissalReason, string> = {
  'not-an-attribution': 'not an attribution',
  'not-checkable': 'not checkable',
  duplicate: 'a duplicate',
};

/** The fields in the order a reader checks them, by the names the desk gives them. */
const FIELD_WORDS: Array<[CorrectedField, string]> = [['speaker', 'speaker'], ['content', 'words'], ['cue', 'cue'], ['kind', 'kind']];

/** A field's value in a correction, as the history shows it. */
function valueOf(reading: Partial<Reading>, field: CorrectedField): Node | string {
  if (field === 'speaker') return reading.speaker ? isolated(reading.speaker.name) : '—';
  if (field === 'content') {
    const words = reading.text ?? reading.content?.text;
    return words === undefined ? '—' : h('q', { class: `history-words${/^["“‘'«]/.test(words) ? ' marked' : ''}`, dir: 'auto' }, words);
  }
  if (field === 'cue') return reading.cue ? isolated(reading.cue.text) : 'none';
  return reading.kind ?? '—';
}

const changedFields = (e: CorrectionEntry) => FIELD_WORDS.filter(([field]) => field in e.after || field in e.before);

/** The link to a claim, from its id alone: a claim id starts with its article's. */
export const claimHref = (claimId: string) => `#/article/${claimId.split('-')[0]}/${claimId}`;

/**
 * One step of a claim's review as the history lists it: `verified by alice`, `speaker corrected
 * by alice: Moin ul Haque → Wang Yi` (a line a field), `dismissed by alice: not an attribution`,
 * `reopened by alice`; then when, and the reviewer's note.
 */
export function historyItem(e: HistoryEntry): HTMLElement {
  const when = `, ${new Date(e.at).toLocaleString()}`;
  const note = e.note ? [' — ', isolated(e.note)] : [];
  if (isVerdict(e)) {
    return h('li', { class: 'verdict-entry' }, `${e.verdict} by `, isolated(e.reviewer), ...(e.cluster ? [' for every copy, through ', h('a', { href: claimHref(e.cluster.via) }, 'this claim')] : []), when, ...note,
      ...(e.evidence ?? []).map((link) => h('a', { href: link, rel: 'noopener noreferrer', target: '_blank', class: 'evidence' }, new URL(link).hostname)));
  }
  if (e.action === 'corrected') {
    return h('li', { class: 'correction-entry' },
      ...changedFields(e).map(([field, words]) => h('span', { class: 'change' }, `${words} corrected by `, isolated(e.reviewer), ': ', valueOf(e.before, field), ' → ', valueOf(e.after, field))),
      h('span', { class: 'muted' }, when.slice(2), ...note));
  }
  if (e.action === 'dismissed') {
    return h('li', { class: 'dismissal-entry' }, 'dismissed by ', isolated(e.reviewer), `: ${REASON_WORDS[e.reason] ?? e.reason}`,
      ...(e.duplicateOf ? [' of ', h('a', { href: claimHref(e.duplicateOf) }, 'another claim')] : []), when, ...note);
  }
  if (e.action === 'left-cluster') return h('li', { class: 'cluster-entry' }, 'taken out of its cluster by ', isolated(e.reviewer), ': not the same claim', when, ...note);
  return h('li', { class: 'reopen-entry' }, 'reopened by ', isolated(e.reviewer), when, ...note);
}

/**
 * What another reviewer did that made a change fail (409), as the desk tells it after reloading:
 * `Someone ruled first: bob marked it disputed.`
 */
export function changedFirst(e: HistoryEntry | undefined): Array<Node | string> {
  if (!e) return ['Someone changed the claim first.'];
  if (isVerdict(e)) return ['Someone ruled first: ', isolated(e.reviewer), ` marked it ${e.verdict}.`];
  const what = e.action === 'corrected' ? `corrected the ${changedFields(e).map(([, words]) => words).join(' and ')}` : e.action === 'dismissed' ? `dismissed it as ${REASON_WORDS[e.reason] ?? e.reason}` : e.action === 'left-cluster' ? 'took it out of its cluster' : 'reopened it';
  return ['Someone changed it first: ', isolated(e.reviewer), ` ${what}.`];
}

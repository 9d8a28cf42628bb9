import { ApiError, type ArticleWithClaims, type Claim, type ClaimStatus, type Person } from '../api';
import { desk, handleError } from '../desk';
import { h } from '../element';
import { toast } from '../toast';
import { isolated } from '../user-text';
import { articleBody, shownWords, type ArticleBody, type TextSpan } from './article-text';
import { titleOf, unsureSpeaker, worthiness } from './claim-parts';
import { chooseDismissal } from './dismissal-form';
import { changedFirst, claimHref, historyItem, REASON_WORDS } from './history-entry';
import { correctedBadge, originalReading } from './original-reading';
import { appearancesOf } from './appearances';
import { pickSpeaker } from './speaker-picker';

const app = document.getElementById('app')!;

const READ_ONLY = 'Read-only: this sign-in may read claims but not rule on them or correct them.';

/**
 * The article shown, its claims under review (not retracted) and the selected one; while the
 * reviewer re-cuts the selected claim's words, the words they last selected in the body.
 */
let current: {
  article: ArticleWithClaims;
  claims: Claim[];
  selected: number;
  body: ArticleBody | null;
  panel: HTMLElement;
  recutting: { chosen: TextSpan | null } | null;
} | null = null;

/** Another view is shown: the article's keys no longer act on its claims. */
export function leaveArticle(): void {
  current = null;
}

export async function articleView(articleId: string, claimId?: string): Promise<void> {
  try {
    const article = await desk.api.article(articleId);
    // the reviewer may have gone elsewhere while it loaded
    if (!location.hash.startsWith(`#/article/${articleId}`)) return;
    const claims = article.claims.filter((c) => !c.retracted);
    const selected = Math.max(0, claims.findIndex((c) => c.claimId === claimId));
    current = { article, claims, selected, body: null, panel: h('aside', { class: 'panel', 'aria-label': 'Selected claim' }), recutting: null };
    drawArticle();
  } catch (error) {
    handleError(error);
  }
}

function drawArticle(): void {
  if (!current) return;
  const { article, claims, selected } = current;
  const { pending, verified, disputed, dismissed } = article.counts;
  // the header (`date 2022-03-24 BEIJING:`) is shown as the dateline, not as text
  current.body = article.text === undefined ? null : articleBody(article.text, article.bodyStart ?? 0, claims, selected, select);
  const text = current.body?.element ?? h('div', { class: 'text', dir: 'auto', 'aria-label': 'Article text' }, claims.map((c) => c.text).join('\n\n'));
  const keys = desk.reviewer?.canWrite ? 'j/k next/previous, v verify, d dispute, s speaker, e words, x dismiss' : 'j/k next/previous';

  app.replaceChildren(
    h('section', { class: 'article' },
      h('p', {}, h('a', { href: '#/' }, '← Queue')),
      h('h2', { dir: 'auto' }, titleOf(article)),
      article.warning ? h('p', { class: 'warning', role: 'status', dir: 'auto' }, article.warning) : null,
      article.dateline || article.publishedAt ? h('p', { class: 'dateline' }, ...[article.dateline, article.publishedAt].filter((part) => part !== undefined).flatMap((part, i) => (i ? [' · ', isolated(part)] : [isolated(part)]))) : null,
      h('p', { class: 'muted' }, `${pending} pending · ${verified} verified · ${disputed} disputed${dismissed ? ` · ${dismissed} dismissed` : ''} · ${keys}`),
      text),
    current.panel,
  );
  drawPanel();
  document.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
}

/** The panel alone: redrawing the body would lose the words the reviewer is selecting in it. */
function drawPanel(): void {
  if (!current) return;
  const { claims, selected } = current;
  current.panel.replaceChildren(claims.length ? claimPanel(claims[selected]) : h('p', {}, 'No claims in this article.'));
}

function claimPanel(c: Claim): HTMLElement {
  const writer = desk.reviewer?.canWrite === true;
  const dismissed = c.status === 'dismissed';
  const note = h('textarea', { id: 'note', rows: 3, maxlength: 2000 }) as HTMLTextAreaElement;
  const evidence = h('input', { id: 'evidence', type: 'url', placeholder: 'https://…' }) as HTMLInputElement;
  const rule = (verdict: 'verified' | 'disputed') => () => void submit(c, verdict, note.value, evidence.value);
  return h('div', {},
    h('h3', {}, h('a', { href: `#/speaker/${c.speaker.id}`, title: 'Everything this speaker said, and their record', dir: 'auto' }, c.speaker.name), correctedBadge(c, 'speaker'), ...unsureSpeaker(c)),
    c.speaker.title ? h('p', { dir: 'auto' }, c.speaker.title) : null,
    h('dl', {},
      h('dt', {}, 'Status'), h('dd', { class: `badge ${c.status}`, id: 'claim-status' }, c.status),
      h('dt', {}, 'Kind'), h('dd', {}, c.kind, correctedBadge(c, 'kind')),
      h('dt', {}, 'Cue'), h('dd', {}, c.cue ? isolated(c.cue.text) : '—', correctedBadge(c, 'cue')),
      h('dt', {}, 'Source'), h('dd', { dir: 'auto' }, c.source?.text ?? '—'),
      h('dt', {}, 'Confidence'), h('dd', {}, `${Math.round(c.confidence * 100)}%`),
      h('dt', {}, 'Speaker type'), h('dd', {}, c.speaker.type ?? '—')),
    dismissalNote(c),
    h('div', { class: 'words' }, h('blockquote', { dir: 'auto' }, c.text), correctedBadge(c, 'content')),
    originalReading(c),
    appearancesOf(c, (updated) => {
      replaceClaim(updated);
      toast('Taken out of the cluster: it is reviewed on its own.');
    }),
    seenBeforeNote(c),
    h('dl', {}, h('dt', {}, 'Check-worthiness'), h('dd', {}, worthiness(c) ?? '—')),
    writer ? correctionButtons(c) : null,
    writer && current?.recutting ? wordsEditor(c) : null,
    !writer
      ? h('p', { class: 'muted' }, READ_ONLY)
      : dismissed
        ? h('p', { class: 'muted' }, 'Dismissed: reopen it (x) to rule on it or correct it.')
        : h('form', { class: 'verdict', onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
            h('label', { for: 'note' }, 'Note (optional)'), note,
            h('label', { for: 'evidence' }, 'Evidence link (optional)'), evidence,
            h('div', { class: 'buttons' },
              h('button', { type: 'button', class: 'verify', onclick: rule('verified') as EventListener }, c.cluster ? `Verify all ${c.cluster.size} (v)` : 'Verify (v)'),
              h('button', { type: 'button', class: 'dispute', onclick: rule('disputed') as EventListener }, c.cluster ? `Dispute all ${c.cluster.size} (d)` : 'Dispute (d)'))),
    c.status === 'verified' || c.status === 'disputed' ? h('button', { type: 'button', class: 'copy-review', onclick: (() => void copyClaimReview(c)) as EventListener }, 'Copy ClaimReview') : null,
    c.history.length ? h('section', {}, h('h4', {}, 'History'), h('ol', { class: 'history' }, ...c.history.map(historyItem))) : null,
  );
}

/** Why a dismissed claim left review, and who took it out. */
function dismissalNote(c: Claim): HTMLElement | null {
  if (c.status !== 'dismissed' || !c.dismissal) return null;
  const { reason, duplicateOf, reviewer, at } = c.dismissal;
  return h('p', { class: 'dismissed-note' }, 'Dismissed by ', isolated(reviewer), `: ${REASON_WORDS[reason] ?? reason}`,
    ...(duplicateOf ? [' of ', h('a', { href: claimHref(duplicateOf) }, 'another claim')] : []), `, ${new Date(at).toLocaleString()}`);
}

/** The reviewer's corrections of the extractor, a button each for a mouse; a dismissed claim can only be reopened. */
function correctionButtons(c: Claim): HTMLElement {
  const button = (label: string, action: () => void, disabled = false) => h('button', { type: 'button', onclick: action as EventListener, disabled }, label);
  return h('div', { class: 'buttons corrections', role: 'group', 'aria-label': 'Correct the extractor' },
    ...(c.status === 'dismissed'
      ? [button('Reopen (x)', () => void reopenClaim(c))]
      : [
          button('Correct speaker (s)', () => void correctSpeaker(c)),
          button('Re-cut words (e)', startRecutting, Boolean(current?.recutting)),
          button('Dismiss (x)', () => void dismissClaim(c)),
        ]));
}

/** While re-cutting: what the reviewer has selected in the article, and the way to apply it or leave the words as they are. */
function wordsEditor(c: Claim): HTMLElement {
  const chosen = current?.recutting?.chosen;
  return h('section', { class: 'words-editor', 'aria-label': 'New words' },
    h('p', {}, 'Select the claim’s words in the article, then apply them with e or Enter; Esc leaves them as they are.'),
    h('blockquote', { id: 'new-words', dir: 'auto', 'aria-live': 'polite' }, chosen && current?.article.text ? shownWords(current.article.text, chosen) : h('span', { class: 'muted' }, 'Nothing selected in the article yet.')),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'apply-words', onclick: (() => void applyWords(c)) as EventListener }, 'Apply selected words'),
      h('button', { type: 'button', onclick: stopRecutting as EventListener }, 'Cancel')));
}

/** An earlier verdict on the same words, with the way to apply it in one action. */
function seenBeforeNote(c: Claim): HTMLElement | null {
  const earlier = c.seenBefore?.find((s) => s.status === 'verified' || s.status === 'disputed');
  if (!earlier) return null;
  const verdict = earlier.status as 'verified' | 'disputed';
  return h('section', { class: 'seen-before', 'aria-label': 'Seen before' },
    h('p', {}, 'Seen before: ', h('a', { href: `#/article/${earlier.articleId}/${earlier.claimId}` }, verdict, ...(earlier.reviewer ? [' by ', isolated(earlier.reviewer)] : []), `, ${new Date(earlier.at).toLocaleDateString()}`)),
    desk.reviewer?.canWrite && c.status === 'pending'
      ? h('button', { type: 'button', class: verdict === 'verified' ? 'verify' : 'dispute', onclick: (() => void change(c, () => desk.api.verdict(c.claimId, { verdict, sameAs: earlier.claimId, expectedVersion: c.version }), `Marked ${verdict}, as before.`)) as EventListener }, `Apply: ${verdict}`)
      : null);
}

/** The claim's ClaimReview JSON-LD on the clipboard, for the newsroom's page. */
async function copyClaimReview(c: Claim): Promise<void> {
  try {
    await navigator.clipboard.writeText(JSON.stringify(await desk.api.claimReview(c.claimId), null, 2));
    toast('ClaimReview copied.');
  } catch (error) {
    handleError(error);
  }
}

/**
 * A change to a claim, made against the version the reviewer saw: the claim as the API answers
 * it, redrawn. When someone changed it first (409), the claim as it is now, and who did what.
 */
async function change(c: Claim, write: () => Promise<Claim>, done: string): Promise<Claim | null> {
  try {
    const updated = await write();
    replaceClaim(updated);
    toast(done);
    return updated;
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 409) await reloadAfterConflict(c, error);
    else handleError(error);
    return null;
  }
}

async function reloadAfterConflict(c: Claim, conflict: ApiError): Promise<void> {
  try {
    const fresh = await desk.api.claim(c.claimId);
    replaceClaim(fresh);
    // the same version: no one else changed it, the claim's state forbids the change, and the API says why
    if (fresh.version === c.version) handleError(conflict);
    else toast(...changedFirst(fresh.history.at(-1)), ' Reloaded.');
  } catch (error) {
    handleError(error);
  }
}

async function submit(c: Claim, verdict: 'verified' | 'disputed', note: string, evidence: string, moveOn = false): Promise<void> {
  // a claim other articles carry is ruled on in every copy: the queue shows them as one
  const scope = c.cluster ? 'cluster' : 'claim';
  const updated = await change(c, () => desk.api.verdict(c.claimId, { verdict, scope, expectedVersion: c.version, ...(note.trim() ? { note: note.trim() } : {}), ...(evidence.trim() ? { evidence: [evidence.trim()] } : {}) }), c.cluster ? `Marked ${verdict}, with every copy still pending of the ${c.cluster.size} articles.` : `Marked ${verdict}.`);
  // from the keyboard, the next claim in the article is the next one to read
  if (updated && moveOn && current && current.selected < current.claims.length - 1) select(current.selected + 1);
}

/** Everyone a claim can be given to: the article's people, most likely first, then any other speaker of its claims. */
function peopleOf(article: ArticleWithClaims, claims: Claim[]): Person[] {
  const people = new Map<string, Person>();
  for (const p of article.people ?? []) people.set(`${p.type}:${p.name}`, p);
  for (const { speaker } of claims) {
    const type = speaker.type ?? 'person';
    if (!people.has(`${type}:${speaker.name}`)) people.set(`${type}:${speaker.name}`, { name: speaker.name, type, ...(speaker.title ? { title: speaker.title } : {}) });
  }
  return [...people.values()];
}

async function correctSpeaker(c: Claim): Promise<void> {
  if (!current) return;
  const choice = await pickSpeaker(c.speaker, peopleOf(current.article, current.claims));
  if (!choice) return;
  const { speaker, note } = choice;
  if (speaker.name === c.speaker.name && speaker.type === (c.speaker.type ?? speaker.type) && (speaker.title ?? '') === (c.speaker.title ?? '')) return toast('That is already the speaker.');
  // a speaker is the same in every copy of a claim: corrected in every copy still pending
  await change(c, () => desk.api.correct(c.claimId, { speaker, ...(note ? { note } : {}), scope: c.cluster ? 'cluster' : 'claim', expectedVersion: c.version }), c.cluster ? `Speaker corrected, with every copy still pending of the ${c.cluster.size} articles that no reviewer corrected on its own.` : 'Speaker corrected.');
}

function startRecutting(): void {
  if (!current) return;
  if (current.article.text === undefined) return toast('The article’s text is not available, so its words cannot be re-cut here.');
  // words selected before e are the words meant
  current.recutting = { chosen: current.body?.selectedSpan() ?? null };
  drawPanel();
}

function stopRecutting(): void {
  if (!current?.recutting) return;
  current.recutting = null;
  drawPanel();
}

/** The selection, as the reviewer changes it, is what Apply will send; a click elsewhere keeps the last words chosen. */
document.addEventListener('selectionchange', () => {
  if (!current?.recutting || !current.body || current.article.text === undefined) return;
  const chosen = current.body.selectedSpan();
  if (!chosen) return;
  current.recutting.chosen = chosen;
  document.getElementById('new-words')?.replaceChildren(shownWords(current.article.text, chosen));
});

async function applyWords(c: Claim): Promise<void> {
  const chosen = current?.recutting?.chosen;
  const text = current?.article.text;
  if (!chosen || text === undefined) return toast('Select the claim’s words in the article first.');
  // the API trims the spaces around the words, and refuses a correction that changes nothing
  let { start, end } = chosen;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === c.content.start && end === c.content.end) return toast('Those are already its words.');
  const updated = await change(c, () => desk.api.correct(c.claimId, { content: { start, end }, expectedVersion: c.version }), 'Words corrected.');
  if (updated && current) {
    current.recutting = null;
    getSelection()?.removeAllRanges();
    drawPanel();
  }
}

async function dismissClaim(c: Claim): Promise<void> {
  if (!current) return;
  const choice = await chooseDismissal(current.claims.filter((o) => o.claimId !== c.claimId && o.status !== 'dismissed'));
  if (!choice) return;
  await change(c, () => desk.api.dismiss(c.claimId, { ...choice, scope: c.cluster ? 'cluster' : 'claim', expectedVersion: c.version }), c.cluster ? `Dismissed, with every copy still pending of the ${c.cluster.size} articles: ${REASON_WORDS[choice.reason]}.` : `Dismissed: ${REASON_WORDS[choice.reason]}.`);
}

const reopenClaim = (c: Claim) => change(c, () => desk.api.reopen(c.claimId, c.version), 'Reopened: back in the queue, pending.');

function replaceClaim(claim: Claim): void {
  if (!current) return;
  const i = current.claims.findIndex((c) => c.claimId === claim.claimId);
  if (i < 0) return;
  const counts: Partial<Record<ClaimStatus, number>> = current.article.counts;
  const before = current.claims[i].status;
  current.claims[i] = claim;
  counts[before] = (counts[before] ?? 0) - 1;
  counts[claim.status] = (counts[claim.status] ?? 0) + 1;
  drawArticle();
}

function select(i: number): void {
  if (!current || current.claims.length === 0) return;
  current.selected = (i + current.claims.length) % current.claims.length;
  current.recutting = null;
  history.replaceState(null, '', `#/article/${current.article.articleId}/${current.claims[current.selected].claimId}`);
  drawArticle();
}

/**
 * The article's keys: j/k move between its claims; v/d rule on the selected one and move on;
 * s gives it to another speaker, e re-cuts its words from a selection in the text, x dismisses it
 * (or reopens it). Says whether the key was the article's.
 */
export function onArticleKey(e: KeyboardEvent): boolean {
  if (!current) return false;
  const claim = current.claims[current.selected];
  const onControl = (e.target as HTMLElement).closest('button, a');
  if (e.key === 'j') select(current.selected + 1);
  else if (e.key === 'k') select(current.selected - 1);
  else if (e.key === 'Escape' && current.recutting) stopRecutting();
  // Enter on a button or a link is theirs
  else if (e.key === 'Enter' && current.recutting && claim && !onControl) void applyWords(claim);
  else if (['v', 'd', 's', 'e', 'x'].includes(e.key) && claim) {
    if (!desk.reviewer?.canWrite) toast(READ_ONLY);
    else if (e.key === 'x') void (claim.status === 'dismissed' ? reopenClaim(claim) : dismissClaim(claim));
    else if (claim.status === 'dismissed') toast('This claim is dismissed: reopen it (x) first.');
    else if (e.key === 's') void correctSpeaker(claim);
    else if (e.key === 'e') void (current.recutting ? applyWords(claim) : startRecutting());
    else {
      const note = (document.getElementById('note') as HTMLTextAreaElement | null)?.value ?? '';
      const evidence = (document.getElementById('evidence') as HTMLInputElement | null)?.value ?? '';
      void submit(claim, e.key === 'v' ? 'verified' : 'disputed', note, evidence, true);
    }
  } else return false;
  return true;
}

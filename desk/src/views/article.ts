import { ApiError, type ArticleWithClaims, type Claim } from '../api';
import { desk, handleError } from '../desk';
import { h } from '../element';
import { toast } from '../toast';
import { withoutBidiControls } from '../bidi';
import { isolated } from '../user-text';
import { titleOf, worthiness } from './claim-parts';

const app = document.getElementById('app')!;

/** The article shown, its claims under review (not retracted) and the selected one. */
let current: { article: ArticleWithClaims; claims: Claim[]; selected: number } | null = null;

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
    current = { article, claims, selected };
    drawArticle();
  } catch (error) {
    handleError(error);
  }
}

function drawArticle(): void {
  if (!current) return;
  const { article, claims, selected } = current;
  const text = article.text ?? claims.map((c) => c.text).join('\n\n');
  const body = h('div', { class: 'text', dir: 'auto', 'aria-label': 'Article text' });
  // the claims' offsets are into the text as stored: it loses its direction controls piece by piece
  const piece = (start: number, end?: number) => withoutBidiControls(text.slice(start, end));
  // the header (`date 2022-03-24 BEIJING:`) is shown as the dateline, not as text
  let at = article.text ? (article.bodyStart ?? 0) : 0;
  for (const [i, c] of claims.entries()) {
    if (!article.text || c.content.start < at) continue;
    body.append(piece(at, c.content.start));
    body.append(h('mark', { class: `${c.status}${i === selected ? ' selected' : ''}`, 'data-index': i, title: `${c.speaker.name}: ${c.status}`, onclick: (() => select(i)) as EventListener }, text.slice(c.content.start, c.content.end)));
    at = c.content.end;
  }
  body.append(piece(at));

  app.replaceChildren(
    h('section', { class: 'article' },
      h('p', {}, h('a', { href: '#/' }, '← Queue')),
      h('h2', { dir: 'auto' }, titleOf(article)),
      article.warning ? h('p', { class: 'warning', role: 'status', dir: 'auto' }, article.warning) : null,
      article.dateline || article.publishedAt ? h('p', { class: 'dateline' }, ...[article.dateline, article.publishedAt].filter((part) => part !== undefined).flatMap((part, i) => (i ? [' · ', isolated(part)] : [isolated(part)]))) : null,
      h('p', { class: 'muted' }, `${article.counts.pending} pending · ${article.counts.verified} verified · ${article.counts.disputed} disputed · j/k next/previous, v verify, d dispute`),
      body),
    h('aside', { class: 'panel', 'aria-label': 'Selected claim' }, claims.length ? claimPanel(claims[selected]) : h('p', {}, 'No claims in this article.')),
  );
  document.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
}

function claimPanel(c: Claim): HTMLElement {
  const note = h('textarea', { id: 'note', rows: 3, maxlength: 2000 }) as HTMLTextAreaElement;
  const evidence = h('input', { id: 'evidence', type: 'url', placeholder: 'https://…' }) as HTMLInputElement;
  const rule = (verdict: 'verified' | 'disputed') => () => void submit(c, verdict, note.value, evidence.value);
  return h('div', {},
    h('h3', {}, h('a', { href: `#/speaker/${c.speaker.id}`, title: 'Everything this speaker said, and their record', dir: 'auto' }, c.speaker.name)),
    c.speaker.title ? h('p', { dir: 'auto' }, c.speaker.title) : null,
    h('dl', {},
      h('dt', {}, 'Status'), h('dd', { class: `badge ${c.status}`, id: 'claim-status' }, c.status),
      h('dt', {}, 'Kind'), h('dd', {}, c.kind),
      h('dt', {}, 'Cue'), h('dd', { dir: 'auto' }, c.cue?.text ?? '—'),
      h('dt', {}, 'Source'), h('dd', { dir: 'auto' }, c.source?.text ?? '—'),
      h('dt', {}, 'Confidence'), h('dd', {}, `${Math.round(c.confidence * 100)}%`),
      h('dt', {}, 'Speaker type'), h('dd', {}, c.speaker.type ?? '—')),
    h('blockquote', { dir: 'auto' }, c.text),
    seenBeforeNote(c),
    h('dl', {}, h('dt', {}, 'Check-worthiness'), h('dd', {}, worthiness(c) ?? '—')),
    desk.reviewer?.canWrite
      ? h('form', { class: 'verdict', onsubmit: ((e: Event) => e.preventDefault()) as EventListener },
          h('label', { for: 'note' }, 'Note (optional)'), note,
          h('label', { for: 'evidence' }, 'Evidence link (optional)'), evidence,
          h('div', { class: 'buttons' },
            h('button', { type: 'button', class: 'verify', onclick: rule('verified') as EventListener }, 'Verify (v)'),
            h('button', { type: 'button', class: 'dispute', onclick: rule('disputed') as EventListener }, 'Dispute (d)')))
      : h('p', { class: 'muted' }, 'Read-only: you can read claims but not rule on them.'),
    c.status !== 'pending' ? h('button', { type: 'button', class: 'copy-review', onclick: (() => void copyClaimReview(c)) as EventListener }, 'Copy ClaimReview') : null,
    c.history.length
      ? h('section', {}, h('h4', {}, 'History'), h('ol', { class: 'history' }, ...c.history.map((e) =>
          h('li', {}, `${e.verdict} by `, isolated(e.reviewer), `, ${new Date(e.at).toLocaleString()}`, ...(e.note ? [' — ', isolated(e.note)] : []),
            ...(e.evidence ?? []).map((link) => h('a', { href: link, rel: 'noopener noreferrer', target: '_blank', class: 'evidence' }, new URL(link).hostname))))))
      : null,
  );
}

/** An earlier verdict on the same words, with the way to apply it in one action. */
function seenBeforeNote(c: Claim): HTMLElement | null {
  const earlier = c.seenBefore?.find((s) => s.status !== 'pending');
  if (!earlier) return null;
  const verdict = earlier.status as 'verified' | 'disputed';
  return h('section', { class: 'seen-before', 'aria-label': 'Seen before' },
    h('p', {}, 'Seen before: ', h('a', { href: `#/article/${earlier.articleId}/${earlier.claimId}` }, verdict, ...(earlier.reviewer ? [' by ', isolated(earlier.reviewer)] : []), `, ${new Date(earlier.at).toLocaleDateString()}`)),
    desk.reviewer?.canWrite && c.status === 'pending'
      ? h('button', { type: 'button', class: verdict === 'verified' ? 'verify' : 'dispute', onclick: (() => void applyEarlier(c, verdict, earlier.claimId)) as EventListener }, `Apply: ${verdict}`)
      : null);
}

async function applyEarlier(c: Claim, verdict: 'verified' | 'disputed', sameAs: string): Promise<void> {
  try {
    replaceClaim(await desk.api.verdict(c.claimId, { verdict, sameAs, expectedVersion: c.version }));
    toast(`Marked ${verdict}, as before.`);
  } catch (error) {
    handleError(error);
  }
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

async function submit(c: Claim, verdict: 'verified' | 'disputed', note: string, evidence: string, moveOn = false): Promise<void> {
  if (!current) return;
  try {
    const updated = await desk.api.verdict(c.claimId, { verdict, expectedVersion: c.version, ...(note.trim() ? { note: note.trim() } : {}), ...(evidence.trim() ? { evidence: [evidence.trim()] } : {}) });
    replaceClaim(updated);
    toast(`Marked ${verdict}.`);
    // from the keyboard, the next claim in the article is the next one to read
    if (moveOn && current.selected < current.claims.length - 1) select(current.selected + 1);
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 409) {
      const fresh = await desk.api.claim(c.claimId);
      replaceClaim(fresh);
      const last = fresh.history.at(-1);
      toast('Someone ruled first: ', ...(last ? [isolated(last.reviewer), ` marked it ${last.verdict}`] : ['the claim changed']), '. Reloaded.');
    } else {
      handleError(error);
    }
  }
}

function replaceClaim(claim: Claim): void {
  if (!current) return;
  const i = current.claims.findIndex((c) => c.claimId === claim.claimId);
  const before = current.claims[i].status;
  current.claims[i] = claim;
  current.article.counts[before] -= 1;
  current.article.counts[claim.status] += 1;
  drawArticle();
}

function select(i: number): void {
  if (!current || current.claims.length === 0) return;
  current.selected = (i + current.claims.length) % current.claims.length;
  history.replaceState(null, '', `#/article/${current.article.articleId}/${current.claims[current.selected].claimId}`);
  drawArticle();
}

/** The article's keys: j/k move between its claims, v/d rule on the selected one and move on. Says whether the key was the article's. */
export function onArticleKey(e: KeyboardEvent): boolean {
  if (!current) return false;
  const claim = current.claims[current.selected];
  if (e.key === 'j') select(current.selected + 1);
  else if (e.key === 'k') select(current.selected - 1);
  else if ((e.key === 'v' || e.key === 'd') && claim && desk.reviewer?.canWrite) {
    const note = (document.getElementById('note') as HTMLTextAreaElement | null)?.value ?? '';
    const evidence = (document.getElementById('evidence') as HTMLInputElement | null)?.value ?? '';
    void submit(claim, e.key === 'v' ? 'verified' : 'disputed', note, evidence, true);
  } else return false;
  return true;
}

import { ApiError, type Article, type Claim } from '../api';
import { desk, handleError } from '../desk';
import { h } from '../element';
import { toast } from '../toast';
import { isolated, keyText } from '../user-text';
import { claimWords, speakerLink, titleOf, unsureSpeaker, worthiness } from './claim-parts';
import { changedFirst } from './history-entry';
import { carriedBy } from './appearances';

const POLL_MS = 4000;
const app = document.getElementById('app')!;

/** The filters stay as the reviewer set them when they leave the queue and come back. */
const filters = { status: 'pending', order: 'checkworthiness', worthChecking: false, speaker: '', articleId: '' };

/** The queue as shown: the claims of the pages loaded so far, in the API's order, and the selected one. */
let queue: { claims: Claim[]; nextCursor: string | null; selected: number; draw: () => void } | null = null;
let poll: ReturnType<typeof setInterval> | undefined;

/** The queue polls only while it is shown: every render stops it, and the queue view starts it again. */
export const stopQueuePolling = () => clearInterval(poll);

/** Another view is shown: the queue's keys no longer act on the claims it held. */
export function leaveQueue(): void {
  queue = null;
}

export async function queueView(): Promise<void> {
  const { api } = desk;
  const counts = h('p', { class: 'counts', 'aria-live': 'polite' });
  const list = h('ol', { class: 'claims', 'aria-label': 'Claims' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more claims') as HTMLButtonElement;
  const articles = h('ul', { class: 'articles', 'aria-label': 'Articles' });
  const articleSelect = h('select', { id: 'f-article' }, h('option', { value: '' }, 'All articles')) as HTMLSelectElement;
  const statusSelect = h('select', { id: 'f-status' }, ...['pending', 'verified', 'disputed', 'dismissed'].map((s) => h('option', { value: s, selected: s === filters.status }, s))) as HTMLSelectElement;
  const orderSelect = h('select', { id: 'f-order' }, h('option', { value: 'checkworthiness', selected: filters.order === 'checkworthiness' }, 'Most check-worthy first'), h('option', { value: 'reading', selected: filters.order === 'reading' }, 'Reading order')) as HTMLSelectElement;
  const worthChecking = h('input', { id: 'f-worth', type: 'checkbox', checked: filters.worthChecking }) as HTMLInputElement;
  const speakerInput = h('input', { id: 'f-speaker', type: 'search', value: filters.speaker, placeholder: 'e.g. Moin ul Haque' }) as HTMLInputElement;
  const apply = () => {
    Object.assign(filters, { status: statusSelect.value, order: orderSelect.value, worthChecking: worthChecking.checked, speaker: speakerInput.value.trim(), articleId: articleSelect.value });
    void refresh(true);
  };
  for (const control of [statusSelect, orderSelect, worthChecking, articleSelect, speakerInput]) control.addEventListener('change', apply);

  app.replaceChildren(
    h('section', { class: 'queue' },
      h('h2', {}, 'Review queue'),
      counts,
      h('div', { class: 'filters', role: 'search' },
        h('label', { for: 'f-status' }, 'Status'), statusSelect,
        h('label', { for: 'f-order' }, 'Order'), orderSelect,
        h('label', { for: 'f-speaker' }, 'Speaker'), speakerInput,
        h('label', { for: 'f-article' }, 'Article'), articleSelect,
        h('label', { for: 'f-worth', class: 'check' }, worthChecking, ' Worth checking only')),
      h('p', { class: 'muted' }, 'j/k next/previous, Enter open, v verify, d dispute'),
      list,
      more),
    h('section', { class: 'side' }, h('h2', {}, 'Articles'), articles),
  );

  let all: Article[] = [];
  const draw = () => {
    if (!queue) return;
    list.replaceChildren(...(queue.claims.length ? queue.claims.map((c, i) => claimItem(c, all, i === queue!.selected)) : [h('li', { class: 'empty' }, 'Nothing here.')]));
    more.hidden = !queue.nextCursor;
  };
  more.addEventListener('click', () => void loadMore());

  async function loadMore(): Promise<void> {
    if (!queue?.nextCursor) return;
    try {
      const page = await api.queue(filters, queue.nextCursor);
      const known = new Set(queue.claims.map((c) => c.claimId));
      queue.claims.push(...page.items.filter((c) => !known.has(c.claimId)));
      queue.nextCursor = page.nextCursor;
      draw();
    } catch (error) {
      handleError(error);
    }
  }

  /** Articles and counts each time; the claims when the filters change, or while only the first page is shown. */
  async function refresh(reset = false): Promise<void> {
    try {
      const firstPage = reset || !queue || queue.claims.length <= 50 ? api.queue(filters) : null;
      const [{ items }, page] = await Promise.all([api.articles(), firstPage]);
      all = items;
      const total = all.reduce((t, a) => ({ pending: t.pending + a.counts.pending, verified: t.verified + a.counts.verified, disputed: t.disputed + a.counts.disputed, dismissed: t.dismissed + (a.counts.dismissed ?? 0) }), { pending: 0, verified: 0, disputed: 0, dismissed: 0 });
      counts.textContent = `${total.pending} pending · ${total.verified} verified · ${total.disputed} disputed · ${total.dismissed} dismissed`;
      const selected = articleSelect.value;
      articleSelect.replaceChildren(h('option', { value: '' }, 'All articles'), ...all.map((a) => h('option', { value: a.articleId, selected: a.articleId === selected }, titleOf(a))));
      articles.replaceChildren(...all.map(articleItem));
      if (page) queue = { claims: page.items, nextCursor: page.nextCursor, selected: reset || !queue ? 0 : Math.min(queue.selected, page.items.length - 1), draw };
      draw();
    } catch (error) {
      handleError(error);
    }
  }
  await refresh(true);
  poll = setInterval(refresh, POLL_MS);
}

function articleItem(a: Article): HTMLElement {
  return h('li', {},
    h('a', { href: `#/article/${a.articleId}`, dir: 'auto' }, titleOf(a)),
    keyText(a.key, { class: 'muted key' }),
    h('span', { class: `badge ${a.status}` }, a.status),
    a.status === 'failed' ? h('span', { class: 'error', dir: 'auto' }, a.error ?? '') : h('span', { class: 'muted' }, `${a.counts.pending} pending of ${a.claimCount}`),
    a.warning ? h('span', { class: 'warning', dir: 'auto' }, a.warning) : null);
}

function claimItem(c: Claim, all: Article[], selected: boolean): HTMLElement {
  const article = all.find((a) => a.articleId === c.articleId);
  return h('li', { class: selected ? 'selected' : undefined, 'aria-current': selected ? 'true' : undefined },
    h('a', { href: `#/article/${c.articleId}/${c.claimId}`, class: `claim-link ${c.status}` },
      claimWords(c),
      h('span', { class: 'muted' }, ' — ', isolated(c.speaker.name), ...(c.speaker.title ? [', ', isolated(c.speaker.title)] : []), ' ', ...unsureSpeaker(c), ' · ', article ? isolated(titleOf(article)) : '')),
    ...carriedBy(c),
    worthiness(c),
    speakerLink(c));
}

/** The queue's keys: the order a reviewer works in is the queue's order. Says whether the key was the queue's. */
export function onQueueKey(e: KeyboardEvent): boolean {
  if (!queue || queue.claims.length === 0) return false;
  const claim = queue.claims[queue.selected];
  if (e.key === 'j' || e.key === 'k') {
    queue.selected = Math.min(queue.claims.length - 1, Math.max(0, queue.selected + (e.key === 'j' ? 1 : -1)));
    queue.draw();
    document.querySelector('.claims li.selected')?.scrollIntoView({ block: 'nearest' });
  } else if (e.key === 'Enter' && claim) {
    location.hash = `#/article/${claim.articleId}/${claim.claimId}`;
  } else if ((e.key === 'v' || e.key === 'd') && claim && desk.reviewer?.canWrite && claim.status !== 'dismissed') {
    void ruleFromQueue(claim, e.key === 'v' ? 'verified' : 'disputed');
  } else return false;
  return true;
}

async function ruleFromQueue(claim: Claim, verdict: 'verified' | 'disputed'): Promise<void> {
  try {
    // the queue shows a cluster once: its verdict rules on every copy
    await desk.api.verdict(claim.claimId, { verdict, scope: claim.cluster ? 'cluster' : 'claim', expectedVersion: claim.version });
    toast(claim.cluster ? `Marked ${verdict}, with every copy still pending of the ${claim.cluster.size} articles.` : `Marked ${verdict}.`);
  } catch (error) {
    if (!(error instanceof ApiError && error.problem.status === 409)) return handleError(error);
    toast(...changedFirst((await desk.api.claim(claim.claimId)).history.at(-1)));
  }
  // the claim leaves this status's queue; the selection stays in place, on the next claim in order
  if (!queue) return;
  queue.claims = queue.claims.filter((c) => c.claimId !== claim.claimId);
  queue.selected = Math.min(queue.selected, Math.max(0, queue.claims.length - 1));
  queue.draw();
}

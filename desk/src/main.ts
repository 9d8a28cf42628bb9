import './style.css';
import { Api, ApiError, WORTH_CHECKING, type Article, type ArticleWithClaims, type Claim } from './api';
import { finishHostedSignIn, forgetToken, reviewerOf, startHostedSignIn, storedToken, storeToken, takeTokenFromFragment, type DeskConfig, type Reviewer } from './session';

const POLL_MS = 4000;
const app = document.getElementById('app')!;
const who = document.getElementById('who')!;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;
const toastBox = document.getElementById('toast')!;

type Attrs = Record<string, string | boolean | number | EventListener | undefined>;
/** A small element builder: attributes starting with `on` are listeners. */
function h(tag: string, attrs: Attrs = {}, ...children: Array<Node | string | null | false>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== false) el.append(c);
  return el;
}

function toast(message: string): void {
  toastBox.textContent = message;
  toastBox.classList.add('shown');
  setTimeout(() => toastBox.classList.remove('shown'), 5000);
}

let config: DeskConfig;
let api: Api;
let reviewer: Reviewer | null = null;
let poll: ReturnType<typeof setInterval> | undefined;

async function boot(): Promise<void> {
  config = await fetch('config.json').then((r) => (r.ok ? r.json() : { apiUrl: '' })).catch(() => ({ apiUrl: '' }));
  if (config.cognito) await finishHostedSignIn(config.cognito);
  takeTokenFromFragment();
  api = new Api(config.apiUrl, storedToken);
  signOut.addEventListener('click', () => {
    forgetToken();
    render();
  });
  window.addEventListener('hashchange', render);
  document.addEventListener('keydown', onKey);
  render();
}

function render(): void {
  clearInterval(poll);
  const token = storedToken();
  reviewer = token ? reviewerOf(token) : null;
  who.textContent = reviewer ? `${reviewer.name}${reviewer.canWrite ? '' : ' (read only)'}` : '';
  signOut.hidden = !reviewer;
  if (!reviewer) return signInView();
  const article = /^#\/article\/([^/]+)(?:\/([^/]+))?/.exec(location.hash);
  const speaker = /^#\/speaker\/([^/]+)/.exec(location.hash);
  if (article) void articleView(article[1], article[2]);
  else if (speaker) void speakerView(speaker[1]);
  else void queueView();
}

function signInView(): void {
  const input = h('textarea', { id: 'token', rows: 4, spellcheck: 'false', autocomplete: 'off' }) as HTMLTextAreaElement;
  const form = h(
    'form',
    {
      class: 'sign-in',
      onsubmit: ((e: Event) => {
        e.preventDefault();
        if (!reviewerOf(input.value.trim())) return toast('That token is not valid or has expired.');
        storeToken(input.value.trim());
        location.hash = '#/';
        render();
      }) as EventListener,
    },
    h('h2', {}, 'Sign in'),
    config.cognito ? h('button', { type: 'button', onclick: (() => void startHostedSignIn(config.cognito!)) as EventListener }, 'Sign in with your newsroom account') : null,
    h('label', { for: 'token' }, config.cognito ? 'or paste a token' : 'Reviewer token (npm run --silent token -- YOUR-NAME)'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
  );
  app.replaceChildren(form);
  input.focus();
}

// ---- the queue -------------------------------------------------------------------------------

const filters = { status: 'pending', order: 'checkworthiness', worthChecking: false, speaker: '', articleId: '' };

/** The queue as shown: the claims of the pages loaded so far, in the API's order, and the selected one. */
let queue: { claims: Claim[]; nextCursor: string | null; selected: number; draw: () => void } | null = null;

async function queueView(): Promise<void> {
  current = null;
  const counts = h('p', { class: 'counts', 'aria-live': 'polite' });
  const list = h('ol', { class: 'claims', 'aria-label': 'Claims' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more claims') as HTMLButtonElement;
  const articles = h('ul', { class: 'articles', 'aria-label': 'Articles' });
  const articleSelect = h('select', { id: 'f-article' }, h('option', { value: '' }, 'All articles')) as HTMLSelectElement;
  const statusSelect = h('select', { id: 'f-status' }, ...['pending', 'verified', 'disputed'].map((s) => h('option', { value: s, selected: s === filters.status }, s))) as HTMLSelectElement;
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
      const total = all.reduce((t, a) => ({ pending: t.pending + a.counts.pending, verified: t.verified + a.counts.verified, disputed: t.disputed + a.counts.disputed }), { pending: 0, verified: 0, disputed: 0 });
      counts.textContent = `${total.pending} pending · ${total.verified} verified · ${total.disputed} disputed`;
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

/** An article by its title, else by its first sentence: the S3 key says little to a reader. */
const titleOf = (a: Article) => a.title ?? a.lead ?? a.key;

/** Words that carry their own quote marks are not wrapped in another pair. */
const quoted = (text: string) => h('q', { class: /^["“‘'«]/.test(text) ? 'marked' : undefined }, text);

function articleItem(a: Article): HTMLElement {
  return h('li', {},
    h('a', { href: `#/article/${a.articleId}` }, titleOf(a)),
    h('span', { class: 'muted key' }, a.key),
    h('span', { class: `badge ${a.status}` }, a.status),
    a.status === 'failed' ? h('span', { class: 'error' }, a.error ?? '') : h('span', { class: 'muted' }, `${a.counts.pending} pending of ${a.claimCount}`),
    a.warning ? h('span', { class: 'warning' }, a.warning) : null);
}

/** A claim's check-worthiness as a reviewer reads it: the score and the reasons. */
function worthiness(c: Claim): HTMLElement | null {
  if (c.checkworthiness === undefined) return null;
  return h('span', { class: 'worth' },
    h('span', { class: `score${c.checkworthiness >= WORTH_CHECKING ? ' high' : ''}`, title: 'how likely a fact-checker is to find this worth checking' }, `worth checking ${Math.round(c.checkworthiness * 100)}%`),
    ...(c.signals ?? []).map((s) => h('span', { class: 'signal' }, s)));
}

function claimItem(c: Claim, all: Article[], selected: boolean): HTMLElement {
  const article = all.find((a) => a.articleId === c.articleId);
  return h('li', { class: selected ? 'selected' : undefined, 'aria-current': selected ? 'true' : undefined },
    h('a', { href: `#/article/${c.articleId}/${c.claimId}`, class: `claim-link ${c.status}` },
      quoted(c.text.length > 220 ? `${c.text.slice(0, 220)}…` : c.text),
      h('span', { class: 'muted' }, ` — ${c.speaker.name}${c.speaker.title ? `, ${c.speaker.title}` : ''} · ${article ? titleOf(article) : ''}`)),
    worthiness(c),
    speakerLink(c));
}

/** The queue's keys: the order a reviewer works in is the queue's order. */
function onQueueKey(e: KeyboardEvent): boolean {
  if (!queue || queue.claims.length === 0) return false;
  const claim = queue.claims[queue.selected];
  if (e.key === 'j' || e.key === 'k') {
    queue.selected = Math.min(queue.claims.length - 1, Math.max(0, queue.selected + (e.key === 'j' ? 1 : -1)));
    queue.draw();
    document.querySelector('.claims li.selected')?.scrollIntoView({ block: 'nearest' });
  } else if (e.key === 'Enter' && claim) {
    location.hash = `#/article/${claim.articleId}/${claim.claimId}`;
  } else if ((e.key === 'v' || e.key === 'd') && claim && reviewer?.canWrite) {
    void ruleFromQueue(claim, e.key === 'v' ? 'verified' : 'disputed');
  } else return false;
  return true;
}

async function ruleFromQueue(claim: Claim, verdict: 'verified' | 'disputed'): Promise<void> {
  try {
    await api.verdict(claim.claimId, { verdict, expectedVersion: claim.version });
    toast(`Marked ${verdict}.`);
  } catch (error) {
    if (!(error instanceof ApiError && error.problem.status === 409)) return handleError(error);
    const last = (await api.claim(claim.claimId)).history.at(-1);
    toast(`Someone ruled first: ${last ? `${last.reviewer} marked it ${last.verdict}` : 'the claim changed'}.`);
  }
  // the claim leaves this status's queue; the selection stays in place, on the next claim in order
  if (!queue) return;
  queue.claims = queue.claims.filter((c) => c.claimId !== claim.claimId);
  queue.selected = Math.min(queue.selected, Math.max(0, queue.claims.length - 1));
  queue.draw();
}

/** The way to a speaker's page, from anywhere a claim is shown. */
const speakerLink = (c: Claim) => h('a', { href: `#/speaker/${c.speaker.id}`, class: 'speaker-link' }, `${c.speaker.name}’s record`);

// ---- a speaker -------------------------------------------------------------------------------

/** A speaker's page: who they are, their record (verified, disputed, pending), and every claim they made, newest first. */
async function speakerView(speakerId: string): Promise<void> {
  queue = null;
  current = null;
  try {
    const [speaker, first] = await Promise.all([api.speaker(speakerId), api.speakerClaims(speakerId)]);
    if (!location.hash.startsWith(`#/speaker/${speakerId}`)) return;
    const claims = [...first.items];
    let cursor = first.nextCursor;
    const list = h('ol', { class: 'claims', 'aria-label': `Claims by ${speaker.name}` });
    const more = h('button', { type: 'button', class: 'more' }, 'Load more claims') as HTMLButtonElement;
    const draw = () => {
      list.replaceChildren(...claims.map((c) =>
        h('li', {},
          h('a', { href: `#/article/${c.articleId}/${c.claimId}`, class: `claim-link ${c.status}` }, quoted(c.text.length > 220 ? `${c.text.slice(0, 220)}…` : c.text)),
          h('span', { class: `badge ${c.status}` }, c.status),
          h('span', { class: 'muted' }, new Date(c.createdAt).toLocaleDateString()))));
      more.hidden = !cursor;
    };
    more.addEventListener('click', async () => {
      const page = await api.speakerClaims(speakerId, cursor ?? undefined);
      claims.push(...page.items);
      cursor = page.nextCursor;
      draw();
    });
    const { verified, disputed, pending } = speaker.counts;
    app.replaceChildren(
      h('section', { class: 'speaker' },
        h('p', {}, h('a', { href: '#/' }, '← Queue')),
        h('h2', {}, speaker.name),
        speaker.title ? h('p', {}, speaker.title) : null,
        h('p', { class: 'muted' }, speaker.type),
        h('p', { class: 'record', 'aria-label': 'Record' },
          h('span', { class: 'badge verified' }, `${verified} verified`),
          h('span', { class: 'badge disputed' }, `${disputed} disputed`),
          h('span', { class: 'badge pending' }, `${pending} pending`)),
        h('h3', {}, 'Claims, newest first'),
        list,
        more),
    );
    draw();
  } catch (error) {
    handleError(error);
  }
}

// ---- an article ------------------------------------------------------------------------------

let current: { article: ArticleWithClaims; claims: Claim[]; selected: number } | null = null;

async function articleView(articleId: string, claimId?: string): Promise<void> {
  queue = null;
  try {
    const article = await api.article(articleId);
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
  const body = h('div', { class: 'text', 'aria-label': 'Article text' });
  // the header (`date 2022-03-24 BEIJING:`) is shown as the dateline, not as text
  let at = article.text ? (article.bodyStart ?? 0) : 0;
  for (const [i, c] of claims.entries()) {
    if (!article.text || c.content.start < at) continue;
    body.append(text.slice(at, c.content.start));
    body.append(h('mark', { class: `${c.status}${i === selected ? ' selected' : ''}`, 'data-index': i, title: `${c.speaker.name}: ${c.status}`, onclick: (() => select(i)) as EventListener }, text.slice(c.content.start, c.content.end)));
    at = c.content.end;
  }
  body.append(text.slice(at));

  app.replaceChildren(
    h('section', { class: 'article' },
      h('p', {}, h('a', { href: '#/' }, '← Queue')),
      h('h2', {}, titleOf(article)),
      article.warning ? h('p', { class: 'warning', role: 'status' }, article.warning) : null,
      article.dateline || article.publishedAt ? h('p', { class: 'dateline' }, [article.dateline, article.publishedAt].filter(Boolean).join(' · ')) : null,
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
    h('h3', {}, h('a', { href: `#/speaker/${c.speaker.id}`, title: 'Everything this speaker said, and their record' }, c.speaker.name)),
    c.speaker.title ? h('p', {}, c.speaker.title) : null,
    h('dl', {},
      h('dt', {}, 'Status'), h('dd', { class: `badge ${c.status}`, id: 'claim-status' }, c.status),
      h('dt', {}, 'Kind'), h('dd', {}, c.kind),
      h('dt', {}, 'Cue'), h('dd', {}, c.cue?.text ?? '—'),
      h('dt', {}, 'Source'), h('dd', {}, c.source?.text ?? '—'),
      h('dt', {}, 'Confidence'), h('dd', {}, `${Math.round(c.confidence * 100)}%`),
      h('dt', {}, 'Speaker type'), h('dd', {}, c.speaker.type ?? '—')),
    h('blockquote', {}, c.text),
    seenBeforeNote(c),
    h('dl', {}, h('dt', {}, 'Check-worthiness'), h('dd', {}, worthiness(c) ?? '—')),
    reviewer?.canWrite
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
          h('li', {}, `${e.verdict} by ${e.reviewer}, ${new Date(e.at).toLocaleString()}${e.note ? ` — ${e.note}` : ''}`,
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
    h('p', {}, 'Seen before: ', h('a', { href: `#/article/${earlier.articleId}/${earlier.claimId}` }, `${verdict}${earlier.reviewer ? ` by ${earlier.reviewer}` : ''}, ${new Date(earlier.at).toLocaleDateString()}`)),
    reviewer?.canWrite && c.status === 'pending'
      ? h('button', { type: 'button', class: verdict === 'verified' ? 'verify' : 'dispute', onclick: (() => void applyEarlier(c, verdict, earlier.claimId)) as EventListener }, `Apply: ${verdict}`)
      : null);
}

async function applyEarlier(c: Claim, verdict: 'verified' | 'disputed', sameAs: string): Promise<void> {
  try {
    replaceClaim(await api.verdict(c.claimId, { verdict, sameAs, expectedVersion: c.version }));
    toast(`Marked ${verdict}, as before.`);
  } catch (error) {
    handleError(error);
  }
}

/** The claim's ClaimReview JSON-LD on the clipboard, for the newsroom's page. */
async function copyClaimReview(c: Claim): Promise<void> {
  try {
    await navigator.clipboard.writeText(JSON.stringify(await api.claimReview(c.claimId), null, 2));
    toast('ClaimReview copied.');
  } catch (error) {
    handleError(error);
  }
}

async function submit(c: Claim, verdict: 'verified' | 'disputed', note: string, evidence: string, moveOn = false): Promise<void> {
  if (!current) return;
  try {
    const updated = await api.verdict(c.claimId, { verdict, expectedVersion: c.version, ...(note.trim() ? { note: note.trim() } : {}), ...(evidence.trim() ? { evidence: [evidence.trim()] } : {}) });
    replaceClaim(updated);
    toast(`Marked ${verdict}.`);
    // from the keyboard, the next claim in the article is the next one to read
    if (moveOn && current.selected < current.claims.length - 1) select(current.selected + 1);
  } catch (error) {
    if (error instanceof ApiError && error.problem.status === 409) {
      const fresh = await api.claim(c.claimId);
      replaceClaim(fresh);
      const last = fresh.history.at(-1);
      toast(`Someone ruled first: ${last ? `${last.reviewer} marked it ${last.verdict}` : 'the claim changed'}. Reloaded.`);
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

function onKey(e: KeyboardEvent): void {
  // keys typed into a field are the field's; a checkbox takes no letters
  if (e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest('textarea, select, input:not([type=checkbox])')) return;
  if (!/^#\/article\//.test(location.hash)) {
    if (onQueueKey(e)) e.preventDefault();
    return;
  }
  if (!current) return;
  const claim = current.claims[current.selected];
  if (e.key === 'j') select(current.selected + 1);
  else if (e.key === 'k') select(current.selected - 1);
  else if ((e.key === 'v' || e.key === 'd') && claim && reviewer?.canWrite) {
    const note = (document.getElementById('note') as HTMLTextAreaElement | null)?.value ?? '';
    const evidence = (document.getElementById('evidence') as HTMLInputElement | null)?.value ?? '';
    void submit(claim, e.key === 'v' ? 'verified' : 'disputed', note, evidence, true);
  } else return;
  e.preventDefault();
}

function handleError(error: unknown): void {
  if (error instanceof ApiError && error.problem.status === 401) {
    forgetToken();
    toast('Your sign-in has expired. Please sign in again.');
    render();
    return;
  }
  toast(error instanceof ApiError ? `${error.problem.title}: ${error.problem.detail}` : 'The desk could not reach the API.');
}

void boot();

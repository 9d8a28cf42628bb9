import './style.css';
import { Api } from './api';
import { desk } from './desk';
import { finishHostedSignIn, forgetToken, reviewerOf, storedToken, takeTokenFromFragment } from './session';
import { articleView, leaveArticle, onArticleKey } from './views/article';
import { leaveQueue, onQueueKey, queueView, stopQueuePolling } from './views/queue';
import { signInView } from './views/sign-in';
import { speakerView } from './views/speaker';
import { isolated } from './user-text';

/** The desk's entry: sign-in, then one view per route (`#/`, `#/article/ID[/CLAIM]`, `#/speaker/ID`). */
const who = document.getElementById('who')!;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;

async function boot(): Promise<void> {
  desk.config = await fetch('config.json').then((r) => (r.ok ? r.json() : { apiUrl: '' })).catch(() => ({ apiUrl: '' }));
  if (desk.config.cognito) await finishHostedSignIn(desk.config.cognito);
  takeTokenFromFragment();
  desk.api = new Api(desk.config.apiUrl, storedToken);
  desk.render = render;
  signOut.addEventListener('click', () => {
    forgetToken();
    render();
  });
  window.addEventListener('hashchange', render);
  document.addEventListener('keydown', onKey);
  render();
}

function render(): void {
  stopQueuePolling();
  const token = storedToken();
  const reviewer = (desk.reviewer = token ? reviewerOf(token) : null);
  who.replaceChildren(...(reviewer ? [isolated(reviewer.name), reviewer.canWrite ? '' : ' (read only)'] : []));
  signOut.hidden = !reviewer;
  if (!reviewer) return signInView();
  const article = /^#\/article\/([^/]+)(?:\/([^/]+))?/.exec(location.hash);
  const speaker = /^#\/speaker\/([^/]+)/.exec(location.hash);
  if (article) {
    leaveQueue();
    void articleView(article[1], article[2]);
  } else if (speaker) {
    leaveQueue();
    leaveArticle();
    void speakerView(speaker[1]);
  } else {
    leaveArticle();
    void queueView();
  }
}

function onKey(e: KeyboardEvent): void {
  // keys typed into a field are the field's; a checkbox takes no letters; a dialog's keys are its own
  if (e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest('textarea, select, input:not([type=checkbox]), dialog')) return;
  const handled = /^#\/article\//.test(location.hash) ? onArticleKey(e) : onQueueKey(e);
  if (handled) e.preventDefault();
}

void boot();

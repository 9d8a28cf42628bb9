import { desk } from '../desk';
import { h } from '../element';
import { reviewerOf, startHostedSignIn, storeToken } from '../session';
import { toast } from '../toast';

const app = document.getElementById('app')!;

/** Sign-in: the newsroom's hosted sign-in in AWS, a pasted token locally. */
export function signInView(): void {
  const { config } = desk;
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
        desk.render();
      }) as EventListener,
    },
    h('h2', {}, 'Sign in'),
    config.cognito ? h('button', { type: 'button', onclick: (() => void startHostedSignIn(config.cognito!)) as EventListener }, 'Sign in with your newsroom account') : null,
    h('label', { for: 'token' }, config.cognito ? 'or paste a token' : 'Reviewer token (npm run --silent token -- YOUR-NAME)'),
    input,
    h('button', { type: 'submit' }, 'Sign in'),
  ) as HTMLFormElement;
  // a token is one line: Enter signs in, as in a one-line field, where a textarea would add a newline
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    form.requestSubmit();
  });
  app.replaceChildren(form);
  input.focus();
}

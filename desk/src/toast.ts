import { h } from './element';

const toastBox = document.getElementById('toast')!;

/** A message at the foot of the page that fades after five seconds; user text in it comes isolated (user-text.ts). */
export function toast(...message: Array<string | Node>): void {
  toastBox.replaceChildren(h('span', {}, ...message));
  toastBox.classList.add('shown');
  setTimeout(() => toastBox.classList.remove('shown'), 5000);
}

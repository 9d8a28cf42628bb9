import { h } from './element';

/**
 * A question put to the reviewer in a modal dialog, answered with a value or with nothing
 * (Escape, Cancel). The browser's own `<dialog>` keeps focus inside it and makes the page behind
 * inert; the desk's keys ignore what is typed in it (main.ts), so `j` in a name moves no claim.
 */
export function ask<T>(label: string, build: (answer: (value: T | null) => void) => Array<Node | null>): Promise<T | null> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'dialog', 'aria-label': label }) as HTMLDialogElement;
    let answered = false;
    const answer = (value: T | null) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    // Escape closes the dialog without an answer
    dialog.addEventListener('close', () => answer(null));
    dialog.append(...build(answer).filter((n): n is Node => n !== null));
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A Cancel button for a dialog built by `ask`. */
export const cancelButton = (answer: (value: null) => void) => h('button', { type: 'button', class: 'cancel', onclick: (() => answer(null)) as EventListener }, 'Cancel');

/** A question in a card of the sidebar (instead of confirm()): a sentence, a yes and a no button. */
import { clear, el } from './dom';

export function ask(
  box: HTMLElement,
  question: { title?: string; text: string; yes: string; no: string },
  onYes: () => void,
  onNo: () => void = () => undefined,
): void {
  clear(box);
  const yes = el('button', { type: 'button', class: 'primary', text: question.yes });
  const no = el('button', { type: 'button', text: question.no });
  box.append(
    ...(question.title ? [el('h3', { text: question.title })] : []),
    el('p', { text: question.text }),
    el('div', { class: 'actions' }, yes, no),
  );
  box.hidden = false;
  yes.focus();
  yes.addEventListener('click', () => {
    box.hidden = true;
    onYes();
  });
  no.addEventListener('click', () => {
    box.hidden = true;
    onNo();
  });
}

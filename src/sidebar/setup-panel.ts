/** Réglages tab: builds or repairs the tracking sheet, asking before adopting the club's own list. */
import type { BuildOutcome } from '../rpc';
import type { App } from './app';
import { clear, el } from './dom';

export function setupPanel(app: App): HTMLElement {
  const { tr } = app;
  const question = el('div', { class: 'card', id: 'adopt-question' });
  question.hidden = true;
  const button = el('button', { type: 'button', class: 'primary', id: 'build-sheet', text: tr('sheet.buildButton') });

  async function build(adopt?: boolean): Promise<void> {
    button.disabled = true;
    question.hidden = true;
    const outcome = await app.call('buildTrackingSheet', adopt === undefined ? {} : { adopt });
    button.disabled = false;
    if (outcome) show(outcome);
  }

  function show(outcome: BuildOutcome): void {
    if (outcome.kind === 'confirmAdopt') {
      clear(question);
      const yes = el('button', { type: 'button', class: 'primary', text: tr('sheet.adoptYes') });
      const no = el('button', { type: 'button', text: tr('sheet.adoptNo') });
      yes.addEventListener('click', () => void build(true));
      no.addEventListener('click', () => void build(false));
      question.append(
        el('h3', { text: tr('sheet.adoptConfirmTitle') }),
        el('p', { text: outcome.question }),
        el('div', { class: 'actions' }, yes, no),
      );
      question.hidden = false;
      app.status.show('info', tr('sheet.adoptConfirmTitle'));
      yes.focus();
      return;
    }
    app.status.show('success', outcome.message, outcome.warnings);
  }

  button.addEventListener('click', () => void build());
  return el(
    'section',
    {},
    el('h2', { text: tr('sheet.buildButton') }),
    el('p', { class: 'muted', text: tr('sheet.buildHelp') }),
    button,
    question,
  );
}

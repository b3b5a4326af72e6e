/** Réglages tab: builds or repairs the tracking sheet, asking before adopting the club's own list. */
import type { BuildOutcome } from '../rpc';
import type { App } from './app';
import { ask } from './confirm';
import { el } from './dom';

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
      ask(
        question,
        {
          title: tr('sheet.adoptConfirmTitle'),
          text: outcome.question,
          yes: tr('sheet.adoptYes'),
          no: tr('sheet.adoptNo'),
        },
        () => void build(true),
        () => void build(false),
      );
      app.status.show('info', tr('sheet.adoptConfirmTitle'));
      return;
    }
    app.boot.sheetReady = true;
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

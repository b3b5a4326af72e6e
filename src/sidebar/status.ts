/** The status area: one message at a time (info, success, error) and an optional progress bar. */
import type { Translate } from '../core/i18n';
import { clear, el } from './dom';

export type Tone = 'info' | 'success' | 'error';

export class StatusArea {
  private readonly message: HTMLElement;
  private readonly details: HTMLUListElement;
  private readonly progress: HTMLProgressElement;
  /** Counts messages shown, so a finished call knows whether its "working" is still the one on screen. */
  private shown = 0;
  /** The call whose failure is on screen, and which message that is. */
  private failure?: { call: string; ticket: number };

  constructor(
    readonly root: HTMLElement,
    private readonly tr: Translate,
  ) {
    this.message = el('p', { class: 'status-message', id: 'status-message' });
    this.details = el('ul', { class: 'status-details' });
    this.progress = el('progress', { class: 'status-progress', max: '100', 'aria-label': tr('status.progress') });
    this.progress.hidden = true;
    root.append(this.message, this.details, this.progress);
    this.show('info', tr('status.ready'));
  }

  show(tone: Tone, text: string, details: string[] = []): void {
    this.shown += 1;
    this.root.dataset.tone = tone;
    this.root.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    this.message.textContent = text;
    clear(this.details);
    for (const line of details) this.details.append(el('li', { text: line }));
  }

  /** Shows "working" and returns the ticket `idle` takes. */
  busy(): number {
    this.show('info', this.tr('status.working'));
    return this.shown;
  }

  /** Back to "ready" once a call is over, unless something else was shown since its `busy`. */
  idle(ticket: number): void {
    if (this.shown === ticket) this.show('info', this.tr('status.ready'));
  }

  /** Shows the error a call ended with. */
  failed(call: string, text: string): void {
    this.show('error', text);
    this.failure = { call, ticket: this.shown };
  }

  /** The same call has now succeeded: its failure, if still on screen, no longer holds. */
  recovered(call: string): void {
    if (this.failure?.call === call && this.failure.ticket === this.shown) this.show('info', this.tr('status.ready'));
  }

  setProgress(done: number, total: number): void {
    this.progress.hidden = total <= 0;
    this.progress.value = total > 0 ? Math.round((100 * done) / total) : 0;
  }
}

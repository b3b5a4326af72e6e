/** What every panel shares: the translator, the status area, and a helper to call the server. */
import { googleErrorKey } from '../core/errors';
import type { Translate } from '../core/i18n';
import type { Bootstrap, RpcArg, RpcName, RpcResult } from '../rpc';
import { el } from './dom';
import { callServer } from './server';
import type { StatusArea } from './status';
import { TAB_RETURN, TAB_SHOW } from './tabs';

export interface App {
  tr: Translate;
  boot: Bootstrap;
  status: StatusArea;
  /**
   * Calls the server with the status area showing "working" until it answers (unless `quiet`: a chunk
   * whose progress is on screen, a list brought up to date under a result), and reports a failure there.
   */
  call<K extends RpcName>(name: K, arg?: RpcArg<K>, options?: { quiet?: boolean }): Promise<RpcResult<K> | undefined>;
  selectTab(id: string): void;
}

export function makeCaller(status: StatusArea, tr: Translate): App['call'] {
  return async (name, arg, options) => {
    const ticket = options?.quiet ? undefined : status.busy();
    try {
      const result = await callServer(name, arg);
      if (ticket !== undefined) status.idle(ticket);
      status.recovered(name);
      return result;
    } catch (error) {
      // A run cut at six minutes never reaches the server's wrapper: Google's own words arrive here.
      const message = error instanceof Error ? error.message : '';
      const google = googleErrorKey(message);
      status.failed(name, google ? tr(google) : message || tr('error.network'));
      return undefined;
    }
  };
}

/**
 * Brings a panel up to date each time its tab is opened, once the tracking sheet exists (other tabs,
 * the sheet or a teammate may have changed what it shows); until then the returned hint says where to
 * create the sheet. A list the sheet feeds (`onReturn`) is also brought up to date, quietly, when the
 * person comes back from the sheet — unless they are filling in a field of it. Refreshes never overlap.
 */
export function refreshWhenShown(
  app: App,
  panel: HTMLElement,
  refresh: (quiet: boolean) => Promise<void>,
  options: { onReturn?: boolean } = {},
): HTMLElement {
  const hint = el('p', { class: 'muted hint', text: app.tr('sheet.createFirst') });
  let running = false;
  const run = async (quiet: boolean) => {
    hint.hidden = app.boot.sheetReady;
    if (!app.boot.sheetReady || running) return;
    running = true;
    try {
      await refresh(quiet);
    } finally {
      running = false;
    }
  };
  panel.addEventListener(TAB_SHOW, () => void run(false));
  if (options.onReturn) {
    panel.addEventListener(TAB_RETURN, () => {
      const field = document.activeElement;
      if (field && panel.contains(field) && /^(INPUT|TEXTAREA|SELECT)$/.test(field.tagName)) return;
      void run(true);
    });
  }
  return hint;
}

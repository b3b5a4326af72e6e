/** Sidebar entry: asks the server who is here, then builds the header, the tabs and the status area. */
import { translator } from '../core/i18n';
import type { Bootstrap } from '../rpc';
import { actionsPanel } from './actions-panel';
import { type App, makeCaller } from './app';
import { classifyPanel } from './classify-panel';
import { el } from './dom';
import { mailPanel } from './mail-panel';
import { callServer } from './server';
import { settingsPanel } from './settings-panel';
import { setupPanel } from './setup-panel';
import { StatusArea } from './status';
import { suggestPanel } from './suggest-panel';
import { buildTabs } from './tabs';
import { teamPanel } from './team-panel';

function render(root: HTMLElement, boot: Bootstrap): void {
  const tr = translator(boot.lang);
  document.documentElement.lang = boot.lang;
  const statusRoot = el('div', { class: 'status', id: 'status', 'aria-live': 'polite' });
  const status = new StatusArea(statusRoot, tr);
  const app: App = { tr, boot, status, call: makeCaller(status, tr), selectTab: () => undefined };
  const tabs = buildTabs(
    [
      { id: 'actions', label: tr('tab.mesActions'), panel: actionsPanel(app) },
      { id: 'suggestions', label: tr('tab.suggestions'), panel: suggestPanel(app) },
      { id: 'classement', label: tr('tab.classement'), panel: classifyPanel(app) },
      { id: 'courriels', label: tr('tab.courriels'), panel: mailPanel(app) },
      { id: 'equipe', label: tr('tab.equipe'), panel: teamPanel(app) },
      { id: 'reglages', label: tr('tab.reglages'), panel: el('div', {}, setupPanel(app), settingsPanel(app)) },
    ],
    tr('tab.tabs'),
  );
  app.selectTab = tabs.select;
  // The tab the add-on asked for (Classer from the menu opens Classement), else Mes actions when the
  // user has work, the setup while there is no tracking sheet, else Suggestions.
  const asked = document.querySelector('meta[name="pdc-open-on"]')?.getAttribute('content') ?? '';
  tabs.select(!boot.sheetReady ? 'reglages' : tabs.has(asked) ? asked : boot.myActions > 0 ? 'actions' : 'suggestions');
  const header = el(
    'header',
    { class: 'header' },
    el('h1', { text: tr('sidebar.title') }),
    el('p', { class: 'muted', text: tr('sidebar.subtitle') }),
  );
  root.replaceChildren(header, tabs.bar, tabs.panels, statusRoot);
  // Back from the sheet, where the person may have typed a category or a status, the lists the sheet
  // feeds bring themselves up to date. Coming back is the pointer entering the panel or the keyboard
  // focus returning to it; both at once count once.
  let last = 0;
  const back = () => {
    if (Date.now() - last < 500) return;
    last = Date.now();
    tabs.returned();
  };
  window.addEventListener('focus', back);
  document.documentElement.addEventListener('mouseenter', back);
}

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    render(root, await callServer('getBootstrap'));
  } catch (error) {
    const tr = translator('fr');
    root.replaceChildren(
      el('p', {
        class: 'status',
        'data-tone': 'error',
        role: 'alert',
        text: error instanceof Error && error.message ? error.message : tr('error.network'),
      }),
    );
  }
}

void start();

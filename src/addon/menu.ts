/**
 * The add-on menu. MENU is the one list of menu items: the caption and the entry point it calls.
 * Adding an item here also adds its global function to Code.js (see index.ts).
 */
import type { MessageKey } from '../core/i18n';
import { t } from '../core/i18n';
import { classifyPartners } from './classify/action';
import { askYesNo, installAddonMenu, showAlert, showSidebar } from './gas/ui';
import { currentLang } from './lang';
import { fromMenu } from './run';
import { buildTrackingSheet } from './tracking/build';

interface MenuItem {
  functionName: string;
  caption: MessageKey;
  run: () => void;
}

export function openSidebar(): void {
  showSidebar(t(currentLang(), 'sidebar.title'));
}

/** The menu path of the build: the adoption question is asked in a dialog, the outcome shown in another. */
export function menuBuildSheet(): void {
  const lang = currentLang();
  let outcome = buildTrackingSheet({});
  if (outcome.kind === 'confirmAdopt') {
    outcome = buildTrackingSheet({ adopt: askYesNo(t(lang, 'sheet.adoptConfirmTitle'), outcome.question) });
  }
  if (outcome.kind !== 'done') return;
  const details = outcome.warnings.length
    ? `\n\n${t(lang, 'sheet.warnings', { list: outcome.warnings.join(' ; ') })}`
    : '';
  showAlert(t(lang, 'app.name'), outcome.message + details);
}

/** Classer from the menu: the outcome in a dialog, then the sidebar on Classement when rows are to check. */
export function menuClassify(): void {
  const lang = currentLang();
  const outcome = classifyPartners();
  const toCheck = outcome.toCheck.length > 0;
  showAlert(t(lang, 'app.name'), outcome.message + (toCheck ? `\n\n${t(lang, 'classify.openPanel')}` : ''));
  if (toCheck) showSidebar(t(lang, 'sidebar.title'), 'classement');
}

export const MENU: MenuItem[] = [
  { functionName: 'openSidebar', caption: 'menu.openSidebar', run: openSidebar },
  { functionName: 'menuBuildSheet', caption: 'menu.buildSheet', run: menuBuildSheet },
  { functionName: 'menuClassify', caption: 'menu.classify', run: menuClassify },
];

/**
 * Simple trigger. It may run in AuthMode.NONE (add-on not yet used in this document), where only
 * building the menu is allowed: nothing here reads the document or the user's data.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = currentLang();
  installAddonMenu(MENU.map((item) => ({ caption: t(lang, item.caption), functionName: item.functionName })));
}

/** Runs when the add-on is installed from the Marketplace: show the menu at once. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export const menuEntryPoints: Record<string, () => void> = Object.fromEntries(
  MENU.map((item) => [item.functionName, fromMenu(item.functionName, item.run)]),
);

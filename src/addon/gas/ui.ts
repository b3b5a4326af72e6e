/** Thin adapter over the Spreadsheet UI, HtmlService and Session: menus, sidebar, dialogs, locale. */

export interface MenuEntry {
  caption: string;
  functionName: string;
}

export function installAddonMenu(entries: MenuEntry[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of entries) menu.addItem(entry.caption, entry.functionName);
  menu.addToUi();
}

const OPEN_ON_META = '<meta name="pdc-open-on" content="" />';

/**
 * Opens the sidebar, on a given tab when one is named: the tab id is written into the page's
 * `pdc-open-on` meta (a fixed id from the add-on, never user data).
 */
export function showSidebar(title: string, openOn = ''): void {
  let html = HtmlService.createHtmlOutputFromFile('Sidebar');
  if (openOn) {
    const content = html.getContent().replace(OPEN_ON_META, `<meta name="pdc-open-on" content="${openOn}" />`);
    html = HtmlService.createHtmlOutput(content);
  }
  SpreadsheetApp.getUi().showSidebar(html.setTitle(title));
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function askYesNo(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** The user's locale ("fr_FR"); '' when it cannot be read (simple triggers in AuthMode.NONE). */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch (_error) {
    return '';
  }
}

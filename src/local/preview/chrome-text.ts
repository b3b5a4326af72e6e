/**
 * What the preview itself says around the add-on — Sheets' own chrome — in the user's language, as
 * Sheets would (the add-on's words are in its i18n module; these never reach the add-on bundle).
 */
import { pickLang } from '../../core/i18n';
import { escapeHtml } from '../../core/templates';

const fr = {
  pageTitle: 'Aperçu local — Partenaires du club',
  heading: 'Aperçu local',
  save: 'Enregistrer le classeur',
  saved: 'Classeur enregistré.',
  cellLabel: 'Contenu de la cellule',
  cellHint: 'Cliquez une cellule (ou flèches), tapez sa valeur puis Entrée ; double-clic ou F2 : modifier',
  grid: 'Feuille',
  tabs: 'Feuilles',
  menus: 'Menus',
  closePanel: 'Fermer le panneau',
  panel: 'Panneau du module',
  question: 'Question',
  yes: 'Oui',
  no: 'Non',
  ok: 'OK',
  cancel: 'Annuler',
  rowsShown: '{total} lignes (les {shown} premières sont affichées)',
  noSheet: 'Feuille introuvable.',
};

const en: typeof fr = {
  pageTitle: 'Local preview — Partenaires du club',
  heading: 'Local preview',
  save: 'Save the workbook',
  saved: 'Workbook saved.',
  cellLabel: 'Cell content',
  cellHint: 'Click a cell (or use the arrows), type its value then Enter; double-click or F2: edit',
  grid: 'Sheet',
  tabs: 'Sheets',
  menus: 'Menus',
  closePanel: 'Close the panel',
  panel: 'Add-on panel',
  question: 'Question',
  yes: 'Yes',
  no: 'No',
  ok: 'OK',
  cancel: 'Cancel',
  rowsShown: '{total} rows (the first {shown} are shown)',
  noSheet: 'Sheet not found.',
};

export type ChromeText = typeof fr;

export function chromeText(locale: string): ChromeText {
  return pickLang(locale) === 'en' ? en : fr;
}

/** The page with its words in the user's language: `{{key}}` in the HTML, and `TEXT` for its script. */
export function localizePage(html: string, text: ChromeText): string {
  return html
    .replace('/*CHROME_TEXT*/ {}', JSON.stringify(text).replace(/</g, '\\u003c'))
    .replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
      key in text ? escapeHtml(text[key as keyof ChromeText]) : whole,
    );
}

/** The "Modèles" sheet: created with the default French templates, then edited by the team. */
import { categoryFromTyped } from '../../core/classement';
import { DEFAULT_TEMPLATES } from '../../core/default-templates';
import { t } from '../../core/i18n';
import { META } from '../../core/schema';
import { CATEGORIES, type Lang } from '../../core/taxonomy';
import type { Template, TemplateKind } from '../../core/templates';
import { normalize } from '../../core/text';
import { insertCreatedSheet } from '../sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TAG = 'modeles';

function findTemplatesSheet(ss: Spreadsheet): Sheet | undefined {
  for (const meta of ss.createDeveloperMetadataFinder().withKey(META.templates).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

function kindLabel(kind: TemplateKind, lang: Lang): string {
  return t(lang, kind === 'premier' ? 'templates.kind.premier' : 'templates.kind.relance');
}

function categoryLabel(category: string, lang: Lang): string {
  return category === 'defaut'
    ? t(lang, 'templates.default')
    : (CATEGORIES.find((c) => c.id === category)?.[lang] ?? category);
}

/** The sheet, created with the default templates when missing (a sidebar action may need it). */
export function ensureTemplatesSheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const found = findTemplatesSheet(ss);
  if (found) return { sheet: found, created: false };
  const sheet = insertCreatedSheet(ss, 'templates', lang);
  const rows = [
    [
      t(lang, 'templates.header.category'),
      t(lang, 'templates.header.kind'),
      t(lang, 'templates.header.subject'),
      t(lang, 'templates.header.body'),
    ],
    ...DEFAULT_TEMPLATES.map((tpl) => [
      categoryLabel(tpl.category, lang),
      kindLabel(tpl.kind, lang),
      tpl.subject,
      tpl.body,
    ]),
  ];
  // Templates start with "{{" or plain words: written as plain text so nothing is read as a formula.
  const range = sheet.getRange(1, 1, rows.length, 4);
  range.setNumberFormat('@');
  range.setValues(rows);
  range.setWrap(true);
  sheet.getRange(1, 1, 1, 4).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.getRange(1, 1).setNote(t(lang, 'templates.note'));
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 190);
  sheet.setColumnWidth(2, 120);
  sheet.setColumnWidth(3, 300);
  sheet.setColumnWidth(4, 520);
  sheet.addDeveloperMetadata(META.templates, TAG);
  return { sheet, created: true };
}

function kindOf(label: string): TemplateKind | undefined {
  const n = normalize(label);
  if (n.startsWith('premier') || n.startsWith('first')) return 'premier';
  if (n.startsWith('relance') || n.startsWith('follow')) return 'relance';
  return undefined;
}

/** Every usable row of the sheet: a known category (or the default), a kind, a subject and a body. */
export function readTemplates(ss: Spreadsheet, lang: Lang): Template[] {
  const { sheet } = ensureTemplatesSheet(ss, lang);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const templates: Template[] = [];
  for (const [category, kind, subject, body] of sheet.getRange(2, 1, lastRow - 1, 4).getValues()) {
    const id = /^(par defaut|default|defaut)$/.test(normalize(String(category)))
      ? 'defaut'
      : // « Bibliothèque », « Asso »: the team's own word for a category, as in the partner sheet.
        categoryFromTyped(String(category));
    const k = kindOf(String(kind));
    if (!id || !k || !String(subject).trim() || !String(body).trim()) continue;
    templates.push({ category: id, kind: k, subject: String(subject), body: String(body) });
  }
  return templates;
}

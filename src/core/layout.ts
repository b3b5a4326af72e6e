/**
 * What the tracking sheet should look like, computed from where its columns are: validations,
 * conditional formats and the dashboard formulas. Pure: the addon layer compares and applies.
 */
import { t } from './i18n';
import { CLOSED_STATUSES, COLUMNS, type ColumnId, type ColumnSpec } from './schema';
import { APPORTS, CATEGORIES, type Lang, label, STATUTS, TUTELLES } from './taxonomy';

export type ValidationSpec =
  | { kind: 'list'; values: string[]; help: string }
  /** Values taken from a column of another sheet (the team's names): the dropdown follows that sheet. */
  | { kind: 'range'; sheetName: string; a1: string; help: string }
  | { kind: 'date'; help: string }
  | { kind: 'checkbox'; help: string };

export function validationFor(spec: ColumnSpec, lang: Lang, teamSheetName?: string): ValidationSpec | undefined {
  const help = t(lang, `note.${spec.id}` as never);
  switch (spec.type) {
    case 'member':
      return teamSheetName ? { kind: 'range', sheetName: teamSheetName, a1: 'A2:A', help } : undefined;
    case 'category':
      return { kind: 'list', values: CATEGORIES.map((c) => c[lang]), help };
    case 'status':
      return { kind: 'list', values: STATUTS.map((s) => s[lang]), help };
    case 'tutelle':
      return { kind: 'list', values: TUTELLES.map((s) => s[lang]), help };
    case 'date':
      return { kind: 'date', help };
    case 'checkbox':
      return { kind: 'checkbox', help };
    default:
      return undefined;
  }
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export type Positions = Partial<Record<ColumnId, number>>;

/** A conditional format the add-on owns; the marker in the formula tells it apart from people's rules. */
export interface RuleSpec {
  name: string;
  formula: string;
  background: string;
  fontColor?: string;
  /** Column the rule colours, or 'row' for the whole row. */
  target: ColumnId | 'row';
}

const MARK = (name: string) => `N("pdc:${name}")=0`;
export const RULE_MARKER = /N\("pdc:([\w-]+)"\)=0/;

const STATUS_COLOURS: Record<string, string> = {
  a_contacter: '#e8eaed',
  brouillon: '#fef7e0',
  contacte: '#e8f0fe',
  relance: '#d2e3fc',
  en_discussion: '#fce8b2',
  partenaire: '#ceead6',
  refus: '#fad2cf',
  sans_suite: '#f1f3f4',
};

export function ruleSpecs(positions: Positions, lang: Lang): RuleSpec[] {
  const col = (id: ColumnId) => (positions[id] ? `$${columnLetter(positions[id]!)}` : undefined);
  const rules: RuleSpec[] = [];
  const statut = col('statut');
  if (statut) {
    for (const s of STATUTS) {
      rules.push({
        name: `statut-${s.id}`,
        formula: `=AND(${statut}2="${s[lang]}",${MARK(`statut-${s.id}`)})`,
        background: STATUS_COLOURS[s.id] ?? '#ffffff',
        target: 'statut',
      });
    }
  }
  const relance = col('prochaineRelance');
  if (relance) {
    const open = statut ? CLOSED_STATUSES.map((id) => `${statut}2<>"${label(STATUTS, id, lang)}"`).join(',') : 'TRUE';
    rules.push({
      name: 'relance-en-retard',
      formula: `=AND(ISNUMBER(${relance}2),${relance}2<TODAY(),${open},${MARK('relance-en-retard')})`,
      background: '#fce8e6',
      fontColor: '#c5221f',
      target: 'prochaineRelance',
    });
  }
  const structure = col('structure');
  const commune = col('commune');
  if (structure && commune) {
    rules.push({
      name: 'doublon-nom',
      formula: `=AND(${structure}2<>"",COUNTIFS(${structure}:${structure},${structure}2,${commune}:${commune},${commune}2)>1,${MARK('doublon-nom')})`,
      background: '#fff0b3',
      target: 'structure',
    });
  }
  const email = col('email');
  if (email) {
    rules.push({
      name: 'doublon-email',
      formula: `=AND(${email}2<>"",COUNTIF(${email}:${email},${email}2)>1,${MARK('doublon-email')})`,
      background: '#fff0b3',
      target: 'email',
    });
  }
  return rules;
}

/** Members the dashboard lists (the rows of the team sheet it reads). */
export const TEAM_ROWS = 25;

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The dashboard as a grid of values and formulas (row-major), plus where its chart data sits. */
export interface DashboardGrid {
  cells: string[][];
  /** Chart data: the status header row and the totals row, columns 2… of the grid. */
  chart: { headerRow: number; totalRow: number; numColumns: number; anchorRow: number; anchorColumn: number };
}

export function dashboardGrid(
  sheetName: string,
  positions: Positions,
  lang: Lang,
  teamSheetName?: string,
): DashboardGrid {
  const ref = (id: ColumnId) => {
    const c = positions[id];
    return c ? `${quoteSheet(sheetName)}!$${columnLetter(c)}$2:$${columnLetter(c)}` : '""';
  };
  const width = STATUTS.length + 2;
  const row = (...cells: string[]) => [...cells, ...Array(Math.max(0, width - cells.length)).fill('')];
  const cells: string[][] = [];
  cells.push(row(t(lang, 'dashboard.title')));
  cells.push(row(t(lang, 'dashboard.updated')));
  cells.push(row());
  cells.push(row(t(lang, 'dashboard.byCategory')));
  const header = [t(lang, 'dashboard.category'), ...STATUTS.map((s) => s[lang]), t(lang, 'dashboard.total')];
  cells.push(header);
  const firstDataRow = cells.length + 1;
  // A partner not classified yet is one to check, and one with no status yet is one to contact (as
  // Courriels and Mes actions read them): so every named row is in exactly one cell and the columns
  // add up to the total.
  const count = (categories: string[], statuses: string[]) =>
    `=${categories
      .flatMap((c) =>
        statuses.map((s) => `COUNTIFS(${ref('categorie')},${c},${ref('statut')},${s},${ref('structure')},"<>")`),
      )
      .join('+')}`;
  const orEmpty = (criterion: string, when: boolean) => (when ? [criterion, '""'] : [criterion]);
  for (const category of CATEGORIES) {
    const r = cells.length + 1;
    const categories = orEmpty(`$A${r}`, category.id === 'autre');
    const counts = STATUTS.map((s, i) =>
      count(categories, orEmpty(`${columnLetter(i + 2)}$${firstDataRow - 1}`, s.id === 'a_contacter')),
    );
    const total = categories.map((c) => `COUNTIFS(${ref('categorie')},${c},${ref('structure')},"<>")`).join('+');
    cells.push([category[lang], ...counts, `=${total}`]);
  }
  const totalRow = cells.length + 1;
  cells.push([
    t(lang, 'dashboard.total'),
    ...STATUTS.map((_s, i) => `=SUM(${columnLetter(i + 2)}${firstDataRow}:${columnLetter(i + 2)}${totalRow - 1})`),
    `=COUNTIF(${ref('structure')},"<>")`,
  ]);
  cells.push(row());
  cells.push(row(t(lang, 'dashboard.byApport')));
  cells.push(row(t(lang, 'dashboard.apport'), t(lang, 'dashboard.active')));
  const active = label(STATUTS, 'partenaire', lang);
  for (const apport of APPORTS) {
    const r = cells.length + 1;
    cells.push(row(apport[lang], `=COUNTIFS(${ref('apports')},"*"&$A${r}&"*",${ref('statut')},"${active}")`));
  }
  cells.push(row());
  const closed = CLOSED_STATUSES.map((id) => `,${ref('statut')},"<>${label(STATUTS, id, lang)}"`).join('');
  cells.push(row(t(lang, 'dashboard.overdue'), `=COUNTIFS(${ref('prochaineRelance')},"<"&TODAY()${closed})`));
  if (teamSheetName) {
    // One line per member of the team sheet, live: names are read from it, so the list follows it.
    cells.push(row());
    cells.push(row(t(lang, 'dashboard.byMember')));
    cells.push(row(t(lang, 'dashboard.member'), t(lang, 'dashboard.assigned'), t(lang, 'dashboard.overdue')));
    const team = quoteSheet(teamSheetName);
    for (let k = 0; k < TEAM_ROWS; k++) {
      const r = cells.length + 1;
      cells.push(
        row(
          `=IF(${team}!$A${k + 2}="","",${team}!$A${k + 2})`,
          `=IF($A${r}="","",COUNTIFS(${ref('responsable')},$A${r}))`,
          `=IF($A${r}="","",COUNTIFS(${ref('responsable')},$A${r},${ref('prochaineRelance')},"<"&TODAY()${closed}))`,
        ),
      );
    }
  }
  return {
    cells,
    chart: {
      headerRow: firstDataRow - 1,
      totalRow,
      numColumns: STATUTS.length,
      anchorRow: 4,
      anchorColumn: width + 2,
    },
  };
}

/** A short fingerprint of what the dashboard depends on, to know when it must be rebuilt. */
export function dashboardSignature(sheetName: string, positions: Positions, lang: Lang, teamSheetName = ''): string {
  const parts = COLUMNS.map((c) => `${c.id}:${positions[c.id] ?? 0}`);
  return `v3|${lang}|${sheetName}|${teamSheetName}|${parts.join(',')}`;
}

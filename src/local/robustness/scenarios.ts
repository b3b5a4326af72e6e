/**
 * Robustness scenarios on the emulator, shared by the tests and `npm run robustness`:
 * - interleavings: between any two service calls of an action, a person sorts, inserts or deletes rows,
 *   moves a column or sets a filter; nothing may be written to the wrong partner;
 * - faults: any service call of an action fails; the sheet stays consistent and the next run completes.
 */
import { Emulator } from '../emulator/runtime';
import { fixtureRoutes } from '../fixtures';

type App = Emulator;

export interface ActionCase {
  name: string;
  /** Runs the action once. */
  run: (app: App) => unknown;
  /** What the action must have done when it completed, partner ID → column → value. */
  expected: (app: App) => Record<string, Record<string, unknown>>;
}

export interface Mutation {
  name: string;
  apply: (app: App) => void;
}

const PARTNERS = [
  ['Médiathèque des Lilas', 'media@example.org'],
  ['Collège Jean Moulin', 'college@example.org'],
  ['MJC du Centre', 'mjc@example.org'],
  ['KIFEKOI', 'kifekoi@example.org'],
  ['Association Les Codeurs', 'codeurs@example.org'],
  ['Mairie de Melun', 'mairie@example.org'],
  ['Briques et Octets', 'bonjour@briques.example'],
];

function sheetOf(app: App) {
  return app.service('SpreadsheetApp').getActive().getSheetByName('Partenaires');
}

function headerOf(app: App): string[] {
  const sheet = sheetOf(app);
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
}

/** A club with seven partners in Melun (one a bare-named company the directory knows), its settings. */
export function club(): App {
  const app = new Emulator({ user: { email: 'lea@example.org' }, routes: fixtureRoutes() });
  app.clock.set('2026-11-28T09:00:00Z');
  app.run('saveSettings', { clubName: 'Club', senderName: 'Club', signature: 'Le club', followUpDays: 10 });
  app.run('buildTrackingSheet', {});
  app.calls.uncounted(() => {
    const sheet = sheetOf(app);
    const header = headerOf(app);
    const col = (name: string) => header.indexOf(name) + 1;
    PARTNERS.forEach(([name, email], i) => {
      sheet.getRange(i + 2, col('Structure')).setValue(name);
      sheet.getRange(i + 2, col('E-mail')).setValue(email);
      sheet.getRange(i + 2, col('Commune')).setValue('Melun');
      sheet.getRange(i + 2, col('Code postal')).setValue('77000');
    });
  });
  app.run('buildTrackingSheet', {});
  return app;
}

/** Partner ID → header → value, as the sheet now holds it. */
export function snapshot(app: App): Record<string, Record<string, unknown>> {
  return app.calls.uncounted(() => {
    const sheet = sheetOf(app);
    const header = headerOf(app);
    const last = sheet.getLastRow();
    const out: Record<string, Record<string, unknown>> = {};
    if (last < 2) return out;
    for (const row of sheet.getRange(2, 1, last - 1, header.length).getValues()) {
      const id = String(row[header.indexOf('ID')]);
      if (!id) continue;
      if (out[id]) throw new Error(`duplicate ID ${id}`);
      out[id] = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    }
    return out;
  });
}

const pick = (columns: string[]) => (app: App) => {
  const all = snapshot(app);
  return Object.fromEntries(
    Object.entries(all).map(([id, row]) => [id, Object.fromEntries(columns.map((c) => [c, row[c]]))]),
  );
};

export const ACTIONS: ActionCase[] = [
  {
    name: 'classifyPartners',
    run: (app) => app.run('classifyPartners'),
    expected: pick(['Structure', 'Catégorie', 'Classement', 'Apports', 'Tutelle']),
  },
  {
    name: 'markContacted',
    run: (app) => app.run('markContacted', { partnerId: 'P-0003' }),
    expected: pick(['Structure', 'Statut', 'Dernier contact', 'Prochaine relance']),
  },
  {
    name: 'setCategory',
    run: (app) => app.run('setCategory', { partnerId: 'P-0004', category: 'centre_social' }),
    expected: pick(['Structure', 'Catégorie', 'Classement']),
  },
  {
    name: 'createDraftsChunk',
    run: (app) =>
      app.run('createDraftsChunk', {
        partnerIds: ['P-0001', 'P-0002', 'P-0003', 'P-0004', 'P-0005', 'P-0006'],
        kind: 'premier',
      }),
    expected: pick(['Structure', 'Statut']),
  },
  {
    name: 'lookupPartnerCodes',
    run: (app) => app.run('lookupPartnerCodes', {}),
    expected: pick(['Structure', 'Source', 'Catégorie', 'Classement']),
  },
  {
    name: 'onEdit (un statut tapé)',
    run: typeFor('P-0003', 'Statut', 'Contacté'),
    // What onEdit writes, on the right partner or on none (what the person typed is theirs).
    expected: pick(['Structure', 'Modifié le']),
  },
  {
    name: 'onEdit (une catégorie tapée)',
    run: typeFor('P-0004', 'Catégorie', 'Association'),
    expected: pick(['Structure', 'Classement', 'Apports', 'Tutelle']),
  },
  {
    name: 'setNextAction',
    run: (app) => app.run('setNextAction', { partnerId: 'P-0005', text: 'Appeler' }),
    expected: pick(['Structure', 'Prochaine action']),
  },
];

/** A person types in the cell of a partner's row and column, as Sheets then runs onEdit. */
function typeFor(partnerId: string, column: string, value: string) {
  return (app: App) => {
    const { row, col } = app.calls.uncounted(() => {
      const sheet = sheetOf(app);
      const header = headerOf(app);
      const ids = sheet
        .getRange(2, header.indexOf('ID') + 1, sheet.getLastRow() - 1, 1)
        .getValues()
        .flat();
      return { row: ids.indexOf(partnerId) + 2, col: header.indexOf(column) + 1 };
    });
    app.simulateEdit('Partenaires', row, col, [[value]]);
  };
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'trie les lignes',
    apply: (app) => {
      const sheet = sheetOf(app);
      sheet
        .getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn())
        .sort({ column: headerOf(app).indexOf('Structure') + 1, ascending: false });
    },
  },
  { name: 'insère une ligne en haut', apply: (app) => sheetOf(app).insertRowBefore(2) },
  { name: 'supprime la ligne de P-0006', apply: (app) => sheetOf(app).deleteRow(7) },
  {
    name: 'déplace la colonne Structure',
    apply: (app) => sheetOf(app).moveColumns(sheetOf(app).getRange('B1'), sheetOf(app).getLastColumn() + 1),
  },
  {
    name: 'filtre',
    apply: (app) => {
      const sheet = sheetOf(app);
      sheet.getFilter()?.remove();
      sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).createFilter();
    },
  },
];

/** Calls one clean run of the action makes (the places where another person can act). */
export function callCount(action: ActionCase): number {
  const app = club();
  const start = app.calls.position();
  action.run(app);
  return app.calls.position() - start;
}

/**
 * Each partner must hold, in each column, what a quiet run gives it — or, when another person's action
 * kept the add-on from seeing the row this time, what it held before (the next run will do it). Any
 * other value came from another partner or from nowhere.
 */
function compare(
  expected: Record<string, Record<string, unknown>>,
  actual: Record<string, Record<string, unknown>>,
  skip: Set<string>,
  before?: Record<string, Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  for (const [id, row] of Object.entries(expected)) {
    if (skip.has(id)) continue;
    const got = actual[id];
    if (!got) {
      problems.push(`${id} perdu`);
      continue;
    }
    const untouched =
      before?.[id] &&
      Object.keys(row).every((column) => JSON.stringify(got[column]) === JSON.stringify(before[id][column]));
    if (untouched) continue;
    for (const [column, value] of Object.entries(row)) {
      const a = JSON.stringify(got[column]);
      const e = JSON.stringify(value);
      if (a !== e) problems.push(`${id}.${column}: attendu ${e}, obtenu ${a}`);
    }
  }
  if (Object.keys(actual).length > Object.keys(expected).length) problems.push('partenaire en double ou inventé');
  return problems;
}

export interface SweepResult {
  tried: number;
  failures: string[];
  /**
   * Interleavings that fell between the add-on's last read and its single write: Apps Script has no
   * compare-and-set, so a person acting in that instant is the one window no script can close.
   */
  windows: number;
}

/** Every mutation at every call of every action; checks each partner ended as in a quiet run. */
export function interleavings(actions = ACTIONS, mutations = MUTATIONS, stride = 1): SweepResult {
  const failures: string[] = [];
  let tried = 0;
  let windows = 0;
  for (const action of actions) {
    const quiet = club();
    const initial = action.expected(quiet);
    action.run(quiet);
    const expected = action.expected(quiet);
    const calls = callCount(action);
    for (const mutation of mutations) {
      for (let k = 1; k <= calls; k += stride) {
        tried += 1;
        const app = club();
        let done = false;
        let previous = '';
        let inWindow = false;
        const start = app.calls.position();
        const remove = app.calls.beforeCall((name, index) => {
          if (!done && index - start === k) {
            done = true;
            inWindow = name === 'Range.setValues' && previous === 'Range.getValues';
            app.calls.uncounted(() => mutation.apply(app));
          }
          previous = name;
        });
        try {
          action.run(app);
        } catch (error) {
          failures.push(
            `${action.name} / ${mutation.name} @${k}: ${error instanceof Error ? error.message : String(error)}`,
          );
          remove();
          continue;
        }
        remove();
        let actual: Record<string, Record<string, unknown>>;
        try {
          actual = snapshot(app);
        } catch (error) {
          failures.push(`${action.name} / ${mutation.name} @${k}: ${String(error)}`);
          continue;
        }
        const gone = new Set(mutation.name.includes('P-0006') ? ['P-0006'] : []);
        const problems = compare(expected, actual, gone, initial);
        if (problems.length && inWindow) windows += 1;
        else for (const problem of problems) failures.push(`${action.name} / ${mutation.name} @${k}: ${problem}`);
      }
    }
  }
  return { tried, failures, windows };
}

/** Every call of every action fails once; the sheet stays consistent and a second run completes. */
export function faults(actions = ACTIONS, stride = 1): SweepResult {
  const failures: string[] = [];
  let tried = 0;
  for (const action of actions) {
    const quiet = club();
    action.run(quiet);
    const expected = action.expected(quiet);
    const drafts = quiet.mailbox.threads.length;
    const calls = callCount(action);
    for (let n = 1; n <= calls; n += stride) {
      tried += 1;
      const app = club();
      app.calls.failOnCall(app.calls.position() + n, { kind: n % 2 ? 'error' : 'timeout' });
      try {
        action.run(app);
      } catch {
        // the fault reached the action, as it would in Apps Script
      }
      try {
        snapshot(app); // consistent: every ID once
        action.run(app);
      } catch (error) {
        failures.push(
          `${action.name} faute @${n}: la reprise a échoué (${error instanceof Error ? error.message : String(error)})`,
        );
        continue;
      }
      for (const problem of compare(expected, snapshot(app), new Set()))
        failures.push(`${action.name} faute @${n}: ${problem}`);
      if (app.mailbox.threads.length !== drafts)
        failures.push(`${action.name} faute @${n}: ${app.mailbox.threads.length} brouillons au lieu de ${drafts}`);
    }
  }
  return { tried, failures, windows: 0 };
}

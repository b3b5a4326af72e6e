/**
 * npm run bench: for each action of the add-on, the service calls and the CPU time at 100, 1,000
 * and 10,000 partner rows, one JSON line per case. Tests hold the call budgets; this prints figures.
 */

import { buildAll } from '../build';
import { ensureCell, lastRow, newWorkbook, type WorkbookModel } from '../emulator/model';
import { Emulator } from '../emulator/runtime';
import { FIXTURE_COMMUNES, fixtureRoutes } from '../fixtures';
import { measureClassifierSpeed } from './classifier-speed';
import { LABELLED, measureQuality, SAME_SOURCES, SUBSIDISED_ASSOCIATIONS, UNSEEN, UNSEEN_COMPANIES } from './quality';

const SIZES = [100, 1000, 10000];

/** A club list of n rows, shaped like real ones (name, e-mail, town, postcode). */
function clubList(n: number): WorkbookModel {
  const book = newWorkbook();
  book.properties.set(
    'pdc.settings',
    JSON.stringify({
      clubName: 'Club',
      commune: FIXTURE_COMMUNES.melun,
      radiusKm: 10,
      senderName: 'Club',
      signature: 'Le club',
    }),
  );
  const sheet = book.sheets[0];
  sheet.name = 'Contacts';
  sheet.maxRows = n + 100;
  const header = ['Nom', 'Mail', 'Ville', 'CP', 'Remarques'];
  header.forEach((h, c) => {
    ensureCell(sheet, 1, c + 1).value = h;
  });
  for (let r = 0; r < n; r++) {
    const values = [
      `Structure ${r}`,
      `contact${r}@example.org`,
      'Lyon',
      69001 + (r % 9),
      r % 7 === 0 ? 'à relancer' : '',
    ];
    values.forEach((v, c) => {
      if (v !== '') ensureCell(sheet, r + 2, c + 1).value = v;
    });
  }
  return book;
}

interface Case {
  action: string;
  /** Prepares the emulator (not measured). */
  setup?: (app: Emulator) => void;
  run: (app: Emulator) => unknown;
}

const CASES: Case[] = [
  { action: 'onOpen', run: (app) => app.run('onOpen') },
  { action: 'buildTrackingSheet (adopt)', run: (app) => app.run('buildTrackingSheet', { adopt: true }) },
  {
    action: 'buildTrackingSheet (upgrade, nothing to do)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => app.run('buildTrackingSheet', {}),
  },
  {
    action: 'classifyPartners',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => app.run('classifyPartners'),
  },
  {
    action: 'lookupPartnerCodes (one chunk of 10 names, fixtures)',
    setup: (app) => {
      app.run('buildTrackingSheet', { adopt: true });
      app.run('classifyPartners');
    },
    run: (app) => app.run('lookupPartnerCodes', {}),
  },
  {
    action: 'searchSuggestions (Melun fixtures, cold cache)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => app.run('searchSuggestions', { needs: ['lieu', 'public'] }),
  },
  {
    action: 'addSuggestions (50 cards)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => app.run('addSuggestions', { suggestions: fiftyCards() }),
  },
  {
    action: 'createDraftsChunk (20 drafts)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) =>
      app.run('createDraftsChunk', {
        partnerIds: Array.from({ length: 20 }, (_, i) => `P-${String(i + 1).padStart(4, '0')}`),
        kind: 'premier',
      }),
  },
  {
    action: 'onEdit (a partner typed in below the list: its ID)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => typeIn(app, 'Structure', [['Ludothèque du Val']], 'below'),
  },
  {
    action: 'onEdit (a category typed: manuel, remembered, spread)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => typeIn(app, 'Catégorie', [['Association']], 2),
  },
  {
    action: 'onEdit (a status typed: Historique)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => typeIn(app, 'Statut', [['Contacté']], 2),
  },
  {
    action: 'onEdit (two whole rows pasted below the list: IDs, categories, statuses)',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => typeIn(app, 'Structure', wholeRows(app, ['Ludothèque du Val', 'Club Robotique']), 'below'),
  },
  {
    action: 'getBootstrap',
    setup: (app) => app.run('buildTrackingSheet', { adopt: true }),
    run: (app) => app.run('getBootstrap'),
  },
];

/** The classifier alone: CPU time for 10,000 names, and its quality on the labelled real names. */
function classifierFigures(): void {
  for (const [withReasons, action] of [
    [false, 'classify (core, no sheet; cold, fresh process per run; as Classer does, reasons left to the rows listed)'],
    [true, 'classify (core, no sheet; cold, fresh process per run; every row with its reasons)'],
  ] as const) {
    const speed = measureClassifierSpeed(5, withReasons);
    console.log(
      JSON.stringify({
        action,
        rows: speed.rows,
        cpuMs: speed.medianCpuMs,
        maxCpuMs: speed.maxCpuMs,
        runs: speed.runs,
      }),
    );
  }
  for (const [file, label] of [
    [LABELLED, 'test/fixtures/classifier/orgs-dev.csv'],
    [UNSEEN, 'test/fixtures/classifier/orgs-sirene.csv (names added after the rules were written)'],
    [UNSEEN_COMPANIES, 'test/fixtures/classifier/orgs-companies.csv (names added after the rules were written)'],
    [SAME_SOURCES, 'test/fixtures/classifier/orgs-same-sources.csv (names added after the rules were written)'],
    [
      SUBSIDISED_ASSOCIATIONS,
      'test/fixtures/classifier/orgs-associations.csv (names added after the rules were written)',
    ],
  ]) {
    const { errors, ...quality } = measureQuality(file);
    console.log(
      JSON.stringify({
        action: `classifier quality on ${label}`,
        ...quality,
        wrong: errors.filter((e) => e.got !== 'autre').length,
      }),
    );
  }
}

function partnerSheetModel(app: Emulator) {
  const sheet = app.book.sheets.find((s) => s.name === 'Partenaires');
  if (!sheet) throw new Error('no partner sheet');
  return sheet;
}

/** A person types in the partner sheet, in the column of this header (found in the model, not counted). */
function typeIn(app: Emulator, header: string, values: unknown[][], row: number | 'below'): void {
  const sheet = partnerSheetModel(app);
  const column = (sheet.rows[0] ?? []).findIndex((cell) => cell?.value === header) + 1;
  const at = row === 'below' ? lastRow(sheet) + 1 : row;
  app.simulateEdit('Partenaires', at, column, values);
}

/** Rows as a person pastes them from another list: Structure to Statut, with a category and a status. */
function wholeRows(app: Emulator, names: string[]): unknown[][] {
  const header = (partnerSheetModel(app).rows[0] ?? []).map((cell) => cell?.value);
  const at = (name: string) => header.indexOf(name) - header.indexOf('Structure');
  return names.map((name) => {
    const row: unknown[] = Array.from({ length: at('Statut') + 1 }, () => '');
    row[0] = name;
    row[at('Catégorie')] = 'Association';
    row[at('Statut')] = 'Contacté';
    return row;
  });
}

function fiftyCards() {
  return Array.from({ length: 50 }, (_, i) => ({
    key: `siret:${String(i).padStart(14, '0')}`,
    name: `Association du quartier ${i}`,
    category: 'association',
    confidence: 0.8,
    reasons: [],
    apports: ['public'],
    tutelle: 'prive',
    siret: String(90000000000000 + i),
    sources: ['entreprises'],
    sourceNames: ["Recherche d'entreprises"],
    inSheet: false,
    score: 0,
  }));
}

async function main(): Promise<void> {
  classifierFigures();
  await buildAll();
  for (const benchCase of CASES) {
    for (const rows of SIZES) {
      const app = new Emulator({ book: clubList(rows), routes: fixtureRoutes() });
      benchCase.setup?.(app);
      app.calls.reset();
      const start = process.cpuUsage();
      benchCase.run(app);
      const cpu = process.cpuUsage(start);
      console.log(
        JSON.stringify({
          action: benchCase.action,
          rows,
          spreadsheetCalls: app.calls.spreadsheetCalls(),
          serviceCalls: app.calls.total(),
          fetchAllRounds: app.calls.count('UrlFetchApp.fetchAll') || undefined,
          gmailAppCalls: app.calls.total((name) => name.startsWith('GmailApp.')) || undefined,
          gmailObjectCalls: app.calls.total((name) => /^Gmail(Draft|Message|Thread)\./.test(name)) || undefined,
          cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        }),
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

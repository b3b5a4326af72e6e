/** The command-line tools: `npm run local` and `npm run classify`, as a volunteer or a script calls them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { saveXlsx } from '../src/local/emulator/xlsx';
import { demoWorkbook } from '../src/local/workspace';

const ROOT = join(__dirname, '..');
const tsx = (script: string, args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env },
  });

test('npm run local runs an entry point on a workbook, saves it and prints the result as JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-cli-'));
  const workbook = join(dir, 'club.xlsx');
  const first = tsx('src/local/cli/run.ts', [
    'buildTrackingSheet',
    '--workbook',
    workbook,
    '--args',
    '{}',
    '--outbox',
    join(dir, 'outbox'),
  ]);
  expect(first.status).toBe(0);
  expect(JSON.parse(first.stdout).result.message).toBe('Tableau de suivi créé : 0 partenaire.');
  expect(existsSync(workbook)).toBe(true);
  const second = tsx('src/local/cli/run.ts', ['buildTrackingSheet', '--workbook', workbook]);
  expect(JSON.parse(second.stdout).result.changed).toBe(false);
  // --locale runs it as a person whose language is English.
  const english = tsx('src/local/cli/run.ts', ['classifyPartners', '--workbook', workbook, '--locale', 'en_US']);
  expect(JSON.parse(english.stdout).result.message).toMatch(/^0 partners classified/);
});

test('npm run local exits non-zero with a clear French message on error', () => {
  const result = tsx('src/local/cli/run.ts', [
    'classifyPartners',
    '--workbook',
    join(mkdtempSync(join(tmpdir(), 'pdc-cli-')), 'vide.xlsx'),
  ]);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/Le tableau de suivi n’existe pas encore/);
  expect(tsx('src/local/cli/run.ts', []).status).not.toBe(0);
});

test('npm run local stops at a question nobody answered and says how to answer it', async () => {
  const workbook = join(mkdtempSync(join(tmpdir(), 'pdc-cli-')), 'demo.xlsx');
  await saveXlsx(demoWorkbook(), workbook);
  const unanswered = tsx('src/local/cli/run.ts', ['menuBuildSheet', '--workbook', workbook]);
  expect(unanswered.status).toBe(2);
  expect(unanswered.stderr).toMatch(/^Question sans réponse : « Reprendre votre liste \? »/);
  expect(unanswered.stderr).toMatch(/Relancez avec --answers YES \(ou NO\)\./);
  const answered = tsx('src/local/cli/run.ts', ['menuBuildSheet', '--workbook', workbook, '--answers', 'YES']);
  expect(answered.status).toBe(0);
  expect(JSON.parse(answered.stdout).dialogs[1].prompt).toMatch(/a été reprise/);
});

test('npm run local writes the drafts it made as .eml files in the outbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-cli-'));
  const workbook = join(dir, 'club.xlsx');
  const outbox = join(dir, 'outbox');
  tsx('src/local/cli/run.ts', [
    'saveSettings',
    '--workbook',
    workbook,
    '--args',
    '{"clubName":"Club","signature":"Le club"}',
  ]);
  tsx('src/local/cli/run.ts', ['buildTrackingSheet', '--workbook', workbook]);
  tsx('src/local/cli/run.ts', [
    'addSuggestions',
    '--workbook',
    workbook,
    '--args',
    JSON.stringify({
      suggestions: [
        {
          key: 'uai:0772345B',
          name: 'Collège Les Capucins',
          category: 'etablissement_scolaire',
          confidence: 0.95,
          reasons: [],
          apports: ['public'],
          tutelle: 'departement',
          email: 'ce.0772345b@ac-creteil.fr',
          city: 'Melun',
          uai: '0772345B',
          sources: ['education'],
          sourceNames: [],
          inSheet: false,
          score: 0,
        },
      ],
    }),
  ]);
  const drafted = tsx('src/local/cli/run.ts', [
    'createDraftsChunk',
    '--workbook',
    workbook,
    '--outbox',
    outbox,
    '--args',
    '{"partnerIds":["P-0001"],"kind":"premier"}',
  ]);
  expect(JSON.parse(drafted.stdout).drafts).toBe(1);
  const [file] = readdirSync(outbox);
  expect(readFileSync(join(outbox, file), 'utf8')).toMatch(
    /^From: Club <benevole@example\.org>\r\nTo: ce\.0772345b@ac-creteil\.fr\r\n/,
  );
});

test('npm run classify prints the CSV with the classification columns; bad rows go to stderr with their line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-cli-'));
  const file = join(dir, 'liste.csv');
  writeFileSync(
    file,
    'nom,email\nMédiathèque Jean Moulin,\n,vide@example.org\n"Mairie de Melun",mairie@ville-melun.fr\n"cassé\n',
  );
  const result = tsx('src/local/cli/classify.ts', [file]);
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines[0]).toBe('nom,email,categorie,confiance,apports,tutelle,raisons');
  expect(lines[1]).toMatch(/^Médiathèque Jean Moulin,,bibliotheque,/);
  expect(lines[2]).toMatch(/^Mairie de Melun,mairie@ville-melun\.fr,mairie,/);
  expect(result.stderr).toContain('ligne 3 : nom vide (ignorée)');
  expect(result.stderr).toContain('ligne 5 : guillemets mal fermés (ignorée)');
  expect(
    execFileSync('npm', ['run', '--silent', 'classify', '--', file], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ).toBe(result.stdout);
});

test('npm run classify reads a CSV that Excel saved in Windows-1252 without losing its accents', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pdc-cli-')), 'excel.csv');
  writeFileSync(file, Buffer.from('Nom;Courriel\r\nMédiathèque Jean Moulin;\r\nCollège Les Capucins;\r\n', 'latin1'));
  const result = tsx('src/local/cli/classify.ts', [file]);
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split(/\r?\n/);
  expect(lines[1]).toMatch(/^Médiathèque Jean Moulin;;bibliotheque;/);
  expect(lines[2]).toMatch(/^Collège Les Capucins;;etablissement_scolaire;/);
  expect(result.stderr).toContain('lu en Windows-1252');
  // Written back for Excel: UTF-8 with a byte-order mark, or Excel would mangle the accents in turn.
  expect(result.stdout.startsWith('\uFEFFNom;Courriel;categorie')).toBe(true);
});

test('npm run classify keeps the byte-order mark of a UTF-8 file from Excel, and adds none to a plain one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-cli-'));
  const excel = join(dir, 'excel-utf8.csv');
  writeFileSync(excel, '\uFEFFNom;Courriel\r\nMédiathèque Jean Moulin;\r\n');
  expect(tsx('src/local/cli/classify.ts', [excel]).stdout).toMatch(/^\uFEFFNom;Courriel;categorie/);
  const plain = join(dir, 'plain.csv');
  writeFileSync(plain, 'Nom;Courriel\nMédiathèque Jean Moulin;\n');
  expect(tsx('src/local/cli/classify.ts', [plain]).stdout).toMatch(/^Nom;Courriel;categorie/);
});

test('npm run classify says plainly when a file is empty or has no name column, and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdc-cli-'));
  const empty = join(dir, 'vide.csv');
  writeFileSync(empty, '\uFEFF\n');
  const emptied = tsx('src/local/cli/classify.ts', [empty]);
  expect([emptied.status, emptied.stderr.trim()]).toEqual([1, `${empty} est vide : rien à classer.`]);
  const noName = join(dir, 'sans-nom.csv');
  writeFileSync(noName, 'x;y\n1;2\n');
  const unnamed = tsx('src/local/cli/classify.ts', [noName]);
  // Not « (ignorée) »: nothing was classified, not one row left out.
  expect([unnamed.status, unnamed.stderr.trim()]).toEqual([
    1,
    'ligne 1 : aucune colonne de nom (nom, name, structure…) dans l’en-tête',
  ]);
});

/**
 * Browser test: Debian's Chromium, driven by playwright-core, against `npm start`'s preview. It opens
 * the sidebar from the add-on menu and checks that a round trip to the server changes the grid.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { saveXlsx } from '../../src/local/emulator/xlsx';
import { demoWorkbook } from '../../src/local/workspace';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const PORT = 18000 + Math.floor(Math.random() * 1000);
let server: ChildProcess;
let browser: Browser;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview did not start on ${url}`);
}

/** Starts `npm start`'s preview on a workbook file (created empty when it does not exist). */
async function startPreview(workbook: string, port: number, extra: string[] = []): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      require.resolve('tsx/cli'),
      'src/local/preview/main.ts',
      '--port',
      String(port),
      '--workbook',
      workbook,
      '--outbox',
      join(dirname(workbook), 'outbox'),
      ...extra,
    ],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, SKIP_BUILD: '1' } },
  );
  await waitForServer(`http://127.0.0.1:${port}/state`, 30000);
  return child;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get install chromium (.ci/run does it).');
  server = await startPreview(join(mkdtempSync(join(tmpdir(), 'pdc-preview-')), 'club.xlsx'), PORT);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

// What the browser's console says is wrong in any page of a test (a failed request, a script error, in
// the page or the sidebar's frame) fails that test.
let consoleErrors: string[] = [];
beforeEach(() => {
  consoleErrors = [];
});
afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return page;
}

async function openSidebar(page: import('playwright-core').Page, port = PORT) {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: /Partenaires du club/ }).click();
  await page.getByRole('menuitem', { name: 'Ouvrir le panneau' }).click();
  return page.frameLocator('#sidebar-frame');
}

/** The build from the add-on menu on the demo list: its question answered yes, its outcome acknowledged. */
async function buildFromMenu(
  page: Page,
  port: number,
  words: { item: string; asks: string; yes: string; done: string },
): Promise<void> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('button', { name: /Partenaires du club/ }).click();
  await page.getByRole('menuitem', { name: words.item }).click();
  await page.locator('#dialog-text', { hasText: words.asks }).waitFor();
  await page.locator('#dialog').getByRole('button', { name: words.yes }).click();
  await page.locator('#dialog-text', { hasText: words.done }).waitFor();
  await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
}

/** Runs `steps` on a page of a preview of its own, on a fresh copy of the demo workbook. */
async function onDemo(port: number, extra: string[], steps: (page: Page) => Promise<void>): Promise<void> {
  const workbook = join(mkdtempSync(join(tmpdir(), 'pdc-demo-')), 'demo.xlsx');
  await saveXlsx(demoWorkbook(), workbook);
  const demo = await startPreview(workbook, port, extra);
  const page = await newPage();
  try {
    await steps(page);
  } finally {
    await page.close();
    demo.kill();
  }
}

test('the sidebar opens from the add-on menu and building the sheet changes the grid', async () => {
  const page = await newPage();
  const sidebar = await openSidebar(page);
  await sidebar.getByRole('tab', { name: 'Réglages' }).waitFor();
  await sidebar.getByRole('button', { name: 'Créer / mettre à jour le tableau de suivi' }).click();
  await sidebar.locator('#status-message').filter({ hasText: 'Tableau de suivi créé' }).waitFor();
  await page.getByRole('tab', { name: 'Partenaires' }).click();
  await page.locator('#grid th', { hasText: 'X' }).first().waitFor();
  await page.getByRole('cell', { name: 'Catégorie', exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Tableau de bord' }).waitFor();
  // The grid is typed in as in Sheets: select a cell, type, Enter moves down; the arrows move back.
  await page.locator('#grid td[data-row="2"][data-col="2"]').click();
  await page.keyboard.type('Ludothèque du Val');
  await page.keyboard.press('Enter');
  await page.locator('#grid td[data-row="3"][data-col="2"][aria-selected="true"]').waitFor();
  await page.locator('#grid td[data-row="2"][data-col="2"]', { hasText: 'Ludothèque du Val' }).waitFor();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#cell-input').inputValue()).resolves.toBe('Ludothèque du Val');
  await page.close();
});

test('the sidebar is keyboard-usable: tabs are buttons and arrow keys move between them', async () => {
  const page = await newPage();
  const sidebar = await openSidebar(page);
  const first = sidebar.getByRole('tab', { name: 'Suggestions' });
  await first.click();
  await first.press('ArrowRight');
  await sidebar.locator('#tab-classement[aria-selected="true"]').waitFor({ timeout: 5000 });
  await expect(sidebar.locator('#tab-classement').evaluate((node) => node === document.activeElement)).resolves.toBe(
    true,
  );
  await page.close();
});

test('suggestions from the fixtures show as cards and "Ajouter" adds the organisation to the grid', async () => {
  const page = await newPage();
  const sidebar = await openSidebar(page);
  await sidebar.getByRole('tab', { name: 'Réglages' }).click();
  await sidebar.getByLabel('Commune du club (nom ou code postal)').fill('77000');
  await sidebar.getByRole('button', { name: 'Chercher la commune' }).click();
  await sidebar.getByRole('button', { name: 'Melun (77000)' }).click();
  await sidebar.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await sidebar.locator('#status-message').filter({ hasText: 'Réglages enregistrés.' }).waitFor();
  await sidebar.getByRole('tab', { name: 'Suggestions' }).click();
  await sidebar.getByLabel('Lieu').check();
  const filter = sidebar.locator('#suggest-filter');
  await expect(filter.isVisible()).resolves.toBe(false);
  await sidebar.getByRole('button', { name: 'Chercher des partenaires' }).click();
  const card = sidebar.locator('article.suggestion', { hasText: 'Collège Les Capucins' });
  await card.waitFor();
  // The filter offers the categories found, with their counts; choosing one shows just those cards.
  const schools = (await filter.locator('option').allTextContents()).find((o) => o.startsWith('Établissement'));
  const count = Number(/\((\d+)\)$/.exec(schools ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await filter.selectOption('etablissement_scolaire');
  await expect(sidebar.locator('article.suggestion').count()).resolves.toBe(count);
  await filter.selectOption('');
  const hostile = sidebar.locator('article.suggestion h3', { hasText: '<script>' });
  await expect(hostile.count()).resolves.toBe(1);
  await card.getByRole('button', { name: 'Ajouter' }).click();
  await sidebar.locator('#status-message').filter({ hasText: 'ajouté' }).waitFor();
  await page.getByRole('tab', { name: 'Partenaires' }).click();
  await page.getByRole('cell', { name: 'Collège Les Capucins' }).first().waitFor();
  await page.close();
});

test('on the demo list, Classer leaves a bare name to check and "Chercher les numéros SIREN" classifies it', async () => {
  await onDemo(PORT + 1000, [], async (page) => {
    // Built from the menu: the question waits for its answer, then the outcome shows in a dialog.
    await buildFromMenu(page, PORT + 1000, {
      item: 'Créer / mettre à jour le tableau de suivi',
      asks: '« Contacts »',
      yes: 'Oui',
      done: 'a été reprise : 8 partenaires',
    });
    await page.getByRole('tab', { name: 'Contacts (original)' }).waitFor();
    const sidebar = await openSidebar(page, PORT + 1000);
    await sidebar.getByRole('tab', { name: 'Classement' }).click();
    await sidebar.getByRole('button', { name: 'Classer les partenaires' }).click();
    await sidebar.locator('.check-list h3', { hasText: 'Les Octets Libres (démo)' }).waitFor();
    // Opened again later (a new sidebar), the tab shows the rows still to check without classifying.
    const reopened = await openSidebar(page, PORT + 1000);
    await reopened.getByRole('tab', { name: 'Classement' }).click();
    await reopened.locator('.check-list h3', { hasText: 'Les Octets Libres (démo)' }).waitFor();
    await reopened.getByRole('button', { name: 'Chercher les numéros SIREN' }).click();
    await reopened.locator('#status-message').filter({ hasText: '1 fiche trouvée' }).waitFor();
    await expect(reopened.locator('.check-list h3', { hasText: 'Les Octets Libres (démo)' }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: 'Partenaires' }).click();
    await page
      .getByRole('cell', { name: /SIREN 956781234/ })
      .first()
      .waitFor();
  });
}, 90000);

test('in English, the preview speaks as Sheets would to that user, and the sheets built are named in English', async () => {
  const port = PORT + 3000;
  await onDemo(port, ['--locale', 'en_US'], async (page) => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('button', { name: 'Save the workbook' }).waitFor();
    await expect(page.getByLabel('Cell content').getAttribute('placeholder')).resolves.toMatch(/^Click a cell/);
    await buildFromMenu(page, port, {
      item: 'Create / update the tracking sheet',
      asks: '“Contacts”',
      yes: 'Yes',
      done: 'was adopted',
    });
    for (const name of ['Partners', 'Team', 'Dashboard', 'Templates']) await page.getByRole('tab', { name }).waitFor();
  });
}, 90000);

test('each tab brings itself up to date when opened: before the sheet it says where to create it, after it shows its content', async () => {
  const port = PORT + 2000;
  await onDemo(port, ['--user', 'lea@example.org'], async (page) => {
    const sidebar = await openSidebar(page, port);
    await sidebar.getByRole('tab', { name: 'Mes actions' }).click();
    await sidebar
      .locator('#panel-actions')
      .getByText('Créez d’abord le tableau de suivi dans l’onglet Réglages.')
      .waitFor();
    await sidebar.getByRole('tab', { name: 'Réglages' }).click();
    await sidebar.getByRole('button', { name: 'Créer / mettre à jour le tableau de suivi' }).click();
    await sidebar.getByRole('button', { name: 'Oui, reprendre ma liste' }).click();
    await sidebar.locator('#status-message').filter({ hasText: '8 partenaires' }).waitFor();
    // Built from this sidebar: the Équipe tab lists the team without a reload, and says who joined.
    await sidebar.getByRole('tab', { name: 'Équipe' }).click();
    await expect(sidebar.locator('#panel-equipe .hint').isHidden()).resolves.toBe(true);
    await sidebar.getByText('Personne dans l’équipe pour l’instant', { exact: false }).waitFor();
    await expect(sidebar.getByRole('button', { name: 'Partager avec l’équipe' }).isDisabled()).resolves.toBe(true);
    await sidebar.getByLabel('Nom', { exact: true }).fill('Léa');
    await sidebar.getByLabel('E-mail').fill('lea@example.org');
    await sidebar.getByRole('button', { name: 'Ajouter le membre' }).click();
    await sidebar.locator('#status-message').filter({ hasText: 'Léa fait maintenant partie de l’équipe.' }).waitFor();
    await sidebar.locator('.team-list li', { hasText: 'lea@example.org' }).waitFor();
    await expect(sidebar.getByText('Personne dans l’équipe pour l’instant', { exact: false }).isHidden()).resolves.toBe(
      true,
    );
    // Mes actions, opened again, knows her now; the status says the call is over.
    await sidebar.getByRole('tab', { name: 'Mes actions' }).click();
    await sidebar
      .locator('#panel-actions')
      .getByText('Aucun partenaire ne vous est attribué pour l’instant.')
      .waitFor();
    await sidebar.locator('#status-message').filter({ hasText: 'Prêt.' }).waitFor();
    // Courriels counts who can receive a draft as soon as it opens (a row with no status is one to contact).
    await sidebar.getByRole('tab', { name: 'Courriels' }).click();
    await sidebar.locator('.mail-summary').getByText('5 partenaires prêts à recevoir un brouillon, 2 non.').waitFor();
    await sidebar.getByRole('button', { name: 'Créer 5 brouillons' }).click();
    await sidebar
      .locator('#status-message')
      .filter({ hasText: '5 brouillons créés dans Gmail. 0 impossible.' })
      .waitFor();
    await sidebar.locator('.mail-summary').getByText('0 partenaire prêt à recevoir un brouillon, 2 non.').waitFor();
    await expect(sidebar.locator('#status-message').textContent()).resolves.toBe(
      '5 brouillons créés dans Gmail. 0 impossible.',
    );
    // The Historique the drafts made did not take the person away from the partners.
    await page.getByRole('tab', { name: 'Historique' }).waitFor();
    await page.getByRole('tab', { name: 'Partenaires', selected: true }).waitFor();
    await page
      .getByRole('table', { name: 'Partenaires' })
      .getByRole('cell', { name: 'Brouillon prêt' })
      .first()
      .waitFor();
    // « Les lignes sélectionnées »: rows chosen in the grid (Shift+click extends), counted when the person
    // comes back to the panel.
    await sidebar.getByLabel('Les lignes sélectionnées dans la feuille').check();
    // Sheets knows a selection at once; the preview's page tells its server, which the test waits for.
    const selection = async () => (await (await fetch(`http://127.0.0.1:${port}/state`)).json()).selection?.box;
    const selectRows = async (from: number, to: number) => {
      await page.locator(`#grid td[data-row="${from}"][data-col="2"]`).click();
      await page.locator(`#grid td[data-row="${to}"][data-col="2"]`).click({ modifiers: ['Shift'] });
      for (let i = 0; i < 50; i++) {
        const box = await selection();
        if (box?.row === from && box.numRows === to - from + 1) return;
        await page.waitForTimeout(100);
      }
      throw new Error(`rows ${from}–${to} never selected: the server has ${JSON.stringify(await selection())}`);
    };
    await selectRows(6, 9);
    await page.waitForTimeout(600); // the pointer and the focus coming back at once count once
    await sidebar.locator('h1').hover();
    await sidebar.locator('.mail-summary').getByText('0 partenaire prêt à recevoir un brouillon, 4 non.').waitFor();
    // Chosen before any row was selected, the scope said to select rows; that no longer holds.
    await sidebar.locator('#status-message').filter({ hasText: 'Prêt.' }).waitFor();
    // Typed in the grid as in Sheets, the add-on's onEdit runs: a category chosen by hand is « manuel »,
    // and the partner given to Léa (the Responsable dropdown offers the team) shows in her Mes actions.
    const columnOf = (header: string) =>
      page.locator('#grid td[data-row="1"]', { hasText: new RegExp(`^${header}`) }).getAttribute('data-col');
    const cell = async (row: number, header: string) =>
      page.locator(`#grid td[data-row="${row}"][data-col="${await columnOf(header)}"]`);
    const type = async (row: number, header: string, value: string) => {
      await (await cell(row, header)).dblclick();
      await page.locator('#cell-input').fill(value);
      await page.locator('#cell-input').press('Enter');
    };
    await (await cell(3, 'Responsable')).click();
    await expect(page.locator('#cell-choices option[value="Léa"]').count()).resolves.toBe(1);
    await type(3, 'Responsable', 'Léa');
    await page.locator('#grid td[data-row="3"]', { hasText: /^Léa/ }).waitFor();
    await type(3, 'Catégorie', 'Association');
    await page.locator('#grid td[data-row="3"]', { hasText: /^manuel/ }).waitFor();
    await sidebar.getByRole('tab', { name: 'Suggestions' }).click();
    await sidebar.getByRole('tab', { name: 'Mes actions' }).click();
    const mine = sidebar.locator('#panel-actions article', { hasText: 'Centre social Les Tilleuls (démo)' });
    await mine.getByText('P-0002 · Brouillon prêt').waitFor();
    // The less frequent actions are folded under the quick ones; a noted next action shows on the card.
    await expect(mine.getByLabel('Prochaine action').isVisible()).resolves.toBe(false);
    await mine.getByText('Autre date, prochaine action…').click();
    await mine.getByLabel('Prochaine action').fill('Appeler la directrice');
    // Going to the sheet and back brings Mes actions up to date, but not over a field being filled in.
    await page.locator('#grid').hover();
    await page.waitForTimeout(600); // the pointer and the focus coming back at once count once
    await sidebar.locator('h1').hover();
    await page.waitForTimeout(1000);
    await expect(mine.getByLabel('Prochaine action').inputValue()).resolves.toBe('Appeler la directrice');
    await mine.getByRole('button', { name: 'Noter' }).click();
    await sidebar.locator('#panel-actions article', { hasText: 'Prochaine action : Appeler la directrice' }).waitFor();
    // A row to check is settled in one click: a bare name offers the usual categories as buttons.
    await sidebar.getByRole('tab', { name: 'Classement' }).click();
    await sidebar.getByRole('button', { name: 'Classer les partenaires' }).click();
    await sidebar.getByRole('button', { name: 'Classer Les Octets Libres (démo) en « Association »' }).click();
    await sidebar.locator('#status-message').filter({ hasText: 'Les Octets Libres (démo)' }).waitFor();
    await expect(sidebar.locator('.check-list .card').count()).resolves.toBe(0);
    await page.locator('#grid td[data-row="9"]', { hasText: /^manuel/ }).waitFor();
    // Classer from the menu: its outcome in a dialog, then the panel opens on Classement when rows are to check.
    await type(9, 'Catégorie', '');
    await page.getByRole('button', { name: /Partenaires du club/ }).click();
    await page.getByRole('menuitem', { name: 'Classer les partenaires' }).click();
    await page.locator('#dialog-text', { hasText: '1 à vérifier' }).waitFor();
    await page.locator('#dialog').getByRole('button', { name: 'OK' }).click();
    const reopened = page.frameLocator('#sidebar-frame');
    await reopened.locator('#tab-classement[aria-selected="true"]').waitFor();
    await reopened.locator('.check-list h3', { hasText: 'Les Octets Libres (démo)' }).waitFor();
    // Settled in the sheet instead: back in the panel, the list is brought up to date.
    await type(9, 'Catégorie', 'Association');
    await page.locator('#grid td[data-row="9"]', { hasText: /^manuel/ }).waitFor();
    await reopened.locator('h1').click();
    await reopened.locator('.check-list', { hasText: 'Rien à vérifier' }).waitFor();
  });
}, 90000);

test('every tab of the sidebar passes axe-core’s accessibility checks, before the sheet exists and with content', async () => {
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await onDemo(PORT + 4000, [], async (page) => {
    const sidebar = await openSidebar(page, PORT + 4000);
    const frame = () => {
      const found = page.frames().find((f) => f.name() === 'sidebar-frame' || f.parentFrame() === page.mainFrame());
      if (!found) throw new Error('no sidebar frame');
      return found;
    };
    const audit = async (where: string) => {
      // allTextContents does not wait: the panel must have loaded (the frame navigates once, from blank).
      await sidebar.getByRole('tab').first().waitFor();
      const tabs = await sidebar.getByRole('tab').allTextContents();
      for (const tab of tabs) {
        await sidebar.getByRole('tab', { name: tab }).click();
        await sidebar.locator('#status-message').waitFor();
        await frame().evaluate(axe);
        const violations = await frame().evaluate(async () => {
          const run = (globalThis as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } }).axe.run;
          const result = await run(document);
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect({ where, tab, violations }).toEqual({ where, tab, violations: [] });
      }
    };
    await audit('before the sheet');
    // With content: the sheet built, partners to check, suggestion cards (some already in the sheet).
    await sidebar.getByRole('tab', { name: 'Réglages' }).click();
    await sidebar.getByRole('button', { name: 'Créer / mettre à jour le tableau de suivi' }).click();
    await sidebar.getByRole('button', { name: 'Oui, reprendre ma liste' }).click();
    await sidebar.locator('#status-message').filter({ hasText: 'a été reprise' }).waitFor();
    await sidebar.getByRole('tab', { name: 'Classement' }).click();
    await sidebar.getByRole('button', { name: 'Classer les partenaires' }).click();
    await sidebar.locator('.check-list h3').first().waitFor();
    await sidebar.getByRole('tab', { name: 'Suggestions' }).click();
    await sidebar.getByRole('button', { name: 'Chercher des partenaires' }).click();
    await sidebar.locator('article.suggestion.in-sheet').first().waitFor();
    await audit('with content');
  });
}, 120000);

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

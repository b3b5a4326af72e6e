/**
 * The local preview: the add-on menu, the sheets as a grid and the real dist/Sidebar.html, whose
 * google.script.run calls are executed by the bundled server code in the emulator.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { evaluateFormula } from '../emulator/formulas';
import { type Box, type Cell, lastColumn, lastRow, type WorkbookModel } from '../emulator/model';
import type { Emulator } from '../emulator/runtime';
import { UnansweredDialog } from '../emulator/ui';
import { displayValue } from '../emulator/values';
import { chromeText, localizePage } from './chrome-text';

const PAGE = join(__dirname, 'page.html');
const SHIM = join(__dirname, 'script-run-shim.js');
const GRID_ROW_LIMIT = 500;

export interface PreviewOptions {
  app: Emulator;
  save: () => Promise<void>;
  afterCall?: () => void;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

/** The values a cell's dropdown offers: its list, or the non-empty cells of its range (Responsable ← Équipe). */
function dropdownChoices(book: WorkbookModel, cell: Cell): string[] | undefined {
  const criteria = cell.validation?.criteria;
  if (criteria?.type === 'VALUE_IN_LIST') return (criteria.values[0] as unknown[]).map(String);
  if (criteria?.type !== 'VALUE_IN_RANGE') return undefined;
  const { sheetId, box } = criteria.values[0] as { sheetId: number; box: Box };
  const source = book.sheets.find((s) => s.id === sheetId);
  if (!source) return [];
  const last = Math.min(box.row + box.numRows - 1, lastRow(source));
  const choices: string[] = [];
  for (let r = box.row; r <= last; r++)
    for (let c = box.column; c < box.column + box.numColumns; c++) {
      const value = source.rows[r - 1]?.[c - 1]?.value;
      if (value !== undefined && value !== '') choices.push(String(value));
    }
  return choices;
}

/** What the page draws: the menus, the sheets (display values and a few formats) and the sidebar state. */
function state(app: Emulator, sidebarOpening: number) {
  const { book } = app;
  return {
    title: book.name,
    menus: app.ui.menus,
    sidebar: app.ui.sidebar ? { title: app.ui.sidebar.title, opening: sidebarOpening } : null,
    activeSheetId: book.activeSheetId,
    // Where the cursor is, as the person or the add-on (« voir la ligne ») put it.
    selection: book.selection ?? null,
    sheets: book.sheets
      .filter((s) => !s.hidden)
      .map((sheet) => {
        // Dropdown lists are sent once per sheet; each cell names its list by index.
        const lists: string[][] = [];
        const listIndex = new Map<string, number>();
        const listOf = (choices: string[] | undefined): number | undefined => {
          if (!choices) return undefined;
          const key = JSON.stringify(choices);
          if (!listIndex.has(key)) listIndex.set(key, lists.push(choices) - 1);
          return listIndex.get(key);
        };
        const rows = Math.min(lastRow(sheet), GRID_ROW_LIMIT);
        const columns = lastColumn(sheet);
        const cells = [...Array(rows)].map((_, r) =>
          [...Array(columns)].map((_, c) => {
            const cell = sheet.rows[r]?.[c];
            if (!cell) return null;
            const value = cell.formula
              ? evaluateFormula(cell.formula, { book, sheet, now: app.clock.now(), depth: 0 })
              : cell.value;
            const text = displayValue(value, cell.numberFormat ?? '', book.locale, book.timeZone);
            const choices = listOf(dropdownChoices(book, cell));
            return {
              text,
              formula: cell.formula ?? undefined,
              note: cell.note ?? undefined,
              background: cell.background,
              bold: cell.fontWeight === 'bold',
              choices,
            };
          }),
        );
        return {
          id: sheet.id,
          name: sheet.name,
          frozenRows: sheet.frozenRows,
          totalRows: lastRow(sheet),
          cells,
          lists,
        };
      }),
  };
}

export function startPreview(options: PreviewOptions, port: number): Promise<Server> {
  const { app } = options;
  const text = chromeText(app.user.locale);
  // Each showSidebar replaces the sidebar, as in Sheets: the page reloads it when this number changes.
  let shownSidebar = app.ui.sidebar;
  let sidebarOpening = 0;
  const sidebarNow = () => {
    if (app.ui.sidebar !== shownSidebar) {
      shownSidebar = app.ui.sidebar;
      sidebarOpening += 1;
    }
    return sidebarOpening;
  };
  const run = (fn: string, args: unknown[]) => {
    // The alerts the call showed (answered OK by the emulator) go back to the page to be shown.
    const before = app.ui.dialogs.length;
    const shown = () => app.ui.dialogs.slice(before).filter((d) => d.buttons === 'OK');
    try {
      const value = app.run(fn, ...args);
      options.afterCall?.();
      return { ok: true, value, alerts: shown() };
    } catch (error) {
      options.afterCall?.();
      if (error instanceof UnansweredDialog) return { ok: false, dialog: error.dialog, alerts: shown() };
      return { ok: false, error: error instanceof Error ? error.message : String(error), alerts: shown() };
    }
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/')
        return send(res, 200, 'text/html', localizePage(readFileSync(PAGE, 'utf8'), text));
      if (req.method === 'GET' && url.pathname === '/state')
        return send(res, 200, 'application/json', JSON.stringify(state(app, sidebarNow())));
      if (req.method === 'GET' && url.pathname === '/sidebar') {
        // The page the add-on showed (it may name the tab to open on), else the built file.
        const html = app.ui.sidebar?.html ?? app.files.Sidebar;
        const shim = `<script>${readFileSync(SHIM, 'utf8')}</script>`;
        return send(res, 200, 'text/html', html.replace('<head>', `<head>${shim}`));
      }
      if (req.method === 'POST' && url.pathname === '/run') {
        const body = await readJson(req);
        if (Array.isArray(body.answers)) app.ui.answers.push(...(body.answers as string[]));
        return send(res, 200, 'application/json', JSON.stringify(run(String(body.fn), (body.args as unknown[]) ?? [])));
      }
      if (req.method === 'POST' && url.pathname === '/sheet') {
        const body = await readJson(req);
        const sheet = app.book.sheets.find((s) => s.id === Number(body.id));
        if (sheet) app.book.activeSheetId = sheet.id;
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && url.pathname === '/select') {
        // A person selects cells: what the add-on's getActiveRange then gives (« les lignes sélectionnées »).
        const body = await readJson(req);
        const sheet = app.book.sheets.find((s) => s.id === Number(body.sheetId));
        const [row, column, numRows] = [Number(body.row), Number(body.column), Number(body.numRows ?? 1)];
        if (sheet && row >= 1 && column >= 1 && numRows >= 1) {
          app.book.activeSheetId = sheet.id;
          app.book.selection = { sheetId: sheet.id, box: { row, column, numRows, numColumns: 1 } };
        }
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && url.pathname === '/edit') {
        // A person types in a cell: Sheets parses the text, then runs the add-on's onEdit trigger.
        const body = await readJson(req);
        const sheet = app.book.sheets.find((s) => s.id === Number(body.sheetId));
        if (!sheet) return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: text.noSheet }));
        try {
          app.simulateEdit(sheet.name, Number(body.row), Number(body.column), [[String(body.value ?? '')]]);
          options.afterCall?.();
          return send(res, 200, 'application/json', '{"ok":true}');
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: message }));
        }
      }
      if (req.method === 'POST' && url.pathname === '/close-sidebar') {
        app.ui.sidebar = undefined;
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      if (req.method === 'POST' && url.pathname === '/save') {
        await options.save();
        return send(res, 200, 'application/json', '{"ok":true}');
      }
      send(res, 404, 'text/plain', 'Not found');
    } catch (error) {
      send(res, 500, 'application/json', JSON.stringify({ ok: false, error: String(error) }));
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

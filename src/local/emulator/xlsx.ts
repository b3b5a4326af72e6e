/**
 * Workbooks to and from .xlsx with exceljs: values, dates, formulas, notes, number formats,
 * backgrounds, bold, validations, frozen panes, widths and developer metadata (kept in a hidden
 * sheet, since .xlsx has no such thing) survive a round trip.
 */
import ExcelJS from 'exceljs';
import { type Cell, columnLetter, newSheet, newWorkbook, parseA1, type SheetModel, type WorkbookModel } from './model';

const META_SHEET = '__emulator_metadata';

function argb(color: string | undefined): string | undefined {
  return color ? `FF${color.replace('#', '').toUpperCase()}` : undefined;
}
function fromArgb(value: string | undefined): string | undefined {
  return value && value.length === 8 ? `#${value.slice(2).toLowerCase()}` : undefined;
}

function toExcelValidation(cell: Cell, book: WorkbookModel): ExcelJS.DataValidation | undefined {
  const v = cell.validation;
  if (!v) return undefined;
  const base = { allowBlank: true, showErrorMessage: !v.allowInvalid, prompt: v.helpText || undefined };
  switch (v.criteria.type) {
    case 'VALUE_IN_LIST': {
      const items = v.criteria.values[0] as string[];
      // Excel lists are comma-separated: a label with a comma is kept losslessly as a custom rule.
      if (items.some((item) => item.includes(',')))
        return { ...base, type: 'custom', formulae: [JSON.stringify(v.criteria)] };
      return { ...base, type: 'list', formulae: [`"${items.join(',').replace(/"/g, '""')}"`] };
    }
    case 'VALUE_IN_RANGE': {
      // Sheet ids are not kept by .xlsx: the source range is saved with its sheet's name.
      const { sheetId, box } = v.criteria.values[0] as { sheetId: number; box: unknown };
      const sheetName = book.sheets.find((s) => s.id === sheetId)?.name;
      const criteria = { type: 'VALUE_IN_RANGE', values: [{ sheetName, box }, v.criteria.values[1]] };
      return { ...base, type: 'custom', formulae: [JSON.stringify(criteria)] };
    }
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'], error: 'checkbox' };
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(1900, 0, 1)] };
    default:
      return { ...base, type: 'custom', formulae: [JSON.stringify(v.criteria)] };
  }
}

function fromExcelValidation(v: ExcelJS.DataValidation): Cell['validation'] {
  const allowInvalid = !v.showErrorMessage;
  const helpText = v.prompt ?? '';
  if (v.type === 'list' && v.error === 'checkbox')
    return { criteria: { type: 'CHECKBOX', values: [] }, allowInvalid, helpText };
  if (v.type === 'list') {
    const raw = String(v.formulae?.[0] ?? '')
      .replace(/^"|"$/g, '')
      .replace(/""/g, '"');
    return { criteria: { type: 'VALUE_IN_LIST', values: [raw.split(','), true] }, allowInvalid, helpText };
  }
  if (v.type === 'date') return { criteria: { type: 'DATE_IS_VALID_DATE', values: [] }, allowInvalid, helpText };
  if (v.type === 'custom') {
    try {
      return { criteria: JSON.parse(String(v.formulae?.[0])), allowInvalid, helpText };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export async function saveXlsx(book: WorkbookModel, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    for (const [column, width] of sheet.columnWidths) ws.getColumn(column).width = width / 7;
    sheet.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.formula)
          target.value = {
            formula: cell.formula.slice(1),
            result: cell.value === '' ? undefined : (cell.value as never),
          };
        else if (cell.value !== '') target.value = cell.value as ExcelJS.CellValue;
        if (cell.note) target.note = cell.note;
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        if (cell.background)
          target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
        if (cell.fontWeight === 'bold' || cell.fontColor)
          target.font = {
            bold: cell.fontWeight === 'bold',
            color: cell.fontColor ? { argb: argb(cell.fontColor) } : undefined,
          };
        if (cell.wrap) target.alignment = { wrapText: true };
        const validation = toExcelValidation(cell, book);
        if (validation) target.dataValidation = validation;
      });
    });
    for (const merge of sheet.merges)
      ws.mergeCells(merge.row, merge.column, merge.row + merge.numRows - 1, merge.column + merge.numColumns - 1);
    if (sheet.filter)
      ws.autoFilter = `${columnLetter(sheet.filter.column)}${sheet.filter.row}:${columnLetter(sheet.filter.column + sheet.filter.numColumns - 1)}${sheet.filter.row + sheet.filter.numRows - 1}`;
  }
  // What .xlsx cannot hold natively (developer metadata, conditional rules, charts, sizes) goes in a hidden sheet.
  const extra = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const state = {
    name: book.name,
    locale: book.locale,
    timeZone: book.timeZone,
    owner: book.owner,
    editors: book.editors,
    properties: [...book.properties.entries()],
    metadata: book.metadata.map((m) => ({
      ...m,
      location:
        'sheetId' in m.location
          ? {
              ...m.location,
              sheetName: book.sheets.find((s) => s.id === (m.location as { sheetId: number }).sheetId)?.name,
            }
          : m.location,
    })),
    sheets: book.sheets.map((s) => ({
      name: s.name,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      rules: s.rules,
      charts: s.charts,
      protections: s.protections,
      tabColor: s.tabColor,
    })),
  };
  const json = JSON.stringify(state);
  for (let i = 0; i * 30000 < json.length; i++) extra.getCell(i + 1, 1).value = json.slice(i * 30000, (i + 1) * 30000);
  await wb.xlsx.writeFile(path);
}

function cellFrom(value: ExcelJS.CellValue): Pick<Cell, 'value' | 'formula'> {
  if (value === null || value === undefined) return { value: '' };
  if (value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('formula' in value && value.formula) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return {
        formula: `=${value.formula}`,
        value:
          result === undefined || (typeof result === 'object' && !(result instanceof Date))
            ? ''
            : (result as Cell['value']),
      };
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value) return { value: String(value.text) };
    if ('error' in value) return { value: String(value.error) };
    return { value: '' };
  }
  return { value: value as Cell['value'] };
}

export async function loadXlsx(path: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const book = newWorkbook();
  book.sheets = [];
  const extraSheet = wb.getWorksheet(META_SHEET);
  let state: Record<string, unknown> | undefined;
  if (extraSheet) {
    let json = '';
    extraSheet.eachRow((row) => {
      json += String(row.getCell(1).value ?? '');
    });
    state = JSON.parse(json);
  }
  const sheetStates = (state?.sheets as Record<string, unknown>[] | undefined) ?? [];
  wb.eachSheet((ws) => {
    if (ws.name === META_SHEET) return;
    const sheet: SheetModel = newSheet(book, ws.name);
    const saved = sheetStates.find((s) => s.name === ws.name);
    sheet.maxRows = Math.max(Number(saved?.maxRows ?? 1000), ws.rowCount);
    sheet.maxColumns = Math.max(Number(saved?.maxColumns ?? 26), ws.columnCount);
    sheet.hidden = ws.state !== 'visible';
    const view = ws.views?.[0] as { xSplit?: number; ySplit?: number } | undefined;
    sheet.frozenRows = view?.ySplit ?? 0;
    sheet.frozenColumns = view?.xSplit ?? 0;
    ws.columns?.forEach((column, i) => {
      if (column.width) sheet.columnWidths.set(i + 1, Math.round(column.width * 7));
    });
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (excelCell, c) => {
        if (excelCell.isMerged && excelCell.master !== excelCell) return;
        const styled =
          excelCell.note ||
          (excelCell.numFmt && excelCell.numFmt !== 'General') ||
          excelCell.fill ||
          excelCell.font?.bold ||
          excelCell.alignment?.wrapText;
        if ((excelCell.value === null || excelCell.value === undefined) && !excelCell.dataValidation && !styled) return;
        const cell: Cell = { ...cellFrom(excelCell.value) };
        if (excelCell.note)
          cell.note =
            typeof excelCell.note === 'string'
              ? excelCell.note
              : (excelCell.note.texts?.map((t) => t.text).join('') ?? '');
        if (excelCell.numFmt && excelCell.numFmt !== 'General') cell.numberFormat = excelCell.numFmt;
        const fill = excelCell.fill as ExcelJS.FillPattern | undefined;
        const background = fromArgb(fill?.fgColor?.argb);
        if (background) cell.background = background;
        if (excelCell.font?.bold) cell.fontWeight = 'bold';
        const fontColor = fromArgb(excelCell.font?.color?.argb);
        if (fontColor) cell.fontColor = fontColor;
        if (excelCell.alignment?.wrapText) cell.wrap = true;
        if (!sheet.rows[r - 1]) sheet.rows[r - 1] = [];
        sheet.rows[r - 1][c - 1] = cell;
      });
    });
    // Validations live in the worksheet's own list (cells that hold nothing else have no cell object).
    const validations =
      (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations
        ?.model ?? {};
    for (const [address, rule] of Object.entries(validations)) {
      const validation = fromExcelValidation(rule);
      if (!validation) continue;
      for (const part of address.split(/\s+/)) {
        const box = parseA1(part.replace(/^range:/, ''), sheet.maxRows, sheet.maxColumns);
        for (let r = box.row; r < box.row + box.numRows; r++) {
          for (let c = box.column; c < box.column + box.numColumns; c++) {
            if (!sheet.rows[r - 1]) sheet.rows[r - 1] = [];
            const existing = sheet.rows[r - 1][c - 1];
            sheet.rows[r - 1][c - 1] = existing ? { ...existing, validation } : { value: '', validation };
          }
        }
      }
    }
    const merges =
      (
        ws as unknown as {
          _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
        }
      )._merges ?? {};
    for (const merge of Object.values(merges)) {
      const { top, left, bottom, right } = merge.model;
      sheet.merges.push({ row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 });
    }
    if (typeof ws.autoFilter === 'string') sheet.filter = parseA1(ws.autoFilter, sheet.maxRows, sheet.maxColumns);
    if (saved) {
      sheet.rules = (saved.rules as SheetModel['rules']) ?? [];
      sheet.charts = (saved.charts as SheetModel['charts']) ?? [];
      sheet.protections = (saved.protections as SheetModel['protections']) ?? [];
      sheet.tabColor = (saved.tabColor as string | null) ?? null;
    }
    book.sheets.push(sheet);
  });
  if (book.sheets.length === 0) book.sheets.push(newSheet(book, 'Feuille 1'));
  // Range-based validations name their source sheet in the file: point them at its id again.
  const ids = new Map(book.sheets.map((sheet) => [sheet.name, sheet.id]));
  for (const sheet of book.sheets) {
    for (const line of sheet.rows) {
      for (const cell of line ?? []) {
        const criteria = cell?.validation?.criteria;
        if (criteria?.type !== 'VALUE_IN_RANGE') continue;
        const source = criteria.values[0] as { sheetName?: string; sheetId?: number; box: unknown };
        if (source.sheetName !== undefined)
          criteria.values[0] = { sheetId: ids.get(source.sheetName) ?? -1, box: source.box };
      }
    }
  }
  book.activeSheetId = book.sheets[0].id;
  if (state) {
    book.name = String(state.name ?? book.name);
    book.locale = String(state.locale ?? book.locale);
    book.timeZone = String(state.timeZone ?? book.timeZone);
    book.owner = String(state.owner ?? book.owner);
    book.editors = (state.editors as string[]) ?? [];
    book.properties = new Map((state.properties as [string, string][]) ?? []);
    for (const m of (state.metadata as (WorkbookModel['metadata'][number] & { location: { sheetName?: string } })[]) ??
      []) {
      const { sheetName, ...location } = m.location as { sheetName?: string; type: string };
      const sheet = book.sheets.find((s) => s.name === sheetName);
      if (location.type !== 'SPREADSHEET' && !sheet) continue;
      book.nextId += 1;
      book.metadata.push({
        ...m,
        id: book.nextId,
        location: (sheet ? { ...location, sheetId: sheet.id } : location) as never,
      });
    }
  }
  return book;
}

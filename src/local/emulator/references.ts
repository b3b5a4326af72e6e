/**
 * Sheets rewrites the references of every formula when the sheet they point to is renamed, or when its
 * rows or columns are inserted, deleted or moved: « =COUNTIFS(Partenaires!C:C;…) » follows the Catégorie column when a column
 * is inserted before it, and becomes #REF! when the column itself is deleted. String literals are left
 * alone; a reference to another sheet, or one without a sheet in a formula of another sheet, too.
 */
import { type Box, columnIndex, columnLetter, type SheetModel, type WorkbookModel } from './model';

export type Axis = 'row' | 'column';

/** Where each index of the axis goes; undefined for an index that was deleted. */
export type IndexMap = (index: number) => number | undefined;

export function insertedMap(at: number, count: number): IndexMap {
  return (i) => (i >= at ? i + count : i);
}

export function deletedMap(at: number, count: number): IndexMap {
  return (i) => (i < at ? i : i < at + count ? undefined : i - count);
}

/** The columns `from` … `from + width - 1` put before column `destination` (counted before the move). */
export function movedMap(from: number, width: number, destination: number): IndexMap {
  const target = destination > from ? destination - width : destination;
  return (i) => {
    if (i >= from && i < from + width) return target + (i - from);
    const without = i >= from + width ? i - width : i;
    return without >= target ? without + width : without;
  };
}

// A sheet prefix (quoted or not), then a cell, a cell range, an open-ended range (« C2:C »), or a whole
// column or row range (« C:C », « 2:5 »). Not preceded or followed by what would make it a name or a call.
const REFERENCE =
  /(?<![\w.$'!])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}))?|(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})|(\$?\d+):(\$?\d+))(?![\w(!])/g;

interface End {
  column?: { index: number; fixed: boolean };
  row?: { index: number; fixed: boolean };
}

function parseEnd(text: string): End {
  const m = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(text) as RegExpExecArray;
  return {
    column: m[2] ? { index: columnIndex(m[2]), fixed: m[1] === '$' } : undefined,
    row: m[4] ? { index: Number(m[4]), fixed: (m[2] ? m[3] : m[1]) === '$' } : undefined,
  };
}

function writeEnd(end: End): string {
  const column = end.column ? `${end.column.fixed ? '$' : ''}${columnLetter(end.column.index)}` : '';
  const row = end.row ? `${end.row.fixed ? '$' : ''}${end.row.index}` : '';
  return column + row;
}

/** The first index at or after `from` (up to `to`) that survives, mapped; the same from the other end. */
function surviving(map: IndexMap, from: number, to: number, step: 1 | -1): number | undefined {
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    const mapped = map(i);
    if (mapped !== undefined) return mapped;
  }
  return undefined;
}

function rewriteOne(start: End, end: End | undefined, axis: Axis, map: IndexMap): string | undefined {
  const a = start[axis];
  const b = end?.[axis];
  if (!end) {
    if (!a) return writeEnd(start);
    const mapped = map(a.index);
    return mapped === undefined ? undefined : writeEnd({ ...start, [axis]: { ...a, index: mapped } });
  }
  if (!a || !b) return `${writeEnd(start)}:${writeEnd(end)}`;
  const low = Math.min(a.index, b.index);
  const high = Math.max(a.index, b.index);
  const first = surviving(map, low, high, 1);
  const last = surviving(map, high, low, -1);
  if (first === undefined || last === undefined) return undefined;
  const [newLow, newHigh] = first <= last ? [first, last] : [last, first];
  return `${writeEnd({ ...start, [axis]: { ...a, index: newLow } })}:${writeEnd({ ...end, [axis]: { ...b, index: newHigh } })}`;
}

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** The formula with its references to `target` rewritten along `axis`; `home` is the formula's own sheet. */
export function rewriteReferences(formula: string, home: string, target: string, axis: Axis, map: IndexMap): string {
  // Split off string literals: they are text, not references.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, prefix: string | undefined, cell, cellEnd, col1, col2, row1, row2) => {
            const sheet = prefix ? unquote(prefix) : home;
            if (sheet !== target) return whole;
            const [start, end] = cell ? [cell, cellEnd] : col1 ? [col1, col2] : [row1, row2];
            const rewritten = rewriteOne(parseEnd(start), end ? parseEnd(end) : undefined, axis, map);
            return rewritten === undefined ? '#REF!' : `${prefix ?? ''}${rewritten}`;
          }),
    )
    .join('');
}

/** Every formula of the workbook — cells' and conditional format rules' — through `rewrite`. */
function mapFormulas(book: WorkbookModel, rewrite: (formula: string, home: SheetModel) => string): void {
  for (const sheet of book.sheets) {
    for (const line of sheet.rows)
      for (const cell of line ?? []) if (cell?.formula) cell.formula = rewrite(cell.formula, sheet);
    for (const rule of sheet.rules) {
      rule.criteria = {
        ...rule.criteria,
        values: rule.criteria.values.map((v) => (typeof v === 'string' && v.startsWith('=') ? rewrite(v, sheet) : v)),
      };
    }
  }
}

function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheets rewrites references in formulas when a sheet is renamed. */
export function renameSheetInFormulas(book: WorkbookModel, oldName: string, newName: string): void {
  const from = `${quoteSheetName(oldName)}!`;
  const to = `${quoteSheetName(newName)}!`;
  mapFormulas(book, (formula) => (formula.includes(from) ? formula.split(from).join(to) : formula));
}

/**
 * Rewrites, after rows or columns of `target` moved, every formula of the workbook (cells and conditional
 * format rules) and every dropdown whose list is a range of `target` (`shiftBox`, when the change keeps
 * ranges whole: not for moved columns).
 */
export function rewriteWorkbookReferences(
  book: WorkbookModel,
  target: SheetModel,
  axis: Axis,
  map: IndexMap,
  shiftBox?: (box: Box) => Box | undefined,
): void {
  mapFormulas(book, (formula, home) => rewriteReferences(formula, home.name, target.name, axis, map));
  if (!shiftBox) return;
  // Cells share one validation object: each is shifted once.
  const shifted = new Set<unknown>();
  for (const sheet of book.sheets)
    for (const line of sheet.rows)
      for (const cell of line ?? []) {
        const criteria = cell?.validation?.criteria;
        if (criteria?.type !== 'VALUE_IN_RANGE' || shifted.has(criteria)) continue;
        shifted.add(criteria);
        const range = criteria.values[0] as { sheetId: number; box: Box };
        const box = range.sheetId === target.id ? shiftBox(range.box) : range.box;
        if (box) criteria.values = [{ ...range, box }, ...criteria.values.slice(1)];
      }
}

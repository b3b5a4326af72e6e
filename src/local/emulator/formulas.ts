/**
 * A small formula evaluator, so getValues and the preview show what Sheets would compute for the
 * formulas the add-on writes (the dashboard): cell and range references (with a sheet name, open-ended
 * columns), strings, numbers, "&", "=" and "<>" comparisons, and COUNTIFS, COUNTIF, SUM, IF, TODAY.
 * Any other formula is reported "#NAME?" rather than guessed.
 */
import { columnIndex, lastRow, type SheetModel, type WorkbookModel } from './model';
import { type CellValue, isDateValue, zonedMidnight } from './values';

type Value = CellValue | CellValue[][];

interface Context {
  book: WorkbookModel;
  sheet: SheetModel;
  now: number;
  depth: number;
}

class FormulaError extends Error {}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern =
    /\s*('(?:[^']|'')+'![$A-Za-z0-9:]+|[A-Za-z_][A-Za-z0-9_.]*![$A-Za-z0-9:]+|"(?:[^"]|"")*"|#REF!|[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()|(?:TRUE|FALSE)\b|\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?|\d+(?:\.\d+)?|<>|<=|>=|[(),&=<>+\-*/])/y;
  let index = 0;
  while (index < text.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) {
      if (/^\s*$/.test(text.slice(index))) break;
      throw new FormulaError('#ERROR!');
    }
    tokens.push(match[1]);
    index = pattern.lastIndex;
  }
  return tokens;
}

function cellValue(ctx: Context, sheet: SheetModel, row: number, column: number): CellValue {
  const cell = sheet.rows[row - 1]?.[column - 1];
  if (!cell) return '';
  if (cell.formula) return evaluateFormula(cell.formula, { ...ctx, sheet, depth: ctx.depth + 1 });
  return cell.value;
}

function reference(ctx: Context, token: string): Value {
  const bang = token.lastIndexOf('!');
  let sheet = ctx.sheet;
  if (bang >= 0) {
    const name = token
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const found = ctx.book.sheets.find((s) => s.name === name);
    if (!found) throw new FormulaError('#REF!');
    sheet = found;
  }
  const a1 = token.slice(bang + 1).replace(/\$/g, '');
  const [start, end] = a1.split(':');
  const parse = (part: string) => {
    const m = /^([A-Za-z]{1,3})(\d*)$/.exec(part);
    if (!m) throw new FormulaError('#REF!');
    return { column: columnIndex(m[1]), row: m[2] ? Number(m[2]) : undefined };
  };
  const a = parse(start);
  if (!end) return cellValue(ctx, sheet, a.row ?? 1, a.column);
  const b = parse(end);
  const top = a.row ?? 1;
  const bottom = b.row ?? Math.max(top, lastRow(sheet));
  const out: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: CellValue[] = [];
    for (let c = a.column; c <= b.column; c++) line.push(cellValue(ctx, sheet, r, c));
    out.push(line);
  }
  return out;
}

function scalar(value: Value): CellValue {
  return Array.isArray(value) ? (value[0]?.[0] ?? '') : value;
}

function text(value: CellValue): string {
  return isDateValue(value) ? String(value.getTime() / 86400000 + 25569) : String(value);
}

function asNumber(value: CellValue): number {
  if (isDateValue(value)) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Sheets' criterion: "x" equal (ignoring case, * and ? wildcards), "<>x", "<x", ">x"… */
function matches(value: CellValue, criterion: CellValue): boolean {
  const c = isDateValue(criterion) ? criterion : String(criterion);
  if (isDateValue(c)) return isDateValue(value) && value.getTime() === c.getTime();
  const op = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(c)!;
  const operator = op[1] ?? '=';
  const operand = op[2];
  if (operator === '<>' && operand === '') return value !== '';
  if (operator === '=' || operator === '<>') {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'i',
    );
    const equal = operand === '' ? value === '' : pattern.test(String(value));
    return operator === '=' ? equal : !equal;
  }
  const left = asNumber(value);
  const right = Number(operand.replace(',', '.'));
  const rightValue = Number.isFinite(right) ? (isDateValue(value) ? (right - 25569) * 86400000 : right) : Number.NaN;
  if (Number.isNaN(left) || Number.isNaN(rightValue) || value === '') return false;
  return operator === '<'
    ? left < rightValue
    : operator === '>'
      ? left > rightValue
      : operator === '<='
        ? left <= rightValue
        : left >= rightValue;
}

function call(ctx: Context, name: string, args: Value[]): CellValue {
  switch (name.toUpperCase()) {
    case 'TODAY': {
      const now = new Date(ctx.now);
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: ctx.book.timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      })
        .format(now)
        .split('-');
      return zonedMidnight(Number(parts[0]), Number(parts[1]), Number(parts[2]), ctx.book.timeZone);
    }
    case 'IF':
      return scalar(args[0]) === true || (typeof scalar(args[0]) === 'number' && scalar(args[0]) !== 0)
        ? scalar(args[1] ?? '')
        : scalar(args[2] ?? false);
    case 'SUM':
      return args
        .flatMap((a) => (Array.isArray(a) ? a.flat() : [a]))
        .reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    case 'COUNTIF':
    case 'COUNTIFS': {
      const ranges = args.filter((_, i) => i % 2 === 0).map((a) => (Array.isArray(a) ? a.flat() : [a]));
      const criteria = args.filter((_, i) => i % 2 === 1).map(scalar);
      const size = Math.min(...ranges.map((r) => r.length));
      let count = 0;
      for (let i = 0; i < size; i++) if (ranges.every((range, k) => matches(range[i], criteria[k]))) count++;
      return count;
    }
    default:
      throw new FormulaError('#NAME?');
  }
}

function parse(ctx: Context, tokens: string[]): CellValue {
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  function primary(): Value {
    const token = next();
    if (token === undefined) throw new FormulaError('#ERROR!');
    if (token === '(') {
      const value = comparison();
      if (next() !== ')') throw new FormulaError('#ERROR!');
      return value;
    }
    if (token === '-') return -asNumber(scalar(primary()));
    // A reference whose rows or columns were deleted (see references.ts): the formula reads #REF!.
    if (token === '#REF!') throw new FormulaError('#REF!');
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (peek() === '(' && /^[A-Za-z_][A-Za-z0-9_.]*$/.test(token)) {
      next();
      const args: Value[] = [];
      if (peek() !== ')') {
        for (;;) {
          args.push(argument());
          if (peek() === ',') next();
          else break;
        }
      }
      if (next() !== ')') throw new FormulaError('#ERROR!');
      return call(ctx, token, args);
    }
    if (/^(TRUE|FALSE)$/i.test(token)) return token.toUpperCase() === 'TRUE';
    return reference(ctx, token);
  }
  function product(): Value {
    let value = primary();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      const right = asNumber(scalar(primary()));
      value = op === '*' ? asNumber(scalar(value)) * right : asNumber(scalar(value)) / right;
    }
    return value;
  }
  function sum(): Value {
    let value = product();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      const right = asNumber(scalar(product()));
      value = op === '+' ? asNumber(scalar(value)) + right : asNumber(scalar(value)) - right;
    }
    return value;
  }
  function concat(): Value {
    let value = sum();
    while (peek() === '&') {
      next();
      value = text(scalar(value)) + text(scalar(sum()));
    }
    return value;
  }
  function argument(): Value {
    return comparison();
  }
  function comparison(): Value {
    const left = concat();
    const op = peek();
    if (op !== '=' && op !== '<>') return left;
    next();
    const right = scalar(concat());
    const equal = String(scalar(left)).toLowerCase() === String(right).toLowerCase();
    return op === '=' ? equal : !equal;
  }
  const value = scalar(comparison());
  if (at !== tokens.length) throw new FormulaError('#ERROR!');
  return value;
}

export function evaluateFormula(formula: string, ctx: Context): CellValue {
  if (ctx.depth > 20) return '#REF!';
  try {
    const value = parse(ctx, tokenize(formula.replace(/^=/, '')));
    return typeof value === 'number' && !Number.isFinite(value) ? '#DIV/0!' : value;
  } catch (error) {
    return error instanceof FormulaError ? error.message : '#ERROR!';
  }
}

/** The evaluator the emulator plugs into getValues, bound to a workbook and a clock. */
export function formulaEvaluator(book: () => WorkbookModel, now: () => number) {
  return (formula: string, sheet: SheetModel) =>
    evaluateFormula(formula, { book: book(), sheet, now: now(), depth: 0 });
}

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or
 * LF, a UTF-8 BOM, and ";" as separator when the header uses it (French spreadsheets export so).
 * A broken record (an unclosed quote, a stray quote) is reported with its line number and skipped;
 * the rest is still read.
 */
export interface CsvRecord {
  /** Line where the record starts (1-based, the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
  separator: string;
}

function detectSeparator(firstLine: string): string {
  const count = (sep: string) => firstLine.split(sep).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text.slice(0, text.search(/\r?\n|$/)));
  const rows: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let broken = false;
  let wasQuoted = false;
  const endRecord = () => {
    fields.push(field);
    if (broken) problems.push({ line: start, message: 'guillemets mal fermés' });
    else if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) rows.push({ line: start, fields });
    fields = [];
    field = '';
    broken = false;
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') broken = true;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field === '') {
        quoted = true;
        wasQuoted = true;
      } else {
        broken = true;
        field += ch;
      }
    } else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) {
    broken = true;
  }
  if (field !== '' || fields.length > 0 || broken) endRecord();
  const [header, ...records] = rows;
  return { header: header?.fields.map((h) => h.trim()) ?? [], records, problems, separator };
}

/** Writes one CSV line; fields with the separator, quotes or line breaks are quoted. */
export function csvLine(fields: string[], separator = ','): string {
  return fields
    .map((f) => (f.includes(separator) || /["\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(separator);
}

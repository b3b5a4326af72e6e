/**
 * E-mail templates the team edits in the "Modèles" sheet. Placeholders name a column of the partner
 * sheet or a club setting — {{Structure}}, {{Contact}}, {{Commune}}, {{Club}}, {{Signature}} — whatever
 * the accents or case. Sections show only when a field is set: {{#Contact}}Bonjour {{Contact}},{{/Contact}}
 * and the inverse {{^Contact}}Bonjour,{{/Contact}}. Rendering gives a plain-text and an HTML body in
 * which every inserted value is escaped, and a one-line subject.
 */
import { normalize } from './text';

export type TemplateKind = 'premier' | 'relance';

export interface Template {
  /** Category id, or 'defaut' for every category without its own template. */
  category: string;
  kind: TemplateKind;
  subject: string;
  body: string;
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
  /** Placeholders used outside a section that have no value: the message cannot go as is. */
  missing: string[];
}

/** Placeholder name → value; names are compared normalised ("Code postal" = "code_postal" = "CODEPOSTAL"). */
export type Fields = Record<string, string>;

export function fieldKey(name: string): string {
  return normalize(name).replace(/[\s_.-]+/g, '');
}

export function fieldsFrom(entries: [string, string][]): Fields {
  const fields: Fields = {};
  for (const [name, value] of entries) {
    const key = fieldKey(name);
    if (key && fields[key] === undefined) fields[key] = value;
  }
  return fields;
}

const TOKEN = /\{\{\s*([#^/]?)\s*([^{}]{1,60}?)\s*\}\}/g;

function oneLine(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Replaces sections and placeholders; `wrap` escapes each inserted value for the target format. */
function expand(
  template: string,
  fields: Fields,
  wrap: (value: string) => string,
  escapeText: (text: string) => string,
  missing: Set<string>,
): string {
  let out = '';
  let last = 0;
  const stack: { key: string; show: boolean; name: string }[] = [];
  const visible = () => stack.every((s) => s.show);
  const inSection = () => stack.length > 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(template); match; match = TOKEN.exec(template)) {
    if (visible()) out += escapeText(template.slice(last, match.index));
    last = match.index + match[0].length;
    const [, sigil, rawName] = match;
    const key = fieldKey(rawName);
    const value = (fields[key] ?? '').trim();
    if (sigil === '#' || sigil === '^') {
      stack.push({ key, name: rawName.trim(), show: sigil === '#' ? value !== '' : value === '' });
    } else if (sigil === '/') {
      const open = stack.findIndex((s) => s.key === key);
      if (open >= 0) stack.splice(open);
    } else if (visible()) {
      if (value === '' && !inSection()) missing.add(rawName.trim());
      out += wrap(value);
    }
  }
  if (visible()) out += escapeText(template.slice(last));
  return out;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlBody(text: string): string {
  // The text is already escaped: paragraphs on blank lines, line breaks kept.
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function render(template: Pick<Template, 'subject' | 'body'>, fields: Fields): Rendered {
  const missing = new Set<string>();
  const body = template.body.replace(/\r\n?/g, '\n');
  const text = expand(
    body,
    fields,
    (v) => v,
    (t) => t,
    missing,
  )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const html = htmlBody(
    expand(
      body,
      fields,
      (v) => escapeHtml(v),
      (t) => escapeHtml(t),
      missing,
    )
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
  const subject = oneLine(expand(oneLine(template.subject), fields, oneLine, (t) => t, missing));
  return { subject, text, html, missing: [...missing] };
}

/** The template for a category and kind: its own, else the default of that kind. */
export function pickTemplate(templates: Template[], category: string, kind: TemplateKind): Template | undefined {
  return (
    templates.find((t) => t.kind === kind && t.category === category) ??
    templates.find((t) => t.kind === kind && t.category === 'defaut')
  );
}

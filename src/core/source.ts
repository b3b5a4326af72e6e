/**
 * The Source column: how a row came ("saisie", or an open-data source with its identifiers), in a
 * form people can read and the add-on can parse back: "Recherche d'entreprises · SIRET 21770188700010 ·
 * NAF 84.11Z · CJ 7210".
 */
export interface SourceInfo {
  origin: string;
  siret?: string;
  siren?: string;
  uai?: string;
  rna?: string;
  naf?: string;
  legalCategory?: string;
  id?: string;
}

const FIELDS: [keyof SourceInfo, string, RegExp][] = [
  ['siret', 'SIRET', /\bSIRET\s+(\d{14})\b/i],
  ['siren', 'SIREN', /\bSIREN\s+(\d{9})\b/i],
  ['uai', 'UAI', /\bUAI\s+(\d{7}[A-Z])\b/i],
  ['rna', 'RNA', /\bRNA\s+(W\d{9})\b/i],
  ['naf', 'NAF', /\bNAF\s+(\d{2}\.?\d{2}[A-Z])\b/i],
  ['legalCategory', 'CJ', /\bCJ\s+(\d{4})\b/i],
  ['id', 'ID', /\bID\s+([\w-]{1,64})\b/],
];

export function formatSource(info: SourceInfo): string {
  const parts = [info.origin];
  for (const [key, label] of FIELDS) if (info[key]) parts.push(`${label} ${info[key]}`);
  return parts.join(' · ');
}

export function parseSource(text: unknown): SourceInfo {
  const value = String(text ?? '');
  const info: SourceInfo = { origin: value.split('·')[0].trim() };
  for (const [key, , pattern] of FIELDS) {
    const match = pattern.exec(value);
    if (match) info[key] = match[1].toUpperCase();
  }
  return info;
}

/**
 * A CSV file's bytes as text. Excel on Windows saves « CSV (séparateur : point-virgule) » in
 * Windows-1252, not UTF-8: read as UTF-8, every accented letter would become « � » and be lost, and
 * « Médiathèque » would no longer be read as one. A file that is not valid UTF-8 is read as Windows-1252,
 * which gives every byte a character.
 */
export function decodeCsvFile(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Saved by Excel (a byte-order mark, or Windows-1252): what is written back for it needs a byte-order mark. */
  fromExcel: boolean;
} {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', fromExcel: bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', fromExcel: true };
  }
}

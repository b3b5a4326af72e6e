/** What the preview and the command line share: opening and saving workbooks, the outbox, the demo. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toEml } from './emulator/eml';
import { ensureCell, newWorkbook, type WorkbookModel } from './emulator/model';
import type { Emulator } from './emulator/runtime';
import type { UserInfo } from './emulator/session';
import { loadXlsx, saveXlsx } from './emulator/xlsx';
import { FIXTURE_COMMUNES } from './fixtures';

export const LOCAL_DIR = join(__dirname, '..', '..', '.local');
export const DEMO_WORKBOOK = join(LOCAL_DIR, 'demo.xlsx');

/** A fictional club's own list, as volunteers keep one before the add-on: loose headers, a blank row, text dates. */
export function demoWorkbook(): WorkbookModel {
  const book = newWorkbook({ name: 'Club Voyageurs du Code de Melun (démo)' });
  // The demo club is in Melun, one of the communes the open-data fixtures cover.
  book.properties.set(
    'pdc.settings',
    JSON.stringify({
      clubName: 'Voyageurs du Code de Melun (démo)',
      commune: FIXTURE_COMMUNES.melun,
      radiusKm: 10,
      senderName: 'Club Voyageurs du Code de Melun',
      signature: 'L’équipe du club Voyageurs du Code de Melun',
      followUpDays: 10,
    }),
  );
  const sheet = book.sheets[0];
  sheet.name = 'Contacts';
  // Fictional partners (example.org addresses), written as volunteers do: loose headers, a blank row,
  // a date typed as text in the remarks.
  const rows: (string | number)[][] = [
    ['Nom', 'Mail', 'Tél', 'Ville', 'CP', 'Remarques'],
    [
      'Médiathèque des Remparts (démo)',
      'mediatheque@demo.example',
      '01 23 45 67 89',
      'Melun',
      '77000',
      'Salle avec 8 PC',
    ],
    ['Centre social Les Tilleuls (démo)', 'accueil@tilleuls.example', '', 'Melun', '77000', 'Public ados le mercredi'],
    ['Collège Les Capucins', 'ce.0772345b@ac-creteil.fr', '', 'Melun', '77000', ''],
    ['', '', '', '', '', ''],
    ['Association des Petits Codeurs (démo)', '', '', 'Melun', '77000', 'Vu au forum des assos le 12/09/2026'],
    ['Mairie - service jeunesse (démo)', 'jeunesse@demo.example', '01 23 45 00 00', 'Melun', '77000', ''],
    ['Fablab du Quai (démo)', 'bonjour@fablab-quai.example', '', 'Melun', '77000', 'Imprimantes 3D'],
    // No category word: "Chercher les numéros SIREN" finds its record in the fixtures.
    ['Les Octets Libres (démo)', '', '', 'Melun', '77000', 'Ateliers Scratch le samedi'],
  ];

  rows.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value !== '') ensureCell(sheet, r + 1, c + 1).value = value;
    });
  });
  return book;
}

/** The person the local tools run as: `--user EMAIL` and `--locale en_US` (the add-on speaks their language). */
export function userFromOptions(options: Record<string, string>): Partial<UserInfo> | undefined {
  const user: Partial<UserInfo> = {};
  if (options.user) user.email = options.user;
  if (options.locale) user.locale = options.locale;
  return Object.keys(user).length ? user : undefined;
}

export async function openWorkbook(path: string | undefined): Promise<{ book: WorkbookModel; path: string }> {
  if (path && existsSync(path)) return { book: await loadXlsx(path), path };
  const target = path ?? DEMO_WORKBOOK;
  if (!path && existsSync(DEMO_WORKBOOK)) return { book: await loadXlsx(DEMO_WORKBOOK), path: DEMO_WORKBOOK };
  const book = path ? newWorkbook() : demoWorkbook();
  mkdirSync(dirname(target), { recursive: true });
  await saveXlsx(book, target);
  return { book, path: target };
}

export async function saveWorkbook(book: WorkbookModel, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await saveXlsx(book, path);
}

/** Writes every draft and sent message of the mailbox as an .eml file; returns the files written. */
export function writeOutbox(app: Emulator, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const thread of app.mailbox.threads) {
    for (const message of thread.messages) {
      if (message.from !== app.mailbox.owner) continue;
      const file = join(dir, `${message.draft ? 'brouillon' : 'envoye'}-${message.id}.eml`);
      writeFileSync(file, toEml(message));
      written.push(file);
    }
  }
  return written;
}

/**
 * The club team: members in the Équipe sheet, sharing the spreadsheet with them, "Mes actions" (the
 * partners assigned to the current user, overdue first) and their quick actions.
 */

import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { TEXT_LIMITS } from '../../core/limits';
import { addDays, isValidEmail } from '../../core/outreach';
import type { ColumnId } from '../../core/schema';
import { label, STATUTS } from '../../core/taxonomy';
import { cellText, isDate, normalize } from '../../core/text';
import type { MyActions, ShareOutcome, TeamList, TeamMember } from '../../rpc';
import { myEmail } from '../gas/gmail';
import { withDocumentLock } from '../gas/lock';
import { setUserProperty, userProperty } from '../gas/properties';
import { activeSpreadsheet, addEditors, editorEmails, goTo } from '../gas/spreadsheet';
import { currentLang } from '../lang';
import { loadSettings } from '../settings';
import { openPartnerTable, type PartnerTable, rowById, save, set, sheetLang, statusId, text } from '../tracking/table';
import { appendRows, ensureTeamSheet } from './sheets';

const ME_PROPERTY = 'pdc.me';

type TeamRow = TeamMember & { row: number };

function readTeam(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; members: TeamRow[] } {
  // Created in the workbook's language, like every sheet the add-on writes.
  const { sheet } = ensureTeamSheet(activeSpreadsheet(), sheetLang());
  const last = sheet.getLastRow();
  const values = last >= 2 ? sheet.getRange(2, 1, last - 1, 4).getValues() : [];
  const members = values
    .map(([name, email, role, shared], i) => ({
      row: i + 2,
      name: cellText(name),
      email: cellText(email).toLowerCase(),
      role: cellText(role),
      sharedOn: isDate(shared) ? shared.toISOString() : '',
    }))
    .filter((m) => m.name || m.email);
  return { sheet, members };
}

/** Who is using the sidebar: their Google address when given, else the member they chose once. */
function whoAmI(members: TeamMember[]): TeamMember | undefined {
  const email = (myEmail() || userProperty(ME_PROPERTY) || '').toLowerCase();
  return email ? members.find((m) => m.email === email) : undefined;
}

function assignedTo(table: PartnerTable, row: unknown[], member: TeamMember): boolean {
  const value = normalize(text(table, row, 'responsable'));
  return !!value && (value === normalize(member.name) || value === member.email);
}

export function listTeam(): TeamList {
  const { members } = readTeam();
  const table = openPartnerTable('responsable');
  const known = new Set(members.flatMap((m) => [normalize(m.name), m.email]));
  const orphans = new Map<string, number>();
  for (const row of table.rows) {
    const responsable = text(table, row, 'responsable');
    if (responsable && !known.has(normalize(responsable)))
      orphans.set(responsable, (orphans.get(responsable) ?? 0) + 1);
  }
  return {
    members: members.map(({ row: _row, ...m }) => m),
    me: whoAmI(members)?.email ?? '',
    emailKnown: !!myEmail(),
    orphans: [...orphans.entries()].map(([name, count]) => ({ name, count })),
  };
}

export function addMember(request: { name: string; email: string; role?: string }): TeamList {
  const name = String(request?.name ?? '')
    .trim()
    .slice(0, TEXT_LIMITS.memberName);
  const email = String(request?.email ?? '')
    .trim()
    .toLowerCase();
  if (!name) throw new UserError('team.nameMissing');
  if (!isValidEmail(email)) throw new UserError('team.invalidEmail', { email: email || '—' });
  withDocumentLock(() => {
    const { sheet, members } = readTeam();
    if (members.some((m) => m.email === email)) throw new UserError('team.duplicate', { email });
    appendRows(sheet, [
      [
        name,
        email,
        String(request.role ?? '')
          .trim()
          .slice(0, TEXT_LIMITS.memberRole),
        '',
      ],
    ]);
  });
  return listTeam();
}

/** Adds every member as an editor, in one call; says who already had access and which addresses are wrong. */
export function shareWithTeam(): ShareOutcome {
  const lang = currentLang();
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const { sheet, members } = readTeam();
    const access = new Set(editorEmails(ss).map((e) => e.toLowerCase()));
    const invalid = members.filter((m) => !isValidEmail(m.email)).map((m) => `${m.name || '?'} (${m.email || '—'})`);
    const already = members.filter((m) => isValidEmail(m.email) && access.has(m.email)).map((m) => m.email);
    const toShare = members.filter((m) => isValidEmail(m.email) && !access.has(m.email));
    if (toShare.length) {
      try {
        addEditors(
          ss,
          toShare.map((m) => m.email),
        );
      } catch (_error) {
        throw new UserError('team.shareFailed');
      }
      const last = sheet.getLastRow();
      const dates = sheet.getRange(2, 4, last - 1, 1).getValues();
      const now = new Date();
      for (const m of toShare) dates[m.row - 2][0] = now;
      sheet.getRange(2, 4, last - 1, 1).setValues(dates);
    }
    return {
      shared: toShare.map((m) => m.email),
      already,
      invalid,
      message: t(lang, 'team.shared', { shared: toShare.length, already: already.length, invalid: invalid.length }),
    };
  });
}

/** Consumer accounts do not give the user's address: they pick themselves in the team list once. */
export function chooseMe(request: { email: string }): TeamList {
  const { sheet, members } = readTeam();
  const email = String(request?.email ?? '').toLowerCase();
  if (!members.some((m) => m.email === email)) throw new UserError('team.unknownMember', { sheet: sheet.getName() });
  setUserProperty(ME_PROPERTY, email);
  return listTeam();
}

function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

const CLOSED = ['partenaire', 'refus', 'sans_suite'];

export function myActions(): MyActions {
  const { members } = readTeam();
  const me = whoAmI(members);
  if (!me) return { needsChoice: !myEmail() && members.length > 0, actions: [] };
  const table = openPartnerTable('responsable', 'statut', 'prochaineRelance', 'prochaineAction');
  const timeZone = activeSpreadsheet().getSpreadsheetTimeZone();
  const today = dayKey(new Date(), timeZone);
  const actions = table.rows
    .filter((row) => text(table, row, 'id') && assignedTo(table, row, me) && !CLOSED.includes(statusId(table, row)))
    .map((row) => {
      const due = table.positions.prochaineRelance ? row[table.positions.prochaineRelance - 1] : '';
      const day = isDate(due) ? dayKey(due, timeZone) : '';
      const bucket: 'overdue' | 'today' | 'next' = day && day < today ? 'overdue' : day === today ? 'today' : 'next';
      return {
        partnerId: text(table, row, 'id'),
        name: text(table, row, 'structure'),
        // A status typed outside the list is shown as typed; an empty one reads « À contacter ».
        status: text(table, row, 'statut') || label(STATUTS, 'a_contacter', table.lang),
        due: day,
        bucket,
        nextAction: text(table, row, 'prochaineAction'),
      };
    });
  const order = { overdue: 0, today: 1, next: 2 };
  actions.sort(
    (a, b) =>
      order[a.bucket] - order[b.bucket] ||
      (a.due || '9999').localeCompare(b.due || '9999') ||
      a.name.localeCompare(b.name, 'fr'),
  );
  return { me: { name: me.name, email: me.email }, needsChoice: false, actions };
}

/** Runs a quick action on one partner's row, found by its ID under the lock. */
function onPartner(
  partnerId: string,
  columns: ColumnId[],
  change: (table: PartnerTable, row: unknown[], now: Date) => void,
): { message: string } {
  return withDocumentLock(() => {
    const table = openPartnerTable(...columns);
    const row = rowById(table, partnerId);
    if (!row) throw new UserError('classify.rowGone', { id: partnerId });
    const now = new Date();
    change(table, row, now);
    set(table, row, 'modifieLe', now);
    save(table);
    return { message: t(currentLang(), 'actions.done', { name: text(table, row, 'structure') }) };
  });
}

export function markContacted(request: { partnerId: string }): { message: string } {
  const days = loadSettings().followUpDays;
  return onPartner(request.partnerId, ['statut', 'dernierContact', 'prochaineRelance'], (table, row, now) => {
    set(table, row, 'statut', label(STATUTS, 'contacte', table.lang));
    set(table, row, 'dernierContact', now);
    set(table, row, 'prochaineRelance', addDays(now, days));
  });
}

export function planFollowUp(request: { partnerId: string; days?: number; date?: string }): { message: string } {
  const when = request.date
    ? new Date(`${request.date}T12:00:00`)
    : addDays(new Date(), Math.max(1, Math.min(365, Number(request.days ?? 7))));
  if (Number.isNaN(when.getTime())) throw new UserError('actions.badDate');
  return onPartner(request.partnerId, ['prochaineRelance'], (table, row) => set(table, row, 'prochaineRelance', when));
}

export function setNextAction(request: { partnerId: string; text: string }): { message: string } {
  const value = String(request?.text ?? '')
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .slice(0, TEXT_LIMITS.nextAction);
  // The table formats this column as plain text when created; an apostrophe keeps "=…" as text anyway.
  return onPartner(request.partnerId, ['prochaineAction'], (table, row) =>
    set(table, row, 'prochaineAction', /^[=+\-@]/.test(value) ? `'${value}` : value),
  );
}

export function goToPartner(request: { partnerId: string }): { message: string } {
  const table = openPartnerTable();
  const index = table.rows.findIndex((row) => text(table, row, 'id') === request.partnerId);
  if (index < 0) throw new UserError('classify.rowGone', { id: request.partnerId });
  goTo(table.sheet, index + 2, table.positions.structure ?? 1);
  return { message: '' };
}

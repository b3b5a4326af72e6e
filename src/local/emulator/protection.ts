/**
 * Protection of a range or a sheet, enforced on writes as Sheets does: the owner and the protection's
 * editors may edit; anyone else gets Google's error. A warning-only protection, or one whose editors were
 * never set (it mirrors the spreadsheet's permissions), lets every editor of the file through.
 */
import { type Box, boxesIntersect, type ProtectionModel, type SheetModel } from './model';
import { RangeE } from './range';
import { type SheetsContext, UserE } from './spreadsheet';
import type { Emulated } from './strict';

/** Google's words when a script writes where its user may not. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function mayEdit(ctx: SheetsContext, p: ProtectionModel): boolean {
  const user = ctx.user();
  return p.warningOnly || p.editors === undefined || same(user, ctx.book.owner) || p.editors.some((e) => same(e, user));
}

/** Throws Google's error when the area (the whole sheet when no box) touches a protection its user may not edit. */
export function assertEditable(ctx: SheetsContext, sheet: SheetModel, box?: Box): void {
  for (const p of sheet.protections) {
    const touched = !p.box || !box || boxesIntersect(p.box, box);
    if (touched && !mayEdit(ctx, p)) throw new Error(PROTECTED_MESSAGE);
  }
}

/** Inserting rows or columns is refused only on a protected sheet: a protected range moves with them. */
export function assertSheetEditable(ctx: SheetsContext, sheet: SheetModel): void {
  for (const p of sheet.protections) if (!p.box && !mayEdit(ctx, p)) throw new Error(PROTECTED_MESSAGE);
}

function emailOf(user: string | UserE): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class ProtectionE implements Emulated {
  readonly className = 'Protection';
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
    private readonly p: ProtectionModel,
  ) {}
  setDescription(text: string): ProtectionE {
    this.p.description = text;
    return this;
  }
  getDescription(): string {
    return this.p.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionE {
    this.p.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  /** Whether the user the script runs as may edit the protected area (the owner always may). */
  canEdit(): boolean {
    return mayEdit(this.ctx, this.p);
  }
  /** The owner and the protection's editors (the spreadsheet's editors while the list was never set). */
  getEditors(): UserE[] {
    if (!this.canEdit()) throw new Error(PROTECTED_MESSAGE);
    const editors = this.p.editors ?? this.ctx.book.editors;
    return [this.ctx.book.owner, ...editors.filter((e) => !same(e, this.ctx.book.owner))].map((e) => new UserE(e));
  }
  addEditor(user: string | UserE): ProtectionE {
    return this.addEditors([emailOf(user)]);
  }
  addEditors(emails: string[]): ProtectionE {
    const editors = this.p.editors ?? [...this.ctx.book.editors];
    for (const email of emails) if (!editors.some((e) => same(e, email))) editors.push(email);
    this.p.editors = editors;
    return this;
  }
  removeEditor(user: string | UserE): ProtectionE {
    return this.removeEditors([emailOf(user)]);
  }
  removeEditors(users: (string | UserE)[]): ProtectionE {
    const gone = users.map(emailOf);
    this.p.editors = (this.p.editors ?? [...this.ctx.book.editors]).filter((e) => !gone.some((g) => same(g, e)));
    return this;
  }
  /** The protected range; for a protected sheet, the whole sheet. */
  getRange(): RangeE {
    const { maxRows, maxColumns } = this.sheet;
    return new RangeE(
      this.ctx,
      this.sheet,
      this.p.box ?? { row: 1, column: 1, numRows: maxRows, numColumns: maxColumns },
    );
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((x) => x !== this.p);
  }
}

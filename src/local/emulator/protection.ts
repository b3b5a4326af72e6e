/**
 * Protection of a range or a sheet (kept, not enforced).
 */
import type { Box, SheetModel } from './model';
import type { Emulated } from './strict';

export class ProtectionE implements Emulated {
  readonly className = 'Protection';
  constructor(
    private readonly sheet: SheetModel,
    private readonly p: { description: string; warningOnly: boolean; box?: Box },
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
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((x) => x !== this.p);
  }
}

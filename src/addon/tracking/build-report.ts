/**
 * What a build did and what the person should know, as it is said to them.
 */

import type { Lang } from '../../core/taxonomy';

export interface Report {
  /** The language of what is said to the person (theirs). */
  lang: Lang;
  /** The language of what is written in the workbook (the sheet's, whoever runs the build). */
  sheetLang: Lang;
  adopted?: string;
  changes: string[];
  warnings: string[];
}

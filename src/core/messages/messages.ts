import type { Field } from "../cadre/cadre";
import type { ActionProblem, FileProblem, FindingCode, FindingParams, Severity } from "../findings/kinds";
import type { Criterion } from "../standards/positionStandard";
import type { SheetProblemCode, SheetProblemParams } from "./sheetProblem";

/**
 * The message contract: every text canbo shows about a roster, a sheet or a workbook, as the core declares it.
 * Each language implements it in one dictionary (src/i18n/vi.ts, src/i18n/en.ts), as zod's locales implement its
 * error map: the arrow goes from the dictionaries to the core, never back, and a text missing in one language is a
 * type error. The faces and the report sheets take the dictionary they are given; none words a finding itself.
 */

export type Lang = "vi" | "en";

/** Where a message can say the finding is. */
export interface MessagePlace {
  sheet?: string;
  cell?: string;
  row?: number;
}

/** A kind of finding in one language: its short title and its message, from the finding's slots and place. */
export interface FindingText<C extends FindingCode> {
  title: string;
  message: (p: FindingParams[C], place: MessagePlace, m: Messages) => string;
}

/** The headers and fixed lines of the check's own sheets ("Tóm tắt kiểm tra", "KQ Kiểm tra"). */
export interface CheckSheetTexts {
  findingsTitle: (year: number) => string;
  checkedOn: (date: string) => string;
  /** No. | File | Sheet | Cell | Severity | Kind | Message | Cell value | Suggestion | Code */
  findingsHeaders: readonly [string, string, string, string, string, string, string, string, string, string];
  noFindings: string;
  /** The closing row of a file whose findings were not all listed. */
  moreFindings: (count: number) => string;
  summaryTitle: string;
  summaryDate: (year: number, date: string) => string;
  /** File | Sheet | Header rows | Cadres | Errors | Warnings | Infos */
  summaryFileHeaders: readonly [string, string, string, string, string, string, string];
  /** Kind | Severity | Count | Code */
  summaryKindHeaders: readonly [string, string, string, string];
}

/** One dictionary per language with this shape. Vietnamese is the product's language; English serves staff whose Office runs in English. */
export interface Messages {
  lang: Lang;
  severity: Record<Severity, string>;
  /** A roster column's name, as a header would say it. */
  fields: Record<Field, string>;
  /** A standard's criterion, as a column of the standards table says it. */
  criteria: Record<Criterion, string>;
  /** A place in words: "Ô B5", "Trang tính “DS”, ô B5", "Dòng 7". */
  place: (p: MessagePlace) => string;
  /** Why a file cannot be used, and what to do about it. */
  fileProblems: Record<FileProblem, string>;
  /** Why an action on the workbook was not done, and what to do; `unexpected` for any other failure. */
  failures: { [P in ActionProblem]: (sheet: string) => string } & { unexpected: string };
  /** A cell of a standards, finance or plan sheet that cannot be read (a sentence, its place said apart). */
  sheetProblems: { [C in SheetProblemCode]: (p: SheetProblemParams[C], m: Messages) => string };
  findings: { [C in FindingCode]: FindingText<C> };
  checkSheets: CheckSheetTexts;
}

/**
 * Every kind of problem the engine reports, declared once: a stable code, the slots of its message, its severity
 * and a one-line description (the README's table of codes is generated from it). Titles and messages live in
 * src/i18n, one dictionary per language implementing the contract of src/core/messages.
 *
 * Slots hold codes and values, never sentences: a roster's own text (a name, a header) travels as it is and each
 * language quotes it; a reason is a code each language words.
 */

import type { Field } from "../cadre/cadre";
import type { SheetProblemBody } from "../messages/sheetProblem";
import type { Criterion, CriterionValue } from "../standards/positionStandard";
import type { CodedField } from "../vocab/codedFields";
import type { Gender } from "../vocab/codes";

export type Severity = "error" | "warning" | "info";

/** Why a whole file could not be used. */
export type FileProblem =
  | "not-found"
  | "not-a-workbook"
  | "corrupted"
  | "encrypted"
  | "legacy-xls"
  | "ods"
  | "csv"
  | "empty"
  | "no-roster"
  | "too-large"
  | "zip-bomb"
  /** A value further right than a roster can reach (the limits are in src/workbook/bounds/readLimits.ts). */
  | "too-many-columns"
  /** A row beyond Excel's last row. */
  | "too-many-rows"
  /** More cells (or merged rows) than one file may keep. */
  | "too-many-cells"
  /** More text than one file may keep, or one piece of XML longer than any Excel writes. */
  | "too-much-text"
  | "too-many-sheets"
  /** Zip parts whose names differ only by case or repeat, or sheets sharing one part: which one Excel shows is a guess. */
  | "ambiguous-parts"
  /** A path that is not an ordinary file (a pipe, a device, a socket). */
  | "not-a-file"
  /** The file cannot be opened for lack of permission. */
  | "no-access"
  /** Any other error of the disk or network while reading; `detail` holds the system's code (ELOOP, EIO …). */
  | "io-error"
  /** Checking the file ran out of the memory given to one file of a batch. */
  | "out-of-memory"
  /** canbo itself failed on this file (a fault to report); `detail` holds what failed. The batch goes on. */
  | "internal-error";

/** Why an action on a workbook could not be done, the file itself being fine. */
export type ActionProblem =
  /** A sheet of the name a report writes exists and canbo did not write it: it is never replaced. */
  | "not-owned"
  /** The sheet is protected: nothing is coloured. */
  | "protected"
  /** The sheet was deleted or renamed since it was listed. */
  | "sheet-missing"
  /** Excel is editing a cell and refused the request, also after waiting a little. */
  | "cell-editing";

/** Every problem a `WorkbookError` can carry. */
export type WorkbookProblem = FileProblem | ActionProblem;

const ACTION_PROBLEMS: ReadonlySet<string> = new Set<ActionProblem>([
  "not-owned",
  "protected",
  "sheet-missing",
  "cell-editing",
]);

/** True when the problem is an action refused on a workbook, false when it is a file that cannot be used. */
export function isActionProblem(p: WorkbookProblem): p is ActionProblem {
  return ACTION_PROBLEMS.has(p);
}

/** The slots of each kind's message. */
export interface FindingParams {
  "no-roster": Record<string, never>;
  "missing-column": { field: Field };
  /** `first` is the column read, `second` the one kept as it is (column letters). */
  "duplicate-column": { field: Field; first: string; second: string };
  /** `header` is the header's own text. */
  "unknown-column": { header: string; column: string };
  "missing-value": { field: Field };
  /** `choices` names the closed list the value must come from, when it has one. */
  "invalid-value": { field: Field; choices?: CodedField };
  "invalid-date": { field: "birthDate" | "birthYearMale" | "birthYearFemale" };
  "implausible-age": { age: number; year: number };
  "invalid-id": { digits: number };
  "error-value": { field: Field };
  /** The converted text is the finding's suggestion. */
  "legacy-encoding": { encoding: "TCVN3" | "VNI" };
  "conflicting-values": ConflictParams;
  /** `otherFile` is given when the first copy is in another file of the batch. */
  "duplicate-person": { name: string; otherSheet: string; otherCell: string; otherFile?: string };
  /** `rules` and `ruleTitles` come from the standards in force (their ids and titles, as the sheet writes them). */
  "below-standard": {
    rules: string[];
    ruleTitles: string[];
    criterion: Criterion;
    required: CriterionValue;
    actual: CriterionValue;
  };
  "future-training": {
    field: "unionTraining" | "genderTraining" | "politicalClass";
    year: number;
    reportYear: number;
  };
  "invalid-standard": { problem: SheetProblemBody };
  /** `detail` only where a person can use it: the system's error code, or what failed inside canbo. */
  "unreadable-file": { problem: FileProblem; detail?: string };
  "own-report": Record<string, never>;
  "count-mismatch": { stated: number; read: number };
  "hidden-sheet": Record<string, never>;
  "standard-not-judged": { criterion: Criterion; rules: string[]; cadres: number };
}

/** Why two cells of a row contradict each other. */
export type ConflictReason =
  /** A birth year under both "Nam" and "Nữ". */
  | "birth-year-both-genders"
  /** "Giới tính" says one thing, the Nam/Nữ birth-year column the other. */
  | "gender-vs-birth-column"
  /** Both "Nam" and "Nữ" marked, or both "Chuyên trách" and "Không chuyên trách", or both "Biên chế" and "HĐLĐ". */
  | "both-marked"
  /** The CCCD's 4th digit says the other sex. */
  | "id-gender"
  /** The CCCD's 4th to 6th digits say another birth year. */
  | "id-birth-year";

export interface ConflictParams {
  field: Field;
  otherField: Field;
  otherCell?: string;
  reason: ConflictReason;
  /** What the CCCD says, for the id-… reasons. */
  idGender?: Gender;
  idYear?: number;
}

export type FindingCode = keyof FindingParams;

/** A kind of finding: how grave it is, and what it means in one line (the README's table of codes). */
export interface FindingKind {
  severity: Severity;
  /** A second severity some findings of the kind take, said in the description. */
  lowered?: Severity;
  description: string;
}

/** The catalogue, in the order findings of one row are listed. `npm run catalog` writes it into the README. */
export const FINDING_KINDS: { readonly [C in FindingCode]: FindingKind } = {
  "no-roster": { severity: "info", description: "a sheet with no roster header (skipped)" },
  "missing-column": {
    severity: "error",
    description:
      "the name or the position (chức danh) column is absent; a unit or level column only when the sheet says neither of anyone (they may come from section rows, the title block or unit names). Rosters without a chuyên trách or biên chế/HĐLĐ column are fine: the sheet then simply does not say",
  },
  "duplicate-column": {
    severity: "warning",
    description: "two columns mean the same field; the first is read, the other kept as it is",
  },
  "unknown-column": {
    severity: "info",
    description: "a header the engine does not know; its values are kept",
  },
  "missing-value": {
    severity: "error",
    description:
      "a required value is empty: the name (the given name when split), the position; the unit and level when their column is there and no section, merge or title gives them; chuyên trách / không chuyên trách and, for full-time cadres, biên chế / HĐLĐ when the roster has those columns",
  },
  "invalid-value": {
    severity: "error",
    description:
      "a value not understood; the nearest known value is the suggestion, and a closed list (level, education …) is named in the message",
  },
  "invalid-date": {
    severity: "error",
    description:
      'a birth date or year that does not exist or cannot be read ("05/01/79" is 05/01/1979; a real year such as 1890 is a date)',
  },
  "implausible-age": {
    severity: "warning",
    description: "younger than 18 or older than 70 in the report year (1890 → 129 years old)",
  },
  "invalid-id": {
    severity: "error",
    description:
      "Số CCCD not 12 digits (an 11-digit number that lost its leading 0 gets the 12-digit suggestion)",
  },
  "error-value": {
    severity: "error",
    description: "an Excel error (#N/A, #REF! …) where data belongs",
  },
  "legacy-encoding": {
    severity: "warning",
    lowered: "info",
    description:
      "text in TCVN3 or VNI, one finding per converted cell with the exact Unicode text as the suggestion; **info** on a sheet typed in a legacy font throughout (its header, or most of its rows), so the summary still counts the real problems",
  },
  "conflicting-values": {
    severity: "error",
    description:
      "two cells of a row contradict: a birth year under both Nam and Nữ (at the Nữ cell), Giới tính against the Nam/Nữ birth-year column, both of two mark columns marked, or the **CCCD against the row** (digit 4: sex and century, digits 5–6: birth year) — at the CCCD cell, naming the other cell",
  },
  "duplicate-person": {
    severity: "warning",
    description:
      "the same person twice (same CCCD, or same name and birth date — NFD or spacing do not hide it — unless both rows carry different CCCDs), also across files",
  },
  "below-standard": {
    severity: "warning",
    description:
      "one unmet criterion, naming the criterion and every standard that asks it (S1 and S2 both asking trung cấp LLCT make one finding)",
  },
  "future-training": {
    severity: "warning",
    description: "a training year after the report year: not counted as trained in that year",
  },
  "invalid-standard": {
    severity: "error",
    description:
      'a cell of the "Tiêu chuẩn" sheet that cannot be read (its problem is a code of its own, `params.problem.code`); the row is left out of the standards',
  },
  "unreadable-file": {
    severity: "error",
    description:
      'the file is not a usable .xlsx (damaged, password-protected, .xls, .ods, CSV, empty, no roster in it, too large, zip bomb, a limit of "Bảo mật và dữ liệu" reached — then `sheet` and `cell` say where —, ambiguous parts, not an ordinary file, no permission, a disk error, out of memory)',
  },
  "count-mismatch": {
    severity: "warning",
    description:
      'a total row states a number of persons ("Tổng cộng: 17 người", "Cộng I: 6 người", "Tổng số: 5 đ/c") other than the persons read in its block — a misread or a missing row',
  },
  "hidden-sheet": {
    severity: "info",
    description: "a hidden sheet is not read (a person would not see it)",
  },
  "standard-not-judged": {
    severity: "info",
    description:
      "a standard asks a criterion the sheet has no column for: it is not judged for anyone there (said once per sheet, with the number of cadres)",
  },
  "own-report": {
    severity: "info",
    description: "a report canbo wrote itself, met as an input: skipped",
  },
};

export const SEVERITY: { readonly [C in FindingCode]: Severity } = Object.fromEntries(
  Object.entries(FINDING_KINDS).map(([code, kind]) => [code, kind.severity]),
) as { readonly [C in FindingCode]: Severity };

export const FINDING_CODES = Object.keys(FINDING_KINDS) as FindingCode[];

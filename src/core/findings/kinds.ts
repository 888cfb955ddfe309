/**
 * Every kind of problem the engine reports, declared once: a stable code, its severity and the slots its
 * message needs. Titles and message texts live in src/i18n (one dictionary per language, same keys).
 */

import type { Field } from "../cadre/cadre";
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

/** The slots of each kind's message. */
export interface FindingParams {
  /** A sheet without a roster header. */
  "no-roster": Record<string, never>;
  /** A required column is absent; `field` is the field code. */
  "missing-column": { field: string };
  /** Two columns mean the same field; the second is ignored. */
  "duplicate-column": { field: string; first: string; second: string };
  /** A header the engine does not know; its values are kept as they are. */
  "unknown-column": { header: string; column: string };
  /** A required value is empty. */
  "missing-value": { field: string };
  /** A value not in the field's vocabulary or shape; `expected` lists what is accepted. */
  "invalid-value": { field: string; expected?: string };
  "invalid-date": { field: string };
  "implausible-age": { age: number; year: number };
  "invalid-id": { digits: number };
  /** An Excel error value (#N/A, #REF! …) where data belongs. */
  "error-value": { field: string };
  /**
   * Text typed in TCVN3 (ABC) or VNI; the converted text is the suggestion. A warning for a stray cell; information
   * for each cell of a sheet typed in a legacy font throughout (see `legacySeverity`).
   */
  "legacy-encoding": { encoding: "TCVN3" | "VNI" };
  /** Two cells of one row contradict each other; `otherCell` is the second one. */
  "conflicting-values": ConflictParams;
  /** The same person appears twice; `otherCell` is where the first copy is. */
  "duplicate-person": { name: string; otherSheet: string; otherCell: string };
  /** One unmet criterion, named once even when several standards ask it (`rules` lists them all). */
  "below-standard": {
    rules: string[];
    ruleTitles: string[];
    criterion: string;
    required: string;
    actual: string;
  };
  /** A training year after the report year: not yet trained in that year. */
  "future-training": { field: string; year: number; reportYear: number };
  /** A cell of the workbook's "Tiêu chuẩn" sheet that cannot be read; `problem` says why, in Vietnamese. */
  "invalid-standard": { problem: string };
  /** The file cannot be used at all; `sheet` and `cell` of the finding say where, when a limit was reached in a sheet. */
  "unreadable-file": { problem: FileProblem; detail?: string };
  /** A total row states a number of persons ("Tổng cộng: 17 người") other than the persons read in its block. */
  "count-mismatch": { stated: number; read: number };
  /** A hidden sheet: not read, as a person would not see it. */
  "hidden-sheet": Record<string, never>;
  /** A standard asks a criterion the sheet has no column for: it is not judged for anyone there (said once). */
  "standard-not-judged": { criterion: string; rules: string[]; cadres: number };
  /** A report canbo wrote itself (every sheet carries its ownership mark), given as an input: skipped. */
  "own-report": Record<string, never>;
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

export const SEVERITY: { readonly [C in FindingCode]: Severity } = {
  "no-roster": "info",
  "missing-column": "error",
  "duplicate-column": "warning",
  "unknown-column": "info",
  "missing-value": "error",
  "invalid-value": "error",
  "invalid-date": "error",
  "implausible-age": "warning",
  "invalid-id": "error",
  "error-value": "error",
  "legacy-encoding": "warning",
  "conflicting-values": "error",
  "duplicate-person": "warning",
  "below-standard": "warning",
  "future-training": "warning",
  "invalid-standard": "error",
  "unreadable-file": "error",
  "count-mismatch": "warning",
  "hidden-sheet": "info",
  "standard-not-judged": "info",
  "own-report": "info",
};

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];

/**
 * Every kind of problem the engine reports, declared once: a stable code, its severity and the slots its
 * message needs. Titles and message texts live in src/i18n (one dictionary per language, same keys).
 */

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
  | "zip-bomb";

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
  /** Text typed in TCVN3 (ABC) or VNI; the converted text is the suggestion. */
  "legacy-encoding": { encoding: "TCVN3" | "VNI" };
  /** Two cells of one row contradict each other (a birth year under both Nam and Nữ …). */
  "conflicting-values": { field: string; other: string };
  /** The same person appears twice; `otherCell` is where the first copy is. */
  "duplicate-person": { name: string; otherSheet: string; otherCell: string };
  /** One unmet criterion of a position standard. */
  "below-standard": { rule: string; ruleTitle: string; criterion: string; required: string; actual: string };
  /** A training year after the report year: not yet trained in that year. */
  "future-training": { field: string; year: number; reportYear: number };
  /** A cell of the workbook's "Tiêu chuẩn" sheet that cannot be read; `problem` says why, in Vietnamese. */
  "invalid-standard": { problem: string };
  /** The file cannot be used at all. */
  "unreadable-file": { problem: FileProblem; detail?: string };
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
};

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];

import type { Cadre, Field } from "../core/cadre";
import type { Finding } from "../core/findings";
import type { StandardsFramework } from "../core/standards";

/** What a check is asked to do; shared by the task pane (Excel and file mode) and the CLI. */
export interface CheckRequest {
  /** Report year: decides ages, "trained by year Y" and future-year warnings. */
  year: number;
  /** Sheets to check; all roster sheets when absent. */
  sheets?: string[];
  /** File name shown in findings (file mode and CLI). */
  file?: string;
  /** Standards chosen by the user (e.g. `--standards`); otherwise the workbook's "Tiêu chuẩn" sheet or the template. */
  standards?: StandardsFramework;
}

/** Steps of a long task: reading and checking rosters, building and writing a report, colouring cells, drawing results. */
export type ProgressStep = "list" | "read" | "check" | "build" | "write" | "highlight" | "draw";

/** Progress for a bar: `done` of `total` units of the current step. */
export interface Progress {
  step: ProgressStep;
  sheet?: string;
  done: number;
  total: number;
  /** What `done` and `total` count, where it is not sheets or rows: bytes read, cells coloured. */
  unit?: "bytes" | "cells";
}

/** What was found on one sheet: where its header is and which column holds which field. */
export interface SheetSummary {
  name: string;
  /** Excel row numbers (1-based) of the first and last header row; null when the sheet holds no roster. */
  headerRows: [number, number] | null;
  dataRows: number;
  /** Per recognised field: its column letter and the header text it was read from ("Năm sinh / Nữ"). */
  columns: Partial<Record<Field, { column: string; header: string }>>;
}

export interface Summary {
  cadres: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A check's result; `P` is what it kept of each cadre (the cadre itself, or less: see checkWorkbookListed). */
export interface CheckResult<P = Cadre> {
  file?: string;
  sheets: SheetSummary[];
  cadres: P[];
  findings: Finding[];
  summary: Summary;
  /** The standards every cadre was measured against; `standards.origin` says whether they came from the workbook's "Tiêu chuẩn" sheet. */
  standards: StandardsFramework;
}

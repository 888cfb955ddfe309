/**
 * What can be wrong in a cell of a sheet the user fills for canbo — the "Tiêu chuẩn" sheet, the finance workbook
 * ("Kinh phí") and a phụ lục plan — declared once, as codes with the slots of their messages. The readers report
 * these; each language words them (src/i18n), so a problem in a standards sheet reads the same in the pane, the
 * command and the report.
 */
export interface SheetProblemParams {
  /** No header row of the table in the first 30 rows. */
  "no-header": { table: "standards" | "finance" | "plan" };
  /** The standards table lacks these columns (their headers, as the template writes them). */
  "missing-columns": { columns: string[] };
  /** A standards row with content and no code. */
  "missing-id": Record<string, never>;
  /** A standard's code already used at `first`. */
  "duplicate-id": { id: string; first: string };
  /** The levels or positions a standard applies to: blank (`text` empty) or not understood (`text` the unknown part). */
  "unknown-levels": { text: string };
  "unknown-positions": { text: string };
  "unknown-employment": { text: string };
  "unknown-minimum": { criterion: "education" | "politicalTheory" | "stateManagement"; text: string };
  /** A yes/no column (union training, party member) holding neither. */
  "unknown-yes": { criterion: "unionTraining" | "partyMember"; text: string };
  "unknown-age": { text: string };
  /** A standard that requires nothing. */
  "no-requirement": { id: string };
  /** A year cell of the finance or plan table that is not a year (`text` as written). */
  "not-a-year": { text: string };
  /** A plan row with no year, none written above it either. */
  "no-year": Record<string, never>;
  /** A finance amount that is not a number of đồng. */
  "not-money": { column: "funds" | "training" };
  /** A plan row's number of people that is not a number. */
  "not-a-count": { text: string };
}

export type SheetProblemCode = keyof SheetProblemParams;

/** A problem without its place: what a finding about a sheet's cell carries. */
export type SheetProblemBody = {
  [C in SheetProblemCode]: { code: C; params: SheetProblemParams[C] };
}[SheetProblemCode];

/** A cell that could not be read, by its A1 address, with the code and slots of its message. */
export type SheetProblem = SheetProblemBody & { cell: string };

/** Builds a sheet problem. */
export function sheetProblem<C extends SheetProblemCode>(
  cell: string,
  code: C,
  params: SheetProblemParams[C],
): SheetProblem {
  return { cell, code, params } as SheetProblem;
}

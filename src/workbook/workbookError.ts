import type { WorkbookProblem } from "../core/findings";

/** Where in a workbook a problem was met, when it was met in one sheet (a limit reached at a cell, a sheet refused). */
export interface ProblemPlace {
  sheet?: string;
  /** A1 address. */
  cell?: string;
}

/**
 * An error the user must see as a sentence (ky's errors carry data: `error.response`, not a string to parse).
 * `problem` keys the text in the message contract; `sheet` and `cell` say where, when the problem lies in one place
 * (a value beyond the columns a roster can use, a protected sheet, a sheet canbo does not own); `detail` is what a
 * person can quote to whoever looks after the software (a system code, a part's name). `describeFailure` (src/app)
 * turns it into words.
 */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
  readonly sheet?: string;
  readonly cell?: string;

  constructor(
    readonly problem: WorkbookProblem,
    readonly detail?: string,
    place: ProblemPlace = {},
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    if (place.sheet !== undefined) this.sheet = place.sheet;
    if (place.cell !== undefined) this.cell = place.cell;
  }
}

/** True for a WorkbookError, also one rebuilt in another realm (a worker's copy, another bundle's class). */
export function isWorkbookError(e: unknown): e is WorkbookError {
  return (
    e instanceof WorkbookError ||
    (typeof e === "object" &&
      e !== null &&
      (e as { name?: unknown }).name === "WorkbookError" &&
      typeof (e as { problem?: unknown }).problem === "string")
  );
}

/** An error as plain data, to cross a thread (a worker's postMessage keeps no class). */
export interface ErrorData {
  name: string;
  message: string;
  problem?: WorkbookProblem;
  detail?: string;
  sheet?: string;
  cell?: string;
}

/** The facts of an error, for `errorFromData` on the other side. */
export function errorData(e: unknown): ErrorData {
  if (isWorkbookError(e)) {
    const { name, message, problem, detail, sheet, cell } = e;
    return { name, message, problem, detail, sheet, cell };
  }
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: "Error", message: String(e) };
}

/** The error `errorData` described: a WorkbookError with its problem, place and detail, or a plain Error. */
export function errorFromData(d: ErrorData): Error {
  if (d.name === "WorkbookError" && d.problem)
    return new WorkbookError(d.problem, d.detail, { sheet: d.sheet, cell: d.cell });
  const e = new Error(d.message);
  e.name = d.name;
  return e;
}

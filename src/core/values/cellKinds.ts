import type { CellValue } from "../grid";

const ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/** Empty as Excel gives it: "", null, or only spaces. */
export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * An Excel error value, as range.values gives it (its text).
 *
 * @example isErrorValue("#N/A") // true
 */
export function isErrorValue(v: CellValue | undefined): boolean {
  return (
    typeof v === "string" && v.length <= 14 && v.charCodeAt(0) === 35 && ERRORS.has(v.trim().toUpperCase())
  );
}

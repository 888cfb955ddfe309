import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

/**
 * One ExcelJS cell as Excel's `range.values` would give it, so the engine sees the same thing in file mode as
 * inside Excel: the cached result of a formula, the text of a hyperlink or of rich text, an error as its text,
 * a date as its serial number.
 */

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The 1900-system serial of a date as ExcelJS gives it. ExcelJS turns a serial into a Date as if the serial
 * were a UTC time (serial 45000.5 → 2023-03-15T12:00Z), whatever the machine's time zone and whether the file
 * uses the 1904 system, so the way back is plain arithmetic on UTC milliseconds. Rounded to the millisecond
 * ExcelJS kept, to drop float noise.
 */
export function dateToSerial(d: Date): number {
  const ms = Math.round(d.getTime());
  const days = Math.floor(ms / DAY_MS);
  const rest = ms - days * DAY_MS;
  return rest === 0 ? days + UNIX_EPOCH_SERIAL : days + UNIX_EPOCH_SERIAL + rest / DAY_MS;
}

/** ExcelJS's cell types (Enums.ValueType), listed here so this file needs no runtime import of ExcelJS. */
const T = { Merge: 1, Formula: 6 } as const;

export function toCellValue(cell: ExcelJS.Cell): CellValue {
  const type = cell.type as number;
  // Excel gives "" for every cell of a merged area but its top-left one; ExcelJS repeats the master's value.
  if (type === T.Merge) return "";
  // `cell.value` of a formula drops a falsy result (0, false, ""), so read the result itself.
  if (type === T.Formula) return scalar(cell.result);
  return scalar(cell.value);
}

/** Any ExcelJS value (or formula result, or hyperlink text) to a grid value. */
export function scalar(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) return "result" in o ? scalar(o.result) : "";
  if (Array.isArray(o.richText))
    return (o.richText as { text?: unknown }[])
      .map((r) => (r.text === undefined ? "" : String(r.text)))
      .join("");
  if ("error" in o) return String(o.error);
  // A hyperlink's text may itself be rich text or a number.
  if ("hyperlink" in o || "text" in o) return scalar(o.text);
  return "";
}

import type { PartialDate } from "../cadre";
import type { CellValue } from "../grid";
import { foldKey } from "../text";
import { isEmptyCell } from "./cellKinds";
import { fromExcelSerial, isRealDay } from "./excelSerial";
import { sharedPerYear } from "./sharedPerYear";

export type DateReading = { kind: "empty" } | { kind: "date"; date: PartialDate } | { kind: "invalid" };

// A real four-digit year is a date, however unlikely as a birth year (1890 is an implausible age, not a typo).
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MY = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR = /^(?:nam\s+)?(\d{4})$/;

/**
 * A date as Vietnamese rosters write it — always day first: an Excel date, "dd/mm/yyyy" (also with - or ., a
 * two-digit year, or a time after it), "mm/yyyy", a year alone ("1975", "năm 1975"), or ISO "1975-03-21". Days that
 * do not exist are invalid.
 *
 * @example parseDate("29/02/1984") // { kind: "date", date: { year: 1984, month: 2, day: 29 } }
 * @param pivotYear two-digit years are read in the century that puts them at or before this year: with 2019,
 *   "05/01/79" is 1979 and "05/01/15" is 2015 (a number, not an options object: this runs for every row)
 * @example parseDate("05/01/79", 2019) // { kind: "date", date: { year: 1979, month: 1, day: 5 } }
 * @example parseDate("31/02/1980") // { kind: "invalid" }
 */
export function parseDate(v: CellValue | undefined, pivotYear?: number): DateReading {
  if (isEmptyCell(v)) return { kind: "empty" };
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return yearOnly(v);
    const d = v > MAX_YEAR ? fromExcelSerial(v) : undefined;
    return d ? { kind: "date", date: d } : { kind: "invalid" };
  }
  if (typeof v !== "string") return { kind: "invalid" };
  let t = v.trim();
  // A full stop typed after the date, or a note in brackets ("12/3/1975 (âm lịch)"), is not part of it.
  if (/[).,;]$/.test(t)) t = t.replace(/\s*\([^()]*\)$/, "").replace(/[.,;]+$/, "");
  let m = DMY.exec(t);
  if (m) return day(fullYear(m[3], pivotYear), Number(m[2]), Number(m[1]));
  m = ISO.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MY.exec(t);
  if (m) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    return month >= 1 && month <= 12 && inRange(year)
      ? { kind: "date", date: { year, month } }
      : { kind: "invalid" };
  }
  m = YEAR.exec(foldKey(t));
  if (m && inRange(Number(m[1]))) return yearOnly(Number(m[1]));
  return { kind: "invalid" };
}

/** A birth year alone, the commonest date on a roster: one shared reading per year. */
const yearOnly = sharedPerYear((year): DateReading => ({ kind: "date", date: { year } }));

function fullYear(digits: string, pivotYear?: number): number {
  if (digits.length === 4) return Number(digits);
  pivotYear ??= new Date().getFullYear();
  const yy = Number(digits);
  const century = Math.floor(pivotYear / 100) * 100;
  return century + yy > pivotYear ? century - 100 + yy : century + yy;
}

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function day(year: number, month: number, d: number): DateReading {
  return inRange(year) && isRealDay(year, month, d)
    ? { kind: "date", date: { year, month, day: d } }
    : { kind: "invalid" };
}

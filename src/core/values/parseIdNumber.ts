import type { CellValue } from "../grid";
import { isEmptyCell } from "./cellKinds";

export type IdReading =
  { kind: "empty" } | { kind: "ok"; id: string } | { kind: "invalid"; digits: number; suggestion?: string };

/**
 * Số CCCD: exactly 12 digits (spaces, dots or dashes between groups are tolerated). A number cell of 11 digits
 * almost surely lost its leading zero (CCCD start with a province code 001–096): the suggestion restores it.
 * Old 9-digit CMND numbers are invalid, with no suggestion.
 *
 * @example parseIdNumber(83075000123) // { kind: "invalid", digits: 11, suggestion: "083075000123" }
 */
export function parseIdNumber(v: CellValue | undefined): IdReading {
  // Nearly every CCCD is typed as 12 digits and nothing else: take the text itself, no copy made.
  if (typeof v === "string" && isTwelveDigits(v)) return { kind: "ok", id: v };
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "number") {
    const digits = Number.isInteger(v) && v >= 0 ? String(v) : "";
    if (digits.length === 12) return { kind: "ok", id: digits };
    if (digits.length === 11) return { kind: "invalid", digits: 11, suggestion: `0${digits}` };
    return { kind: "invalid", digits: digits.length };
  }
  const text = String(v).trim().replace(/^'/, "");
  const compact = text.replace(/[\s.-]/g, "");
  if (/^\d{12}$/.test(compact)) return { kind: "ok", id: compact };
  return { kind: "invalid", digits: (compact.match(/\d/g) ?? []).length };
}

const EMPTY: IdReading = Object.freeze({ kind: "empty" });

function isTwelveDigits(text: string): boolean {
  if (text.length !== 12) return false;
  for (let i = 0; i < 12; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

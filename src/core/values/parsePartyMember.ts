import type { CellValue } from "../grid";
import { foldKey } from "../text";
import { isEmptyCell } from "./cellKinds";
import { fromExcelSerial } from "./excelSerial";
import { parseMark } from "./parseMark";

export type PartyReading =
  { kind: "empty" } | { kind: "yes"; year?: number } | { kind: "no" } | { kind: "invalid" };

/**
 * Đảng viên: a mark, the year (or date) of joining, or the words "Đảng viên" / "ĐV" (also "dự bị").
 *
 * @example parsePartyMember(1998) // { kind: "yes", year: 1998 }
 */
export function parsePartyMember(v: CellValue | undefined): PartyReading {
  if (isEmptyCell(v)) return { kind: "empty" };
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1930 && v <= 2100) return { kind: "yes", year: v };
    if (v > 2100) {
      const d = fromExcelSerial(v);
      return d ? { kind: "yes", year: d.year } : { kind: "invalid" };
    }
  }
  const mark = parseMark(v);
  if (mark.kind === "yes" || mark.kind === "no") return mark;
  const k = foldKey(String(v));
  const year = /\b(19[3-9]\d|20\d\d)\b/.exec(k);
  if (year) return { kind: "yes", year: Number(year[1]) };
  if (/^(dang vien|dv|du bi|chinh thuc|dang vien du bi|dang vien chinh thuc)$/.test(k))
    return { kind: "yes" };
  // "Quần chúng": not a party member, as party records say.
  if (k === "quan chung") return { kind: "no" };
  return { kind: "invalid" };
}

import type { CellValue } from "../grid";
import { foldKey } from "../text";
import { isEmptyCell } from "./cellKinds";

export type MarkReading = { kind: "empty" } | { kind: "yes" } | { kind: "no" } | { kind: "invalid" };

const YES = new Set(["x", "co", "v", "1", "da", "roi", "dat", "yes", "true", "r"]);
const YES_SYMBOLS = new Set(["✓", "✔", "☑", "√", "✗", "☒"]);
const NO = new Set(["khong", "k", "chua", "0", "no", "false", "ko", "kh"]);
const DASHES = new Set(["-", "—", "–"]);

/**
 * A tick column: x, có, ✓ … mean yes; không, chưa, 0, a dash mean no.
 *
 * @example parseMark("X") // { kind: "yes" }
 * @example parseMark("chưa") // { kind: "no" }
 */
export function parseMark(v: CellValue | undefined): MarkReading {
  if (isEmptyCell(v)) return { kind: "empty" };
  if (typeof v === "boolean") return { kind: v ? "yes" : "no" };
  if (typeof v === "number")
    return v === 1 ? { kind: "yes" } : v === 0 ? { kind: "no" } : { kind: "invalid" };
  const t = String(v).trim();
  if (YES_SYMBOLS.has(t)) return { kind: "yes" };
  if (DASHES.has(t)) return { kind: "no" };
  const k = foldKey(t);
  if (YES.has(k)) return { kind: "yes" };
  if (NO.has(k)) return { kind: "no" };
  return { kind: "invalid" };
}

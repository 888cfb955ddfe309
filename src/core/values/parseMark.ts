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
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "boolean") return v ? YES_MARK : NO_MARK;
  if (typeof v === "number") return v === 1 ? YES_MARK : v === 0 ? NO_MARK : INVALID;
  const t = String(v).trim();
  if (YES_SYMBOLS.has(t)) return YES_MARK;
  if (DASHES.has(t)) return NO_MARK;
  const k = foldKey(t);
  if (YES.has(k)) return YES_MARK;
  if (NO.has(k)) return NO_MARK;
  return INVALID;
}

// Read for every tick cell: one frozen reading of each kind, not an object a cell.
const EMPTY: MarkReading = Object.freeze({ kind: "empty" });
const YES_MARK: MarkReading = Object.freeze({ kind: "yes" });
const NO_MARK: MarkReading = Object.freeze({ kind: "no" });
const INVALID: MarkReading = Object.freeze({ kind: "invalid" });

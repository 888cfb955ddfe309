import type { CellArea } from "./grid";

/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address for a 0-based row and column: (14, 1) → "B15". */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** 0-based column index for column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B15" into 0-based { row, col }; undefined when it is not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * Parses "B2:D4" (or one cell, "B2") into its 0-based area, corners in either order; undefined when it is not one.
 *
 * @example parseArea("D4:B2") // { top: 1, left: 1, bottom: 3, right: 3 }
 */
export function parseArea(ref: string): CellArea | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

import type { CellRows } from "../grid";

const NUMBERING = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?$/;

/**
 * The row under a header that numbers its columns: "(1) (2) (3) …", "1 2 3 …" or "A B 1 2 …" — also repeated
 * further down where a long roster was printed with it on every page.
 *
 * @example isNumberingRow(cellRows(grid), 8) // true when row 9 reads "(1) | (2) | (3) | (4)"
 */
export function isNumberingRow(rows: CellRows, r: number): boolean {
  let filled = 0;
  let numbered = 0;
  for (let c = 0; c < rows.rowLength(r); c++) {
    const v = rows.at(r, c);
    if (v === null || v === "" || v === undefined) continue;
    filled++;
    if (
      (typeof v === "number" && Number.isInteger(v) && v < 1000) ||
      (typeof v === "string" && NUMBERING.test(v.trim()))
    )
      numbered++;
  }
  return filled >= 3 && numbered / filled >= 0.8;
}

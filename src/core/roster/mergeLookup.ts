import type { CellArea, Grid } from "../grid";

/** Finds the merged area covering a cell, for the rows given (header search looks at the first few rows only). */
export interface MergeLookup {
  areaAt(row: number, col: number): CellArea | undefined;
}

/**
 * Indexes the merges that touch rows [fromRow, toRow] so a lookup costs one map read.
 *
 * @example mergeLookup(grid, 0, 31).areaAt(7, 2) // the "Năm sinh" group cell C7:D7, if merged
 */
export function mergeLookup(grid: Grid, fromRow: number, toRow: number): MergeLookup {
  const byCell = new Map<number, CellArea>();
  const width = 1 << 14; // Excel's 16,384 columns: row * width + col is a unique key.
  // 1 for the rows a merge touches: most rows the header search reads (data, blanks) have none to look up.
  const merged = new Uint8Array(Math.max(0, toRow - fromRow + 1));
  for (const area of grid.merges) {
    if (area.bottom < fromRow || area.top > toRow) continue;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (cells > 200_000) continue; // absurd merges (whole sheets) carry no header meaning
    for (let r = Math.max(area.top, fromRow); r <= Math.min(area.bottom, toRow); r++) {
      merged[r - fromRow] = 1;
      for (let c = area.left; c <= area.right; c++) byCell.set(r * width + c, area);
    }
  }
  return {
    areaAt: (row, col) => (merged[row - fromRow] === 1 ? byCell.get(row * width + col) : undefined),
  };
}

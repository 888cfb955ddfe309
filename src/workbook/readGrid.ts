import type ExcelJS from "exceljs";
import type { CellArea, CellValue, Grid } from "../core/grid";
import { toCellValue } from "./cellValue";

/**
 * A worksheet as the engine's Grid: a rectangle anchored at A1 down to the last row and column used by a
 * value or a merged area (what Excel's used range would give for a roster), merged areas, and optionally
 * each non-empty cell's font name (the hint for TCVN3 / VNI text).
 */

/** ExcelJS keeps merges in a private map keyed by the master cell; there is no cheap public list. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function readMerges(ws: ExcelJS.Worksheet): CellArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}

/** Rows and columns of the used area (0 for an empty sheet). */
export function usedExtent(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  ws.eachRow((row, r) => {
    row.eachCell((_cell, c) => {
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    });
  });
  for (const m of readMerges(ws)) {
    rows = Math.max(rows, m.bottom + 1);
    columns = Math.max(columns, m.right + 1);
  }
  return { rows, columns };
}

/** `defaultFont` stands in for cells in the workbook's default style, where ExcelJS knows no font. */
export function readGrid(
  ws: ExcelJS.Worksheet,
  options: { fonts?: boolean; defaultFont?: string; rows?: number } = {},
): Grid {
  const extent = usedExtent(ws);
  const rows = Math.min(extent.rows, options.rows ?? Infinity);
  const { columns } = extent;
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) values.push(new Array<CellValue>(columns).fill(""));
  const fonts: (string | undefined)[][] | undefined = options.fonts ? [] : undefined;

  ws.eachRow((row, rn) => {
    if (rn > rows) return;
    row.eachCell((cell, cn) => {
      const v = toCellValue(cell);
      values[rn - 1][cn - 1] = v;
      const font = fonts && v !== "" ? (cell.font?.name ?? options.defaultFont) : undefined;
      if (fonts && font) (fonts[rn - 1] ??= [])[cn - 1] = font;
    });
  });

  const grid: Grid = { name: ws.name, values, merges: readMerges(ws) };
  if (fonts) {
    // Keep the documented shape (one row array per row) even where a row has no font at all.
    for (let r = 0; r < rows; r++) fonts[r] ??= [];
    grid.fonts = fonts;
  }
  return grid;
}

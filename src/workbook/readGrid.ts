import type ExcelJS from "exceljs";
import type { CellArea, Grid } from "../core/grid";
import { ContentBudget } from "./bounds/contentBudget";
import { firstRows, gridExtent, GridBuilder } from "./bounds/gridBuilder";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./bounds/readLimits";
import { toCellValue } from "./cellValue";

/**
 * A worksheet as the engine's Grid: rows anchored at A1, each cut after its last value, merged areas clipped to the
 * values, and optionally each value's font name (the hint for TCVN3 / VNI text).
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

/** Rows and columns of the used area: up to the last value, as the grid holds it (0 for an empty sheet). */
export function usedExtent(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  return gridExtent(readGrid(ws));
}

/**
 * `defaultFont` stands in for cells in the workbook's default style, where ExcelJS knows no font. The grid is built
 * under the same bounds as the streaming reader's (GridBuilder), so both readers give the same grid.
 */
export function readGrid(
  ws: ExcelJS.Worksheet,
  options: { fonts?: boolean; defaultFont?: string; rows?: number; limits?: Partial<ReadLimits> } = {},
): Grid {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const builder = new GridBuilder(ws.name, limits, new ContentBudget(limits));
  ws.eachRow((row, rn) => {
    row.eachCell((cell, cn) => {
      const v = toCellValue(cell);
      builder.put(rn - 1, cn - 1, v, v === "" ? undefined : (cell.font?.name ?? options.defaultFont));
    });
  });
  for (const m of readMerges(ws)) builder.merge(m);
  const grid = firstRows(builder.build(), options.rows ?? Infinity);
  if (!options.fonts) delete grid.fonts;
  return grid;
}

import type { CellRows } from "./cellRows";

/**
 * A sheet as the engine sees it: exactly what Excel's `range.values` gives (anchored at A1),
 * plus the merged areas and, where the reader knows them, each cell's font name.
 */

/** One cell value. Empty cells are "" (as Excel gives them) or null; dates are Excel serial numbers; error cells are their text ("#N/A"). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive (row 0 is Excel row 1, column 0 is A). */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name in its workbook. */
  name: string;
  /** Rows of cells; row 0 is Excel row 1. Rows may be ragged or missing (treat as empty). */
  values: CellValue[][];
  /** Merged areas, as the workbook declares them. */
  merges: CellArea[];
  /** Font name per cell where known (same shape as values, may be sparse); the strongest hint for legacy encodings. */
  fonts?: (string | undefined)[][];
  /**
   * The same cells for reading one at a time (see cellRows), when the reader keeps them so: a grid of the streaming
   * reader makes `values` only when something asks for them.
   */
  cells?: CellRows;
}

import type { Grid } from "../core/grid";
import { WorkbookError, type ReadOptions, type SheetInfo, type SheetReader } from "./port";
import { CellStore, storedGrid } from "./bounds/cellStore";
import { firstRows, gridExtent } from "./bounds/gridBuilder";

/**
 * A read-only workbook over grids already read (the streaming reader's output): what the check needs from a
 * submitted file, with each sheet held once, as the engine's own rows, and nothing else of the workbook.
 */

export interface GridSheet {
  grid: Grid;
  visible: boolean;
  owned: boolean;
}

export class GridWorkbook implements SheetReader {
  /** Each sheet's extent, measured once: a check lists the sheets more than once, and measuring reads every row. */
  private extents?: { rows: number; columns: number }[];

  /** The sheets it holds: a batch's worker that only reads a file hands them to the one that checks it. */
  constructor(readonly sheets: readonly GridSheet[]) {}

  async listSheets(): Promise<SheetInfo[]> {
    this.extents ??= this.sheets.map(({ grid }) => gridExtent(grid));
    const extents = this.extents;
    return this.sheets.map(({ grid, visible, owned }, i) => ({
      name: grid.name,
      rowCount: extents[i].rows,
      columnCount: extents[i].columns,
      visible,
      owned,
    }));
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    const key = name.toLowerCase();
    const sheet =
      this.sheets.find((s) => s.grid.name === name) ??
      this.sheets.find((s) => s.grid.name.toLowerCase() === key);
    if (!sheet) throw new WorkbookError("sheet-missing", undefined, { sheet: name });
    // The grid is shared, not copied: the engine only reads it.
    const grid = firstRows(sheet.grid, options.rows ?? Infinity);
    if (options.fonts || !grid.fonts) return grid;
    // Without its fonts, a grid of the streaming reader keeps its cells as they are (their rows made only if asked).
    if (grid.cells instanceof CellStore) return storedGrid(grid.name, grid.cells, grid.merges);
    return { name: grid.name, values: grid.values, merges: grid.merges };
  }
}

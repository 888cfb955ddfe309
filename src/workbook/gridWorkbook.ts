import type { Grid } from "../core/grid";
import { WorkbookError, type ReadOptions, type SheetInfo, type SheetReader } from "./port";

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
  constructor(private readonly sheets: readonly GridSheet[]) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map(({ grid, visible, owned }) => ({
      name: grid.name,
      rowCount: grid.values.length,
      columnCount: grid.values[0]?.length ?? 0,
      visible,
      owned,
    }));
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    const key = name.toLowerCase();
    const sheet =
      this.sheets.find((s) => s.grid.name === name) ??
      this.sheets.find((s) => s.grid.name.toLowerCase() === key);
    if (!sheet) throw new WorkbookError("not-found", name);
    const { grid } = sheet;
    const rows = options.rows ?? Infinity;
    // The grid is shared, not copied: the engine only reads it.
    const values = rows < grid.values.length ? grid.values.slice(0, rows) : grid.values;
    const out: Grid = { name: grid.name, values, merges: grid.merges };
    if (options.fonts && grid.fonts)
      out.fonts = rows < grid.fonts.length ? grid.fonts.slice(0, rows) : grid.fonts;
    return out;
  }
}

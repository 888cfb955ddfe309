import { cellAddress, cellRows, type CellArea, type CellValue, type Grid } from "../../core/grid";
import { CellStore, storedGrid } from "./cellStore";
import { WorkbookError } from "../port";
import type { ContentBudget } from "./contentBudget";
import type { ReadLimits } from "./readLimits";

/**
 * Builds one sheet's Grid from cells met in any order, under the file's bounds. What it keeps grows with what the
 * sheet holds, not with where its cells are: each row is cut after its last value (a lone cell at XFD1048576 costs a
 * row of its own, not 10^10 cells), rows without values share one empty row, merged areas are clipped to the area
 * the values use. A value beyond the columns a roster can have, a row beyond Excel's last, or more cells than the
 * file's budget stop the read with the sentence for that limit. Both readers build their grids here.
 */

/** What a merged area costs the budget while it waits for the sheet's end (its own object). */
const MERGE_COST = 4;

export class GridBuilder {
  /** The cells, in typed arrays (see CellStore): no array per row for the collector to copy. */
  private readonly store: CellStore;
  /**
   * Each cell's font, for rows whose values have more than one; a row of one font (nearly every row) keeps only
   * that font in `rowFonts` and is never given an array of its own, which would be garbage at the sheet's end.
   */
  private readonly fonts: (string | undefined)[][] = [];
  private readonly rowFonts: (string | undefined)[] = [];
  private readonly merges: CellArea[] = [];
  private columns = 0;
  /** One past the last row written. */
  private rows = 0;
  /** The row being filled: a sheet's cells come row by row, and a row is written whole when another starts. */
  private openRow = -1;
  /** Cells of the open row up to its last value. */
  private openUsed = 0;

  constructor(
    private readonly name: string,
    private readonly limits: Pick<ReadLimits, "maxColumns" | "maxRows">,
    private readonly budget: ContentBudget,
    /** The workbook's shared strings, which cells given by index (`putShared`) refer to. */
    shared: readonly string[] = [],
  ) {
    this.store = new CellStore(shared);
  }

  /** Checks a row as the sheet streams, before any of its cells: a row past Excel's last refuses the file. */
  row(r: number): void {
    if (r >= this.limits.maxRows)
      throw new WorkbookError("too-many-rows", undefined, { sheet: this.name, cell: cellAddress(r, 0) });
  }

  /** A cell's value and font (0-based row and column). Empty values keep nothing: a row ends at its last value. */
  put(r: number, c: number, value: CellValue, font: string | undefined): void {
    if (value === "" || value === null) return;
    this.cell(r, c, font);
    this.store.put(c, value);
  }

  /** A cell holding the shared string at `index`, which must be there and not empty. */
  putShared(r: number, c: number, index: number, font: string | undefined): void {
    this.cell(r, c, font);
    this.store.putShared(c, index);
  }

  /** Bounds and fonts of a cell about to be put in the open row. */
  private cell(r: number, c: number, font: string | undefined): void {
    if (c >= this.limits.maxColumns)
      throw new WorkbookError("too-many-columns", undefined, { sheet: this.name, cell: cellAddress(r, c) });
    this.row(r);
    if (r !== this.openRow) this.openAt(r, font);
    if (c >= this.openUsed) {
      this.budget.takeCells(c + 1 - this.openUsed, { sheet: this.name });
      this.openUsed = c + 1;
    }
    const own = this.fonts[r];
    if (own) own[c] = font;
    else if (font !== this.rowFonts[r]) this.fonts[r] = this.ownFonts(this.rowFonts[r], c, font);
    if (c + 1 > this.columns) this.columns = c + 1;
  }

  /** Makes row `r` the open one; a row met again (a file listing its cells out of order) is taken back up. */
  private openAt(r: number, font: string | undefined): void {
    this.closeRow();
    this.openRow = r;
    if (this.store.has(r)) {
      this.openUsed = this.store.reopen(r);
      return;
    }
    this.budget.takeCells(1, { sheet: this.name });
    this.rowFonts[r] = font;
    this.openUsed = 0;
  }

  /** Writes the open row at its exact length, holes where nothing was. */
  private closeRow(): void {
    if (this.openRow < 0) return;
    this.store.close(this.openRow, this.openUsed);
    if (this.openRow >= this.rows) this.rows = this.openRow + 1;
    this.openRow = -1;
  }

  /** A row's fonts as an array of its own, once a second font comes: every value so far has the row's font. */
  private ownFonts(rowFont: string | undefined, c: number, font: string | undefined): (string | undefined)[] {
    const own = new Array<string | undefined>(this.openUsed);
    for (let k = 0; k < own.length; k++) if (this.store.filled(k)) own[k] = rowFont;
    own[c] = font;
    return own;
  }

  /** A merged area as the sheet declares it; clipped to the used area when the sheet ends. */
  merge(area: CellArea): void {
    this.budget.takeCells(MERGE_COST, { sheet: this.name });
    this.merges.push(area);
  }

  /** The grid: rows cut at their last value, holes as "", merged areas clipped, fonts shared between rows of one font. */
  build(): Grid {
    this.closeRow();
    const { store, fonts } = this;
    this.blankMerged(this.clippedMerges());
    // Blanking may leave a row, or the sheet, ending in empty cells: cut them too.
    this.columns = 0;
    let rows = 0;
    for (let r = this.rows - 1; r >= 0; r--) {
      if (!store.has(r)) continue;
      const length = store.trim(r);
      if (fonts[r] && fonts[r].length > length) fonts[r].length = length;
      if (length > this.columns) this.columns = length;
      if (length > 0 && rows === 0) rows = r + 1;
    }
    this.rows = rows;
    store.seal(rows);
    // Each row slot of the sheet costs the budget; rows with values were counted as they came.
    let empty = 0;
    for (let r = 0; r < rows; r++) if (store.rowLength(r) === 0) empty++;
    this.budget.takeCells(empty, { sheet: this.name });
    return storedGrid(this.name, store, this.clippedMerges(), this.sharedFonts());
  }

  /** Merged areas cut to the rows and columns that hold values; those left with one cell or none merge nothing. */
  private clippedMerges(): CellArea[] {
    const out: CellArea[] = [];
    for (const m of this.merges) {
      const bottom = Math.min(m.bottom, this.rows - 1);
      const right = Math.min(m.right, this.columns - 1);
      if (bottom < m.top || right < m.left || (bottom === m.top && right === m.left)) continue;
      out.push({ top: m.top, left: m.left, bottom, right });
    }
    return out;
  }

  /**
   * Excel gives "" for every cell of a merged area but its top-left one, as ExcelJS does when it loads one. The
   * work is charged to the budget (a row visited, a cell looked at), so overlapping areas cannot run for ever.
   */
  private blankMerged(merges: readonly CellArea[]): void {
    const { store, fonts } = this;
    for (const m of merges) {
      let work = 0;
      for (let r = m.top; r <= m.bottom; r++) {
        work++;
        if (!store.has(r)) continue;
        const right = Math.min(m.right, store.rowLength(r) - 1);
        for (let c = m.left; c <= right; c++) {
          work++;
          if (r === m.top && c === m.left) continue;
          store.blank(r, c);
          if (fonts[r]) fonts[r][c] = undefined;
        }
      }
      this.budget.takeCells(work, { sheet: this.name });
    }
  }

  /**
   * A 500,000-row roster would otherwise carry a second table of one font name. Rows whose values share one font
   * get one shared row of that font, as wide as the widest row (fonts only matter where there is a value; the grid
   * is only read); other rows keep their own.
   */
  private sharedFonts(): (string | undefined)[][] {
    const { store, fonts, rowFonts, columns } = this;
    const uniform = new Map<string | undefined, (string | undefined)[]>();
    const out: (string | undefined)[][] = new Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const f = fonts[r];
      // A row cut at its last value holds one unless it has none.
      const one = f ? soleFont(f, store, r) : store.rowLength(r) > 0 ? rowFonts[r] : undefined;
      if (f && one === false) {
        out[r] = f;
        continue;
      }
      const key = one || undefined;
      let shared = uniform.get(key);
      if (!shared) uniform.set(key, (shared = new Array<string | undefined>(columns).fill(key)));
      out[r] = shared;
    }
    return out;
  }
}

/**
 * The first `rows` rows of a grid (enough to find a header), sharing its rows; merged areas that start in them,
 * cut at the last of them.
 */
export function firstRows(grid: Grid, rows: number): Grid {
  const cells = grid.cells;
  if (rows >= (cells ? cells.rowCount : grid.values.length)) return grid;
  const out: Grid = {
    name: grid.name,
    values: cells
      ? Array.from({ length: rows }, (_, r) => cells.row(r) as CellValue[])
      : grid.values.slice(0, rows),
    merges: grid.merges
      .filter((m) => m.top < rows)
      .map((m) => (m.bottom < rows ? m : { ...m, bottom: rows - 1 })),
  };
  if (grid.fonts) out.fonts = grid.fonts.slice(0, rows);
  return out;
}

/** Rows and columns of a grid whose rows may be cut at their last value (0 for an empty sheet). */
export function gridExtent(grid: Grid): { rows: number; columns: number } {
  const cells = cellRows(grid);
  let columns = 0;
  for (let r = 0; r < cells.rowCount; r++) columns = Math.max(columns, cells.rowLength(r));
  return { rows: cells.rowCount, columns };
}

/** The one font of a row's values, undefined for none, false when they differ. */
function soleFont(
  fonts: readonly (string | undefined)[],
  store: CellStore,
  r: number,
): string | undefined | false {
  let one: string | undefined;
  let seen = false;
  for (let c = 0; c < store.rowLength(r); c++) {
    if (store.at(r, c) === "") continue;
    if (!seen) {
      one = fonts[c];
      seen = true;
    } else if (fonts[c] !== one) return false;
  }
  return one;
}

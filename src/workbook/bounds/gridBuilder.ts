import { cellAddress, type CellArea, type CellValue, type Grid } from "../../core/grid";
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

/** Every row without a value: one frozen array, since the engine only reads grids. */
const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];

/** What a merged area costs the budget while it waits for the sheet's end (its own object). */
const MERGE_COST = 4;

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  /**
   * Each cell's font, for rows whose values have more than one; a row of one font (nearly every row) keeps only
   * that font in `rowFonts` and is never given an array of its own, which would be garbage at the sheet's end.
   */
  private readonly fonts: (string | undefined)[][] = [];
  private readonly rowFonts: (string | undefined)[] = [];
  private readonly merges: CellArea[] = [];
  private columns = 0;
  /**
   * The row being filled. A sheet's cells come row by row: they gather in `scratch`, one array reused for every row,
   * and the row is kept at its exact length when another starts — not grown cell by cell (copied twice on its way to
   * 22 cells, garbage that lives long enough to be copied again by the collector) and then copied once more.
   */
  private openRow = -1;
  private readonly scratch: (CellValue | undefined)[] = [];
  /** Cells of the open row up to its last value. */
  private openUsed = 0;

  constructor(
    private readonly name: string,
    private readonly limits: Pick<ReadLimits, "maxColumns" | "maxRows">,
    private readonly budget: ContentBudget,
  ) {}

  /** Checks a row as the sheet streams, before any of its cells: a row past Excel's last refuses the file. */
  row(r: number): void {
    if (r >= this.limits.maxRows)
      throw new WorkbookError("too-many-rows", undefined, { sheet: this.name, cell: cellAddress(r, 0) });
  }

  /** A cell's value and font (0-based row and column). Empty values keep nothing: a row ends at its last value. */
  put(r: number, c: number, value: CellValue, font: string | undefined): void {
    if (value === "" || value === null) return;
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
    this.scratch[c] = value;
    if (c + 1 > this.columns) this.columns = c + 1;
  }

  /** Makes row `r` the open one; a row met again (a file listing its cells out of order) is taken back up. */
  private openAt(r: number, font: string | undefined): void {
    this.closeRow();
    this.openRow = r;
    const kept = this.values[r];
    if (kept) {
      // A kept row's "" are the holes closing filled: no "" value is ever put.
      for (let c = 0; c < kept.length; c++) this.scratch[c] = kept[c] === "" ? undefined : kept[c];
      this.openUsed = kept.length;
      return;
    }
    this.budget.takeCells(1, { sheet: this.name });
    this.rowFonts[r] = font;
    this.openUsed = 0;
  }

  /** Keeps the open row at its exact length, "" where nothing was, and clears the scratch for the next. */
  private closeRow(): void {
    if (this.openRow < 0) return;
    const { scratch } = this;
    const exact = new Array<CellValue>(this.openUsed);
    for (let c = 0; c < exact.length; c++) {
      exact[c] = scratch[c] ?? "";
      scratch[c] = undefined;
    }
    this.values[this.openRow] = exact;
    this.openRow = -1;
  }

  /** A row's fonts as an array of its own, once a second font comes: every value so far has the row's font. */
  private ownFonts(rowFont: string | undefined, c: number, font: string | undefined): (string | undefined)[] {
    const own = new Array<string | undefined>(this.openUsed);
    for (let k = 0; k < own.length; k++) if (this.scratch[k] !== undefined) own[k] = rowFont;
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
    const { values, fonts } = this;
    this.blankMerged(this.clippedMerges());
    // Blanking may leave a row, or the sheet, ending in empty cells: cut them too.
    this.columns = 0;
    for (let r = values.length - 1; r >= 0; r--) {
      const line = values[r];
      if (!line) continue;
      while (line.length && (line[line.length - 1] === undefined || line[line.length - 1] === "")) line.pop();
      if (fonts[r] && fonts[r].length > line.length) fonts[r].length = line.length;
      if (line.length > this.columns) this.columns = line.length;
    }
    while (values.length && !values[values.length - 1]?.length) values.pop();
    // Each row slot of the sheet costs the budget; rows with values were counted as they came.
    let empty = 0;
    for (let r = 0; r < values.length; r++) if (!values[r]?.length) empty++;
    this.budget.takeCells(empty, { sheet: this.name });
    return {
      name: this.name,
      values: this.denseRows(),
      merges: this.clippedMerges(),
      fonts: this.sharedFonts(),
    };
  }

  /** Merged areas cut to the rows and columns that hold values; those left with one cell or none merge nothing. */
  private clippedMerges(): CellArea[] {
    const rows = this.values.length;
    const out: CellArea[] = [];
    for (const m of this.merges) {
      const bottom = Math.min(m.bottom, rows - 1);
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
    const { values, fonts } = this;
    for (const m of merges) {
      let work = 0;
      for (let r = m.top; r <= m.bottom; r++) {
        work++;
        const line = values[r];
        if (!line) continue;
        const right = Math.min(m.right, line.length - 1);
        for (let c = m.left; c <= right; c++) {
          work++;
          if ((r === m.top && c === m.left) || line[c] === undefined) continue;
          line[c] = "";
          if (fonts[r]) fonts[r][c] = undefined;
        }
      }
      this.budget.takeCells(work, { sheet: this.name });
    }
  }

  /** Rows without values share EMPTY_ROW; the others were kept at their exact length, with no holes, as they closed. */
  private denseRows(): CellValue[][] {
    const { values } = this;
    for (let r = 0; r < values.length; r++) if (!values[r]?.length) values[r] = EMPTY_ROW;
    return values;
  }

  /**
   * A 500,000-row roster would otherwise carry a second table of one font name. Rows whose values share one font
   * get one shared row of that font, as wide as the widest row (fonts only matter where there is a value; the grid
   * is only read); other rows keep their own.
   */
  private sharedFonts(): (string | undefined)[][] {
    const { values, fonts, rowFonts, columns } = this;
    const uniform = new Map<string | undefined, (string | undefined)[]>();
    const out: (string | undefined)[][] = new Array(values.length);
    for (let r = 0; r < values.length; r++) {
      const f = fonts[r];
      const one = f ? soleFont(f, values[r]) : hasValue(values[r]) ? rowFonts[r] : undefined;
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
  if (rows >= grid.values.length) return grid;
  const out: Grid = {
    name: grid.name,
    values: grid.values.slice(0, rows),
    merges: grid.merges
      .filter((m) => m.top < rows)
      .map((m) => (m.bottom < rows ? m : { ...m, bottom: rows - 1 })),
  };
  if (grid.fonts) out.fonts = grid.fonts.slice(0, rows);
  return out;
}

/** Rows and columns of a grid whose rows may be cut at their last value (0 for an empty sheet). */
export function gridExtent(grid: Grid): { rows: number; columns: number } {
  let columns = 0;
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) if (rows[r] && rows[r].length > columns) columns = rows[r].length;
  return { rows: grid.values.length, columns };
}

/** True when a row holds a value that is not "" (blanking merged cells may have left none). */
function hasValue(values: readonly CellValue[]): boolean {
  for (let c = 0; c < values.length; c++) if (values[c] !== "") return true;
  return false;
}

/** The one font of a row's values, undefined for none, false when they differ. */
function soleFont(
  fonts: readonly (string | undefined)[],
  values: readonly CellValue[],
): string | undefined | false {
  let one: string | undefined;
  let seen = false;
  for (let c = 0; c < values.length; c++) {
    if (values[c] === "") continue;
    if (!seen) {
      one = fonts[c];
      seen = true;
    } else if (fonts[c] !== one) return false;
  }
  return one;
}

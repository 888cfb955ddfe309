import type { CellValue, Grid } from "./grid";

/**
 * A grid's cells read one at a time: what `values[r]?.[c]` gives, without needing the rows as arrays. The streaming
 * reader keeps a sheet's cells in typed arrays (its grids make `values` only when asked), so the engine reads every
 * sheet through this.
 */
export interface CellRows {
  /** How many rows the grid has (`values.length`). */
  readonly rowCount: number;
  /** Cells of row r up to its last (`values[r]?.length ?? 0`). */
  rowLength(r: number): number;
  /** `values[r]?.[c]`: "" for a hole inside a row, undefined past its end. */
  at(r: number, c: number): CellValue | undefined;
  /** `values[r]`: the row as an array (made anew by a reader that keeps none). */
  row(r: number): readonly CellValue[] | undefined;
}

/** The grid's cells one at a time: its own reader's when it has one, else its rows'. */
export function cellRows(grid: Grid): CellRows {
  return grid.cells ?? new ValueRows(grid.values);
}

/**
 * Rows [from, to) of `rows` as arrays, read once, and the others as `rows` reads them: for a search that reads the
 * same few rows' cells many times over (the header search reads some 2,000 cells of a sheet's first 33 rows).
 */
export function rowsWindow(rows: CellRows, from: number, to: number): CellRows {
  const lines: (readonly CellValue[] | undefined)[] = [];
  for (let r = from; r < Math.min(to, rows.rowCount); r++) lines.push(rows.row(r));
  return new WindowRows(rows, from, lines);
}

class WindowRows implements CellRows {
  readonly rowCount: number;
  constructor(
    private readonly rows: CellRows,
    private readonly from: number,
    private readonly lines: readonly (readonly CellValue[] | undefined)[],
  ) {
    this.rowCount = rows.rowCount;
  }

  rowLength(r: number): number {
    const i = r - this.from;
    return i >= 0 && i < this.lines.length ? (this.lines[i]?.length ?? 0) : this.rows.rowLength(r);
  }

  at(r: number, c: number): CellValue | undefined {
    const i = r - this.from;
    return i >= 0 && i < this.lines.length ? this.lines[i]?.[c] : this.rows.at(r, c);
  }

  row(r: number): readonly CellValue[] | undefined {
    const i = r - this.from;
    return i >= 0 && i < this.lines.length ? this.lines[i] : this.rows.row(r);
  }
}

/** A grid given as rows of values (Excel's range.values, a test's grid). */
class ValueRows implements CellRows {
  readonly rowCount: number;
  constructor(private readonly values: readonly (readonly CellValue[] | undefined)[]) {
    this.rowCount = values.length;
  }

  rowLength(r: number): number {
    return this.values[r]?.length ?? 0;
  }

  at(r: number, c: number): CellValue | undefined {
    return this.values[r]?.[c];
  }

  row(r: number): readonly CellValue[] | undefined {
    return this.values[r];
  }
}

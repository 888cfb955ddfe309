import type { CellValue, Grid } from "../core/grid";
import { CellStore, storedGrid, type StoreParts } from "../workbook/bounds/cellStore";
import type { GridSheet } from "../workbook/gridWorkbook";

/**
 * A file's grids as the reading worker of a batch sends them to the checking one, in memory that moves to the other
 * thread instead of being copied. A sheet the streaming reader read goes as its CellStore's parts: its one buffer
 * moves, and the workbook's shared strings go once for all its sheets. Any other grid goes as typed arrays of kinds
 * and numbers, each distinct text once: cloned as they are, grids cost the checking worker (the batch's slower stage)
 * a string object per text cell — the same unit name or "x" fifty times a file — and every lookup by text then
 * hashes each copy anew.
 */
export interface PackedSheets {
  /** Every distinct text of the cells of sheets packed by rows, in the order first met. */
  texts: string[];
  /** The workbook's shared strings, which the stores' cells refer to. */
  shared: readonly string[];
  sheets: PackedSheet[];
}

interface PackedSheet {
  name: string;
  visible: boolean;
  owned: boolean;
  merges: Grid["merges"];
  fonts?: Grid["fonts"];
  cells: StoreParts | PackedRows;
}

/** A grid's cells packed by rows. */
interface PackedRows {
  /** Each row's length; -1 for a row the grid does not have. */
  lengths: Int32Array<ArrayBuffer>;
  /** Each cell's kind (below), row after row. */
  kinds: Uint8Array<ArrayBuffer>;
  /** Each cell's number, or its text's index in `texts`. */
  numbers: Float64Array<ArrayBuffer>;
}

const MISSING = 0;
const NULL = 1;
const TEXT = 2;
const NUMBER = 3;
const TRUE = 4;
const FALSE = 5;

/** The sheets packed, and the memory to transfer with them. */
export function packSheets(sheets: readonly GridSheet[]): { packed: PackedSheets; transfer: ArrayBuffer[] } {
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const transfer: ArrayBuffer[] = [];
  let shared: readonly string[] | undefined;
  const packed = sheets.map(({ grid, visible, owned }): PackedSheet => {
    const { name, merges, fonts } = grid;
    const store = grid.cells;
    let cells: PackedSheet["cells"];
    // A store's cells name shared strings by index: stores go as they are while they share the file's one table.
    if (store instanceof CellStore && (shared ??= store.shared) === store.shared) {
      cells = store.parts();
      transfer.push(cells.buffer);
    } else {
      cells = packRows(grid.values, texts, indexOf);
      transfer.push(cells.lengths.buffer, cells.kinds.buffer, cells.numbers.buffer);
    }
    return { name, visible, owned, merges, ...(fonts ? { fonts } : {}), cells };
  });
  return { packed: { texts, shared: shared ?? [], sheets: packed }, transfer };
}

function packRows(rows: readonly CellValue[][], texts: string[], indexOf: Map<string, number>): PackedRows {
  const lengths = new Int32Array(rows.length);
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    lengths[r] = row ? row.length : -1;
    if (row) cells += row.length;
  }
  const kinds = new Uint8Array(cells);
  const numbers = new Float64Array(cells);
  let at = 0;
  for (const row of rows) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++, at++) {
      const v = row[c];
      if (typeof v === "string") {
        let i = indexOf.get(v);
        if (i === undefined) {
          i = texts.push(v) - 1;
          indexOf.set(v, i);
        }
        kinds[at] = TEXT;
        numbers[at] = i;
      } else if (typeof v === "number") {
        kinds[at] = NUMBER;
        numbers[at] = v;
      } else kinds[at] = v === true ? TRUE : v === false ? FALSE : v === null ? NULL : MISSING;
    }
  }
  return { lengths, kinds, numbers };
}

/** The sheets as they were packed: the same rows, lengths, values and missing cells (a store's sheet as a store). */
export function unpackSheets({ texts, shared, sheets }: PackedSheets): GridSheet[] {
  return sheets.map(({ name, visible, owned, merges, fonts, cells }) => {
    const grid =
      "buffer" in cells
        ? storedGrid(name, new CellStore(shared, cells), merges, fonts)
        : rowsGrid(name, merges, fonts, cells, texts);
    return { grid, visible, owned };
  });
}

function rowsGrid(
  name: string,
  merges: Grid["merges"],
  fonts: Grid["fonts"],
  { lengths, kinds, numbers }: PackedRows,
  texts: readonly string[],
): Grid {
  // Built by pushing, as the reader builds them: arrays without holes, which V8 reads fastest.
  const values: (CellValue[] | undefined)[] = [];
  let at = 0;
  for (let r = 0; r < lengths.length; r++) {
    const length = lengths[r];
    if (length < 0) {
      values.push(undefined);
      continue;
    }
    const row: (CellValue | undefined)[] = [];
    for (let c = 0; c < length; c++, at++) {
      const kind = kinds[at];
      row.push(
        kind === TEXT
          ? texts[numbers[at]]
          : kind === NUMBER
            ? numbers[at]
            : kind === MISSING
              ? undefined
              : kind === NULL
                ? null
                : kind === TRUE,
      );
    }
    values.push(row as CellValue[]);
  }
  const rows = values as CellValue[][];
  return fonts ? { name, values: rows, merges, fonts } : { name, values: rows, merges };
}

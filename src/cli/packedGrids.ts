import type { CellValue, Grid } from "../core/grid";
import type { GridSheet } from "../workbook/gridWorkbook";

/**
 * A file's grids as the reading worker of a batch sends them to the checking one: each distinct text once, and the
 * cells as numbers in typed arrays whose memory moves to the other thread instead of being copied. Cloned as they
 * are, grids cost the checking worker (the batch's slower stage) a string object per text cell — the same unit name
 * or "x" fifty times a file — and every lookup by text then hashes each copy anew.
 */
export interface PackedSheets {
  /** Every distinct text of the file's cells, in the order first met. */
  texts: string[];
  sheets: PackedSheet[];
}

interface PackedSheet {
  name: string;
  visible: boolean;
  owned: boolean;
  merges: Grid["merges"];
  fonts?: Grid["fonts"];
  /** Each row's length; -1 for a row the grid does not have. */
  lengths: Int32Array;
  /** Each cell's kind (below), row after row. */
  kinds: Uint8Array;
  /** Each cell's number, or its text's index in `texts`. */
  numbers: Float64Array;
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
  const packed = sheets.map(({ grid, visible, owned }): PackedSheet => {
    const rows = grid.values;
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
    transfer.push(lengths.buffer, kinds.buffer, numbers.buffer);
    const { name, merges, fonts } = grid;
    return { name, visible, owned, merges, ...(fonts ? { fonts } : {}), lengths, kinds, numbers };
  });
  return { packed: { texts, sheets: packed }, transfer };
}

/** The sheets as they were packed: the same rows, lengths, values and missing cells. */
export function unpackSheets({ texts, sheets }: PackedSheets): GridSheet[] {
  return sheets.map(({ name, visible, owned, merges, fonts, lengths, kinds, numbers }) => {
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
    const grid: Grid = fonts ? { name, values: rows, merges, fonts } : { name, values: rows, merges };
    return { grid, visible, owned };
  });
}

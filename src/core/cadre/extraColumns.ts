import type { CellValue } from "../grid";

/**
 * The values of a table's columns canbo does not read, kept as written (nothing is dropped): one list per column,
 * by the table's rows, shared by every cadre of the table. A cadre finds its own by its row (`extraOf`).
 *
 * Kept by column rather than as an object per cadre: each such object lives as long as the roster, and V8 charges
 * every long-lived object made per row again at its collections: one object per cadre for a phone-number column
 * cost 30–40 ms of a 100,000-row check, the lists a few.
 */
export interface ExtraColumns {
  /** The columns' headers ("Cột W" for a column without one); one list each, in sheet order. */
  readonly labels: readonly string[];
  /** The 0-based sheet row of the table's first line: `values[k][row - 1 - firstRow]` is a cadre's value. */
  readonly firstRow: number;
  /** Per label, the value of each line from the table's first (undefined where the cell is blank). */
  readonly values: readonly (CellValue | undefined)[][];
}

/** Cadres of a table with no column canbo does not read, and cadres made outside a roster, share this one. */
export const NO_EXTRA: ExtraColumns = Object.freeze({
  labels: Object.freeze([]),
  firstRow: 0,
  values: Object.freeze([]),
});

/**
 * Columns for a table: `labels` in sheet order, a header met twice kept once (the later column's value, when it has
 * one, is the one kept, as a person reading left to right would end on it).
 */
export function makeExtraColumns(labels: readonly string[], firstRow: number): ExtraColumns {
  if (labels.length === 0) return NO_EXTRA;
  const unique = [...new Set(labels)];
  return { labels: unique, firstRow, values: unique.map(() => []) };
}

/**
 * Keeps the value of the column at `slot` (its label's index in `labels`) on 0-based sheet row `r`. Rows come in
 * order; a row may be given the same slot again (a header met twice), and the later value is kept.
 */
export function keepExtra(columns: ExtraColumns, slot: number, r: number, value: CellValue): void {
  const list = columns.values[slot] as (CellValue | undefined)[];
  const line = r - columns.firstRow;
  // Blank lines become undefined entries: the list stays a packed array, never one with holes.
  while (list.length < line) list.push(undefined);
  list[line] = value;
}

/** The value a cadre's row holds in column `label`, or undefined when blank or when there is no such column. */
export function extraValue(
  cadre: { extra: ExtraColumns; row: number },
  label: string,
): CellValue | undefined {
  const k = cadre.extra.labels.indexOf(label);
  return k < 0 ? undefined : cadre.extra.values[k][lineOf(cadre)];
}

/** Every value a cadre's row holds in columns canbo does not read, by header: blanks are left out. */
export function extraOf(cadre: { extra: ExtraColumns; row: number }): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  const line = lineOf(cadre);
  cadre.extra.labels.forEach((label, k) => {
    const value = cadre.extra.values[k][line];
    if (value !== undefined) out[label] = value;
  });
  return out;
}

/** A cadre's line in its table's lists (`row` is the 1-based sheet row). */
function lineOf(cadre: { extra: ExtraColumns; row: number }): number {
  return cadre.row - 1 - cadre.extra.firstRow;
}

import type { CellValue } from "../core/grid";

/**
 * Pure planning for the Office adapter: how to cut a sheet into requests Excel accepts. Excel on the web refuses
 * requests or responses over 5 MB and ranges over 5 million cells; we aim under 4 MB to leave room for overhead.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;

/** Rows per chunk so that `columns` cells of about `bytesPerCell` each stay under the payload and cell limits. */
export function rowsPerChunk(columns: number, bytesPerCell: number): number {
  const cells = Math.min(MAX_CELLS, Math.floor(MAX_REQUEST_BYTES / Math.max(1, bytesPerCell)));
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** The JSON size of a block of values, as it travels between the add-in and Excel. */
export function payloadBytes(values: readonly (readonly CellValue[])[]): number {
  return JSON.stringify(values).length;
}

/** [first row, row count] pieces covering rows [from, to). */
export function chunks(from: number, to: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let r = from; r < to; r += size) out.push([r, Math.min(size, to - r)]);
  return out;
}

// Text that Excel would take for a formula if typed: it must be stored as text ("@"), never evaluated.
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a string would become a formula if assigned as a value. */
export function looksLikeFormula(v: CellValue): boolean {
  return typeof v === "string" && FORMULA_START.test(v);
}

/** The number format of every cell of a block: the column's format, or "@" (text) where a string looks like a formula. */
export function safeNumberFormats(
  values: readonly (readonly CellValue[])[],
  columnFormats: readonly string[],
): string[][] {
  return values.map((row) =>
    row.map((v, j) => (looksLikeFormula(v) ? "@" : (columnFormats[j] ?? "General"))),
  );
}

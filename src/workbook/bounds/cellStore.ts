import type { CellArea, CellRows, CellValue, Grid } from "../../core/grid";

/** A sealed store as another thread takes it (packedGrids.ts): its one buffer moves, its texts are copied. */
export interface StoreParts {
  buffer: ArrayBuffer;
  cells: number;
  rows: number;
  texts: string[];
  doubles: number[];
}

/**
 * A sheet's cells in typed arrays: a kind and a number for each cell, row after row, and the texts by reference (a
 * shared string by its index in the workbook's table). A roster of 100,000 rows kept as an array per row is 22 MB of
 * small objects that live to the end, and V8's young-generation collector copies each of them twice on its way to
 * the old generation: about a third of the collector's work in a check. Typed arrays live outside the heap, so the
 * cells cost the collector nothing; `rows()` makes the arrays of rows for whoever asks for `values`.
 *
 * A store is written in reusable arrays (Scratch) through an open row (cells in any column order; a row opened again,
 * from a file that lists its cells out of order, is copied back into the open row and written anew at the end), then
 * sealed: its cells move to one buffer of their exact size and the scratch goes to the next store. A batch reads a
 * thousand small files; a fresh set of growing buffers for each was garbage the collector had to sweep by the megabyte.
 */
export class CellStore implements CellRows {
  /** Rows of the grid: given when the store is sealed. */
  rowCount = 0;
  private kinds: Uint8Array;
  private payload: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private used = 0;
  /** One past the last row written, until sealed: the rows whose lengths the scratch must forget. */
  private written = 0;
  private readonly texts: string[];
  private readonly doubles: number[];
  /** Where the store is written until it is sealed. */
  private scratch?: Scratch;
  /** The rows as arrays, once asked for. */
  private made?: CellValue[][];

  /** A store to write, or, given its parts, the sealed store they were taken from. */
  constructor(
    /** The workbook's shared strings, which cells put by index refer to. */
    readonly shared: readonly string[] = [],
    parts?: StoreParts,
  ) {
    this.texts = parts?.texts ?? [];
    this.doubles = parts?.doubles ?? [];
    const arrays = parts ? sealedArrays(parts.buffer, parts.cells, parts.rows) : (this.scratch = taken());
    this.payload = arrays.payload;
    this.starts = arrays.starts;
    this.lengths = arrays.lengths;
    this.kinds = arrays.kinds;
    if (parts) {
      this.used = parts.cells;
      this.rowCount = parts.rows;
    }
  }

  /** The sealed store's parts, for another thread; its buffer is to be moved there, not read here again. */
  parts(): StoreParts {
    if (this.scratch) throw new Error("CellStore: taken apart before it was sealed");
    const { used: cells, rowCount: rows, texts, doubles } = this;
    return { buffer: this.payload.buffer as ArrayBuffer, cells, rows, texts, doubles };
  }

  rowLength(r: number): number {
    return this.lengths[r] ?? 0;
  }

  at(r: number, c: number): CellValue | undefined {
    // A row past the arrays reads undefined, which no column is under.
    if (!(c >= 0 && c < this.lengths[r])) return undefined;
    const k = this.starts[r] + c;
    switch (this.kinds[k]) {
      case SHARED:
        return this.shared[this.payload[k]];
      case INTEGER:
        return this.payload[k];
      case HOLE:
        return "";
      case TEXT:
        return this.texts[this.payload[k]];
      case DOUBLE:
        return this.doubles[this.payload[k]];
      default:
        return this.kinds[k] === TRUE;
    }
  }

  row(r: number): readonly CellValue[] | undefined {
    return r >= 0 && r < this.rowCount ? this.line(r) : undefined;
  }

  /** Whether row r was written (it holds a value, until blanking empties it). */
  has(r: number): boolean {
    return this.lengths[r] > 0;
  }

  /** Makes the open row a copy of row r (its cells up to `length`), to write it again. */
  reopen(r: number): number {
    const scratch = this.writing();
    const length = this.lengths[r];
    scratch.roomInOpen(length);
    const from = this.starts[r];
    for (let c = 0; c < length; c++) {
      scratch.openKinds[c] = this.kinds[from + c];
      scratch.openPayload[c] = this.payload[from + c];
    }
    return length;
  }

  /** A value in column c of the open row: never "" or null, which keep nothing. */
  put(c: number, value: string | number | boolean): void {
    if (typeof value === "string") this.set(c, TEXT, this.texts.push(value) - 1);
    else if (typeof value === "boolean") this.set(c, value ? TRUE : FALSE, 0);
    // -0 stays a double: an integer slot would read it back as 0.
    else if ((value | 0) === value && (value !== 0 || 1 / value > 0)) this.set(c, INTEGER, value);
    else this.set(c, DOUBLE, this.doubles.push(value) - 1);
  }

  /** The shared string at `index` (a non-empty one) in column c of the open row. */
  putShared(c: number, index: number): void {
    this.set(c, SHARED, index);
  }

  /** Whether column c of the open row holds a value. */
  filled(c: number): boolean {
    const { openKinds } = this.writing();
    return c < openKinds.length && openKinds[c] !== HOLE;
  }

  /** Writes the open row's first `length` cells as row r (holes are "") and empties the open row. */
  close(r: number, length: number): void {
    const scratch = this.writing();
    scratch.roomForRow(r);
    scratch.roomForCells(this.used + length);
    this.kinds = scratch.kinds;
    this.payload = scratch.payload;
    this.starts = scratch.starts;
    this.lengths = scratch.lengths;
    // Cell by cell: a row is a few dozen cells, and views to copy them with (subarray) would be garbage per row.
    const { kinds, payload } = this;
    const { openKinds, openPayload } = scratch;
    const start = this.used;
    for (let c = 0; c < length; c++) {
      kinds[start + c] = openKinds[c];
      payload[start + c] = openPayload[c];
      openKinds[c] = HOLE;
    }
    this.starts[r] = start;
    this.lengths[r] = length;
    this.used = start + length;
    if (r >= this.written) this.written = r + 1;
  }

  /** Makes (r, c) a hole (a cell under a merged area's top-left one, which Excel shows empty). */
  blank(r: number, c: number): void {
    this.kinds[this.starts[r] + c] = HOLE;
  }

  /** Cuts row r after its last value; returns its new length. */
  trim(r: number): number {
    let length = this.lengths[r];
    const start = this.starts[r];
    while (length > 0 && this.kinds[start + length - 1] === HOLE) length--;
    this.lengths[r] = length;
    return length;
  }

  /**
   * Ends the writing: the store has `rows` rows, its cells move to one buffer of their size, and the scratch is left
   * for the next store (or to the collector, when a large sheet made it large).
   */
  seal(rows: number): void {
    const scratch = this.writing();
    const cells = this.used;
    const known = Math.min(rows, this.starts.length);
    const sealed = sealedArrays(new ArrayBuffer(4 * (cells + 2 * rows) + cells), cells, rows);
    sealed.payload.set(this.payload.subarray(0, cells));
    sealed.starts.set(this.starts.subarray(0, known));
    sealed.lengths.set(this.lengths.subarray(0, known));
    sealed.kinds.set(this.kinds.subarray(0, cells));
    this.payload = sealed.payload;
    this.starts = sealed.starts;
    this.lengths = sealed.lengths;
    this.kinds = sealed.kinds;
    this.rowCount = rows;
    this.scratch = undefined;
    scratch.clear(this.written);
    if (scratch.size() <= MAX_SPARE_BYTES) spare.push(scratch);
  }

  /** Every row as arrays, made once. */
  allRows(): CellValue[][] {
    return (this.made ??= this.rows());
  }

  /** The rows as arrays (what `values` holds): "" for holes, rows without values sharing one empty row. */
  rows(): CellValue[][] {
    const out: CellValue[][] = new Array(this.rowCount);
    for (let r = 0; r < out.length; r++) out[r] = this.line(r);
    return out;
  }

  /** Row r as an array. */
  private line(r: number): CellValue[] {
    const length = this.lengths[r];
    if (length === 0) return EMPTY_ROW;
    const row = new Array<CellValue>(length);
    for (let c = 0; c < length; c++) row[c] = this.at(r, c) as CellValue;
    return row;
  }

  private set(c: number, kind: number, payload: number): void {
    const scratch = this.writing();
    scratch.roomInOpen(c + 1);
    scratch.openKinds[c] = kind;
    scratch.openPayload[c] = payload;
  }

  private writing(): Scratch {
    if (!this.scratch) throw new Error("CellStore: written after it was sealed");
    return this.scratch;
  }
}

/** The growing arrays a store is written in. */
class Scratch {
  kinds = new Uint8Array(1 << 12);
  payload = new Int32Array(1 << 12);
  starts = new Int32Array(1 << 8);
  lengths = new Int32Array(1 << 8);
  /** The open row's cells; HOLE (0) where nothing was put. */
  openKinds = new Uint8Array(64);
  openPayload = new Int32Array(64);

  roomInOpen(length: number): void {
    if (length <= this.openKinds.length) return;
    this.openKinds = grown(this.openKinds, length);
    this.openPayload = grown(this.openPayload, length);
  }

  roomForRow(r: number): void {
    if (r < this.starts.length) return;
    this.starts = grown(this.starts, r + 1);
    this.lengths = grown(this.lengths, r + 1);
  }

  roomForCells(cells: number): void {
    if (cells <= this.kinds.length) return;
    this.kinds = grown(this.kinds, cells);
    this.payload = grown(this.payload, cells);
  }

  /** Ready for another store: rows [0, rows) written before are forgotten (a row's length says it was written). */
  clear(rows: number): void {
    this.lengths.fill(0, 0, rows);
  }

  size(): number {
    return this.kinds.length * 5 + this.starts.length * 8;
  }
}

/** A sealed store's arrays over its one buffer: payloads, row starts, row lengths, then kinds. */
function sealedArrays(
  buffer: ArrayBuffer,
  cells: number,
  rows: number,
): Pick<Scratch, "payload" | "starts" | "lengths" | "kinds"> {
  return {
    payload: new Int32Array(buffer, 0, cells),
    starts: new Int32Array(buffer, 4 * cells, rows),
    lengths: new Int32Array(buffer, 4 * (cells + rows), rows),
    kinds: new Uint8Array(buffer, 4 * (cells + 2 * rows), cells),
  };
}

/** A scratch left by a sealed store, or a new one. */
function taken(): Scratch {
  return spare.pop() ?? new Scratch();
}

/** Scratches left by sealed stores, for the next ones. */
const spare: Scratch[] = [];
/** A scratch larger than this (a sheet of some 100,000 cells) is not kept for the next store. */
const MAX_SPARE_BYTES = 1 << 20;

/**
 * A grid over a store: `values` made the first time something asks for them (and kept), `cells` the store itself.
 * `cells` is not enumerable, so a copy or a structured clone of the grid is an ordinary grid of rows.
 */
export function storedGrid(
  name: string,
  store: CellStore,
  merges: CellArea[],
  fonts?: (string | undefined)[][],
): Grid {
  const grid = { name } as Grid;
  // One getter for every grid: V8 keeps an accessor in the object's hidden class, so a getter made per grid would give
  // each grid a class of its own (a thousand files, a thousand classes, and every site that reads a grid slowed).
  Object.defineProperty(grid, "values", { enumerable: true, get: storedValues });
  grid.merges = merges;
  if (fonts) grid.fonts = fonts;
  Object.defineProperty(grid, "cells", { value: store });
  return grid;
}

function storedValues(this: Grid): CellValue[][] {
  return (this.cells as CellStore).allRows();
}

/** Every row without a value: one frozen array, since the engine only reads grids. */
const EMPTY_ROW = Object.freeze([]) as unknown as CellValue[];

/** What a cell holds; HOLE is 0, so a fresh open row is all holes. */
const HOLE = 0;
const SHARED = 1;
const INTEGER = 2;
const TEXT = 3;
const DOUBLE = 4;
const TRUE = 5;
const FALSE = 6;

/** A copy of `array` with room for at least `needed` items: doubled, so writing n cells copies O(n). */
function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  const out = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  out.set(array);
  return out;
}

import { cellRows, type CellRows, type CellValue, type Grid } from "../grid";
import { decodeLegacyText, isCapitalFont, isPlainText, normalizeText, type LegacyEncoding } from "../text";
import { isErrorValue } from "../values";

/** A cell's value once read (legacy text decoded, Unicode normalised, never empty). */
export type CellData = string | number | boolean;

/** What `SheetCells.value` gives for an Excel error (#N/A, #REF! …) where a value belongs. */
export const CELL_ERROR: unique symbol = Symbol("cell error");

/** Excel's 16,384 columns: row × width + column is a unique cell key. */
const WIDTH = 1 << 14;

/**
 * A sheet's cells as a person reads them: legacy TCVN3/VNI text decoded (by the cell's font, else by the sheet's own
 * encoding, else by content) and, below the header, a value merged down over several rows read in every one of them
 * ("CĐCS Trường THCS An Thới" merged over its six people belongs to each of the six).
 */
export class SheetCells {
  readonly grid: Grid;
  /** The grid's cells, read one at a time. */
  readonly rows: CellRows;
  /** The encoding the sheet itself is typed in, when its header is: decides cells no font speaks for. */
  encoding?: LegacyEncoding;
  /** The legacy encoding the last `value` call decoded from, if it did. */
  legacy: LegacyEncoding | undefined;
  /** Cell key → key of its merge's top-left cell, for cells under a merge that spans rows in the data. */
  private readonly mergedDown = new Map<number, number>();
  /** 1 for rows that hold such a merge: one array read per cell instead of a map read. */
  private readonly rowsWithMerges: Uint8Array;
  /** Keys of the top-left cells of those merges. */
  private readonly anchors = new Set<number>();

  constructor(grid: Grid, dataFrom: number) {
    this.grid = grid;
    this.rows = cellRows(grid);
    this.rowsWithMerges = new Uint8Array(this.rows.rowCount + 1);
    for (const area of grid.merges) {
      if (area.bottom <= area.top || area.top < dataFrom) continue;
      // Only the merge's own column carries the value down; absurd merges over whole sheets carry no meaning.
      if (area.bottom - area.top > 100_000) continue;
      const anchor = area.top * WIDTH + area.left;
      this.anchors.add(anchor);
      if (area.top < this.rowsWithMerges.length) this.rowsWithMerges[area.top] = 1;
      // Rows past the sheet's last value hold nothing to read.
      const bottom = Math.min(area.bottom, this.rows.rowCount - 1);
      for (let r = area.top + 1; r <= bottom; r++) {
        this.mergedDown.set(r * WIDTH + area.left, anchor);
        this.rowsWithMerges[r] = 1;
      }
    }
  }

  /** The cell whose value (r, c) shows: itself, or the top-left cell of the merge it lies under. */
  sourceOf(r: number, c: number): { row: number; col: number } {
    const anchor = this.rowsWithMerges[r] === 1 ? this.mergedDown.get(r * WIDTH + c) : undefined;
    return anchor === undefined
      ? { row: r, col: c }
      : { row: Math.floor(anchor / WIDTH), col: anchor % WIDTH };
  }

  /** Whether (r, c) lies in a merge that spans several rows of data (its value belongs to each of them). */
  inMergeDown(r: number, c: number): boolean {
    if (this.rowsWithMerges[r] !== 1) return false;
    const key = r * WIDTH + c;
    return this.mergedDown.has(key) || this.anchors.has(key);
  }

  /** The raw value (r, c) shows. */
  raw(r: number, c: number): CellValue | undefined {
    if (this.rowsWithMerges[r] === 1) {
      const anchor = this.mergedDown.get(r * WIDTH + c);
      if (anchor !== undefined) return this.rows.at(Math.floor(anchor / WIDTH), anchor % WIDTH);
    }
    return this.rows.at(r, c);
  }

  font(r: number, c: number): string | undefined {
    return this.grid.fonts?.[r]?.[c];
  }

  /**
   * The value (r, c) shows, read as a person reads it: undefined when blank, CELL_ERROR for an Excel error, legacy
   * text decoded (then `legacy` says from which encoding, until the next call) and Unicode normalised. Returns plain
   * values, not a reading object: this runs for every cell of rosters of 100,000 rows.
   */
  value(r: number, c: number): CellData | typeof CELL_ERROR | undefined {
    this.legacy = undefined;
    let row = r;
    let col = c;
    if (this.rowsWithMerges[r] === 1) {
      const anchor = this.mergedDown.get(r * WIDTH + c);
      if (anchor !== undefined) [row, col] = [Math.floor(anchor / WIDTH), anchor % WIDTH];
    }
    const raw = this.rows.at(row, col);
    if (raw === null || raw === undefined || raw === "") return undefined;
    if (typeof raw !== "string") return raw;
    if (isErrorValue(raw)) return CELL_ERROR;
    const font = this.grid.fonts?.[row]?.[col];
    // The common case, told in one pass: nothing to decode and nothing to normalise (a capitals font still draws
    // plain letters as capitals).
    if (isPlainText(raw) && !isCapitalFont(font)) return raw;
    const decoded = decodeLegacyText(raw, font, this.encoding);
    const text = normalizeText(decoded ? decoded.decoded : raw);
    if (!text) return undefined;
    if (decoded) this.legacy = decoded.encoding;
    return text;
  }

  /** The text (r, c) shows, decoded; numbers as digits; "" for blanks and errors. */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    return v === undefined || v === CELL_ERROR ? "" : String(v);
  }
}

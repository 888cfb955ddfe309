/**
 * Numbers and cell references read straight from a sheet's bytes, without making text of them: a roster of 500,000
 * rows holds millions of `r="B12"` and `<v>42</v>`.
 */

/** Digits a number may have to be read exactly from them (beyond, Number() reads the text). */
export const EXACT_DIGITS = 15;
/** The last column a reference may name and still be read as one (Excel has 16,384). */
const MAX_COLUMN = 1 << 15;
/** Row numbers are held up to this (far past Excel's 1,048,576), however long their digits. */
const MAX_ROW_NUMBER = 2 ** 31;

/** The value of 1–15 ASCII digits, or -1 when the bytes are anything else. */
export function digitsValue(buf: Uint8Array, start: number, end: number): number {
  if (start === end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A number read from digits, as those digits (leading zeros kept). */
export function digitsText(n: number, digits: number): string {
  const s = String(n);
  return s.length >= digits ? s : "0".repeat(digits - s.length) + s;
}

/**
 * Where the last reference read points, 0-based. Row and column are kept apart, not packed into one number: packed,
 * they pass 2^31 from row 65,536 on, and V8 then holds the reader's row and column as doubles.
 */
export const REF = { row: 0, col: 0 };

/** "AB12" read into REF (row 11, column 27); false when it is no plain A1 reference. */
export function parseRef(buf: Uint8Array, start: number, end: number): boolean {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = buf[i];
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
    if (col > MAX_COLUMN) return false;
  }
  if (col === 0 || i === end) return false;
  let row = 0;
  for (; i < end; i++) {
    const ch = buf[i];
    if (ch < 48 || ch > 57) return false;
    // Past Excel's last row it only matters that it is past.
    row = Math.min(row * 10 + ch - 48, MAX_ROW_NUMBER);
  }
  if (row === 0) return false;
  REF.row = row - 1;
  REF.col = col - 1;
  return true;
}

/** Default height of a row nobody sized (Excel's, for 11 pt text). */
export const DEFAULT_ROW_HEIGHT = 15;

export interface PaginateInput {
  /** Height of each row in points (unset rows count as DEFAULT_ROW_HEIGHT). */
  heights: readonly (number | undefined)[];
  /** Rows that must print on one page, as [first, last] (0-based, inclusive), in order and not overlapping. */
  keep: readonly [number, number][];
  /** Number of rows in the sheet. */
  rows: number;
  /** Printable height of a page in points, at 100 %. */
  pageHeight: number;
  /** Print scale in percent. */
  scale: number;
  /** Rows repeated at the top of every page after the first. */
  repeatRows?: [number, number];
}

/**
 * Where pages must break so that no kept block is cut: a block that would run past the bottom of a page starts
 * the next one. A block taller than a page flows on from where it is and breaks where it must. Rows are laid top to bottom;
 * pages after the first begin with the repeated rows.
 *
 * @returns the 0-based rows that start a new page, ascending
 * @example paginate({ heights: [], keep: [[0, 39], [40, 79]], rows: 80, pageHeight: 900, scale: 100 }) // [40]
 */
export function paginate(input: PaginateInput): number[] {
  const h = (r: number) => input.heights[r] ?? DEFAULT_ROW_HEIGHT;
  const sum = (a: number, b: number) => {
    let s = 0;
    for (let r = a; r <= b; r++) s += h(r);
    return s;
  };
  const page = input.pageHeight / (input.scale / 100);
  const repeat = input.repeatRows ? sum(input.repeatRows[0], input.repeatRows[1]) : 0;

  // Every row belongs to a unit: a kept block, or itself.
  const units: [number, number][] = [];
  let next = 0;
  for (const [a, b] of input.keep) {
    for (; next < a; next++) units.push([next, next]);
    units.push([a, b]);
    next = b + 1;
  }
  for (; next < input.rows; next++) units.push([next, next]);

  const breaks: number[] = [];
  let used = 0;
  let pageStart = true;
  for (const [a, b] of units) {
    const need = sum(a, b);
    // A unit that fits no page whatever is done flows from where it is: a break would only leave a gap.
    if (!pageStart && used + need > page && need <= page - repeat) {
      breaks.push(a);
      used = repeat;
    }
    // A unit taller than a page flows over: count only what lands on the last page it reaches.
    used += need;
    const step = Math.max(1, page - repeat);
    while (used > page) used -= step;
    pageStart = false;
  }
  return breaks;
}

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
 * the next one. A block taller than a page flows on from where it is, breaking between its rows; so every break
 * the printer makes is one planned here. Rows are laid top to bottom;
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
  for (let i = 0; i < input.keep.length; i++) {
    const a = input.keep[i][0];
    const b = input.keep[i][1];
    for (; next < a; next++) units.push([next, next]);
    units.push([a, b]);
    next = b + 1;
  }
  for (; next < input.rows; next++) units.push([next, next]);

  const breaks: number[] = [];
  const step = Math.max(1, page - repeat);
  let used = 0;
  let pageStart = true;
  for (let i = 0; i < units.length; i++) {
    const a = units[i][0];
    const b = units[i][1];
    const need = sum(a, b);
    if (need <= step) {
      if (!pageStart && used + need > page) {
        breaks.push(a);
        used = repeat;
      }
      used += need;
    } else
      // A unit that fits no page flows on from where it is, breaking between its rows as the printer would.
      for (let r = a; r <= b; r++) {
        if (!pageStart && used + h(r) > page) {
          breaks.push(r);
          used = repeat;
        }
        used += h(r);
        pageStart = false;
      }
    pageStart = false;
  }
  return breaks;
}

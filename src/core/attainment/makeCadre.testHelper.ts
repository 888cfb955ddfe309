import { NO_EXTRA, type Cadre } from "../cadre";

let nextRow = 2;

/**
 * A cadre for tests: only what the test cares about, the rest filled with harmless defaults.
 * Shared by the attainment, schedule, statistics and report-sheet tests (not a test file itself).
 *
 * @example makeCadre({ fullName: "A", employment: "chuyen-trach" })
 */
export function makeCadre(fields: Partial<Cadre> = {}): Cadre {
  const row = nextRow++;
  return {
    sheet: "DS",
    row,
    nameCell: `B${row}`,
    fullName: `Cán bộ ${row}`,
    positions: [],
    extra: NO_EXTRA,
    ...fields,
  };
}

/** A training column: `true` = a bare mark, a number = trained in that year. */
export function trained(mark: true | number): { done: true; year?: number } {
  return mark === true ? { done: true } : { done: true, year: mark };
}

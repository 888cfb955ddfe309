/** The report years canbo accepts: the plan's era and the century around it. */
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2100;

export type YearProblem = "empty" | "not-a-year" | "out-of-range";

/**
 * Reads a report year as typed: four digits between 1950 and 2100. Anything else is a problem to tell the user,
 * never a year 0 that would make everybody -1980 years old.
 *
 * @example parseYear(" 2019 ") // { year: 2019 }
 * @example parseYear("") // { problem: "empty" }
 */
export function parseYear(text: string): { year: number } | { problem: YearProblem } {
  const t = text.trim();
  if (t === "") return { problem: "empty" };
  if (!/^\d{4}$/.test(t)) return { problem: "not-a-year" };
  const year = Number(t);
  return year < YEAR_MIN || year > YEAR_MAX ? { problem: "out-of-range" } : { year };
}

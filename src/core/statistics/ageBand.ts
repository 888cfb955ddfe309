import type { Cadre } from "../cadre";

/** Age bands of the statistics table, youngest first; "chua-ro" when the birth year is missing or implausible. */
export type AgeBand = "duoi-30" | "30-39" | "40-49" | "tu-50" | "chua-ro";

/**
 * A cadre's age band in `year`, by year − birth year (rosters often give only the year). An age below 0 or
 * above 100 is a typing error, so it is "chua-ro" rather than a band it would distort.
 *
 * @param cadre the cadre
 * @param year the report year
 * @returns the band
 * @example ageBand({ ...cadre, birthDate: { year: 1980 } }, 2019) // "30-39"
 */
export function ageBand(cadre: Cadre, year: number): AgeBand {
  if (!cadre.birthDate) return "chua-ro";
  const age = year - cadre.birthDate.year;
  if (age < 0 || age > 100) return "chua-ro";
  if (age < 30) return "duoi-30";
  if (age < 40) return "30-39";
  if (age < 50) return "40-49";
  return "tu-50";
}

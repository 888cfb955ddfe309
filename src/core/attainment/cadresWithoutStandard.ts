import type { Cadre } from "../cadre";
import { isUpperLevel } from "./isUpperLevel";

/**
 * The cadres I6 counts (upper-grassroots level and above) that no standard covers: they stay in I6's total and
 * cannot count as meeting a standard, so the report names them for the federation to add the standard they lack.
 *
 * @param cadres the roster
 * @param meetsStandard the standards evaluation (undefined when no standard applies)
 * @returns those cadres, in roster order
 * @example cadresWithoutStandard(roster, (c) => meetsStandards(c, framework, 2019)).length // 0 with the built-in framework
 */
export function cadresWithoutStandard(
  cadres: readonly Cadre[],
  meetsStandard: (cadre: Cadre) => boolean | undefined,
): Cadre[] {
  return cadres.filter((c) => isUpperLevel(c.level) && meetsStandard(c) === undefined);
}

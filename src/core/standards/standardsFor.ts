import type { Cadre } from "../cadre";
import { UNION_LEVELS } from "../vocab/codes";
import type { PositionStandard, StandardsFramework } from "./positionStandard";

/**
 * The standards of a framework that apply to a cadre: the cadre's level is among the standard's levels, one of
 * the cadre's positions is among its positions (or it takes "all"), and its employment matches (or is "any").
 *
 * Unknown facts: a standard applies only when everything it conditions on is known. A standard that lists all
 * four levels does not condition on the level, "all" positions not on the position, "any" not on employment; so
 * a cadre whose level is unknown still gets those, but never one limited to some levels. Guessing would blame
 * people for rules that may not be theirs, and the missing value is already reported as its own finding.
 *
 * @param cadre one roster row
 * @param framework the standards in force
 * @returns the applicable standards, in the framework's order
 * @example standardsFor(makeCadre({ level: "co-so", positions: ["chu-tich"] }), DEFAULT_FRAMEWORK) // [S3]
 */
export function standardsFor(cadre: Cadre, framework: StandardsFramework): PositionStandard[] {
  return framework.standards.filter((s) => standardApplies(s, cadre));
}

/**
 * Whether one standard applies to a cadre (see `standardsFor`). Asked of every cadre for every standard: loops
 * instead of callbacks, and the cheapest condition first.
 */
export function standardApplies(standard: PositionStandard, cadre: Cadre): boolean {
  if (standard.employment !== "any" && cadre.employment !== standard.employment) return false;
  // A known level either is among the standard's levels or is not; an unknown one passes only a standard of all four.
  const levels = standard.levels;
  if (cadre.level !== undefined ? !levels.includes(cadre.level) : !hasEvery(levels, UNION_LEVELS))
    return false;
  const positions = standard.positions;
  return positions === "all" || hasAny(positions, cadre.positions);
}

function hasEvery<T>(list: readonly T[], wanted: readonly T[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (!list.includes(wanted[i])) return false;
  return true;
}

function hasAny<T>(list: readonly T[], wanted: readonly T[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (list.includes(wanted[i])) return true;
  return false;
}

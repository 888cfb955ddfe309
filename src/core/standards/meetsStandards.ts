import type { Cadre } from "../cadre";
import { evaluateStandards } from "./evaluateStandards";
import type { StandardsFramework } from "./positionStandard";
import { standardsFor } from "./standardsFor";

/**
 * Whether a cadre meets every standard that applies to them (the plan's target I6 counts these at the
 * upper-grassroots level and above). Undefined when no standard applies, so such cadres stay out of the share
 * rather than counting as meeting it.
 *
 * @param cadre one roster row
 * @param framework the standards in force
 * @param year the report year
 * @returns true / false, or undefined when no standard applies
 * @example meetsStandards(makeCadre({ level: "co-so", positions: ["uv-bch"], employment: "khong-chuyen-trach" }), DEFAULT_FRAMEWORK, 2019) // undefined
 */
export function meetsStandards(
  cadre: Cadre,
  framework: StandardsFramework,
  year: number,
): boolean | undefined {
  if (standardsFor(cadre, framework).length === 0) return undefined;
  return evaluateStandards(cadre, framework, year).length === 0;
}

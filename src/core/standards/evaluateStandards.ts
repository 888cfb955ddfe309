import type { Cadre } from "../cadre";
import { checkCriterion } from "./checkCriterion";
import { CRITERIA, type StandardsFramework, type UnmetCriterion } from "./positionStandard";
import { standardsFor } from "./standardsFor";

/**
 * Every requirement a cadre does not meet, one entry per unmet criterion per applicable standard (see
 * `standardsFor` for which apply), standards in the framework's order and criteria in `CRITERIA` order. A value
 * the roster leaves empty counts as unmet, with actual `unknown`.
 *
 * @param cadre one roster row
 * @param framework the standards in force
 * @param year the report year: training after it does not count, age is year − birth year
 * @returns the unmet criteria; empty when the cadre meets every applicable standard or none applies
 * @example evaluateStandards(makeCadre({ level: "co-so", positions: ["chu-tich"] }), DEFAULT_FRAMEWORK, 2019)
 *   // [{ standard: S3, criterion: "unionTraining", required: { kind: "trained" }, actual: { kind: "unknown" } }]
 */
export function evaluateStandards(
  cadre: Cadre,
  framework: StandardsFramework,
  year: number,
): UnmetCriterion[] {
  const out: UnmetCriterion[] = [];
  for (const standard of standardsFor(cadre, framework)) {
    for (const criterion of CRITERIA) {
      if (standard.requires[criterion] === undefined) continue;
      const check = checkCriterion(criterion, standard.requires, cadre, year);
      if (!check.met) out.push({ standard, criterion, required: check.required, actual: check.actual });
    }
  }
  return out;
}

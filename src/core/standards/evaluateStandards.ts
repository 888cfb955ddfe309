import type { Cadre } from "../cadre";
import { checkCriterion } from "./checkCriterion";
import { CRITERIA, type StandardsFramework, type UnmetCriterion } from "./positionStandard";
import { standardApplies } from "./standardsFor";

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
): readonly UnmetCriterion[] {
  // Asked of every cadre, and most meet every standard that applies (or none applies): nothing is made for them.
  let out: UnmetCriterion[] | undefined;
  const { standards } = framework;
  for (let s = 0; s < standards.length; s++) {
    const standard = standards[s];
    if (!standardApplies(standard, cadre)) continue;
    for (let k = 0; k < CRITERIA.length; k++) {
      const criterion = CRITERIA[k];
      if (standard.requires[criterion] === undefined) continue;
      const check = checkCriterion(criterion, standard.requires, cadre, year);
      if (!check.met)
        (out ??= []).push({ standard, criterion, required: check.required, actual: check.actual });
    }
  }
  return out ?? ALL_MET;
}

/** Shared by every cadre that meets its standards; not frozen, as it is iterated (see `NO_POSITIONS`). */
const ALL_MET: readonly UnmetCriterion[] = [];

import type { Cadre } from "../cadre";
import { hasPoliticalQualification, isTrainedBy, isTrainedIn } from "../attainment";
import type { TrainingKind } from "./trainingGroups";

/**
 * Whether a cadre has a kind of training as of the end of `year` (the attainment rules: a bare mark counts,
 * a later year does not; for "political", LLCT trung cấp or higher also counts).
 *
 * @example hasTraining({ ...cadre, genderTraining: { done: true, year: 2018 } }, "gender", 2018) // true
 */
export function hasTraining(cadre: Cadre, kind: TrainingKind, year: number): boolean {
  switch (kind) {
    case "union":
      return isTrainedBy(cadre.unionTraining, year);
    case "gender":
      return isTrainedBy(cadre.genderTraining, year);
    case "political":
      return hasPoliticalQualification(cadre, year);
  }
}

/**
 * Whether a cadre got a kind of training in exactly `year` (for "political": started or finished the
 * trung cấp chính trị class that year). Bare marks have no year, so they never count here.
 *
 * @example hadTrainingIn({ ...cadre, unionTraining: { done: true, year: 2019 } }, "union", 2019) // true
 */
export function hadTrainingIn(cadre: Cadre, kind: TrainingKind, year: number): boolean {
  switch (kind) {
    case "union":
      return isTrainedIn(cadre.unionTraining, year);
    case "gender":
      return isTrainedIn(cadre.genderTraining, year);
    case "political":
      return isTrainedIn(cadre.politicalClass, year);
  }
}

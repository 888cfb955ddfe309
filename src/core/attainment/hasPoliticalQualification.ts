import type { Cadre } from "../cadre";
import type { PoliticalTheory } from "../vocab/codes";
import { isTrainedBy } from "./isTrainedBy";

/** LLCT levels that already satisfy "học trung cấp chính trị". */
const INTERMEDIATE_OR_ABOVE: readonly PoliticalTheory[] = ["trung-cap", "cao-cap"];

/**
 * Whether a cadre counts for target 5 (trung cấp chính trị) as of `year`: attending or finished the class
 * by then, or already holding intermediate political theory or higher. The LLCT column is the roster's
 * current state, so it counts for any year.
 *
 * @example hasPoliticalQualification({ ...cadre, politicalTheory: "cao-cap" }, 2018) // true
 */
export function hasPoliticalQualification(cadre: Cadre, year: number): boolean {
  if (isTrainedBy(cadre.politicalClass, year)) return true;
  return cadre.politicalTheory !== undefined && INTERMEDIATE_OR_ABOVE.includes(cadre.politicalTheory);
}

import type { Cadre } from "../cadre";
import { DEFAULT_KEY_POSITIONS, isKeyCadre } from "../attainment";
import type { Position } from "../vocab/codes";
import type { GroupCriteria } from "./trainingGroups";

/**
 * Whether a cadre fits a group's criteria (trained or not: see `hasTraining`). A criterion the roster leaves
 * empty for this cadre does not hold, so unknown cadres are not guessed into a group.
 *
 * @param cadre the cadre
 * @param who the group's criteria
 * @param keyPositions positions that make a cadre key when the roster has no "Chủ chốt" column
 * @returns true when every given criterion holds
 * @example isInGroup({ ...cadre, positions: ["chu-tich"], level: "co-so" }, { training: "union", positions: ["chu-tich"] }) // true
 */
export function isInGroup(
  cadre: Cadre,
  who: GroupCriteria,
  keyPositions: readonly Position[] = DEFAULT_KEY_POSITIONS,
): boolean {
  if (who.positions && !(cadre.positions.length > 0 && who.positions.includes(cadre.positions[0])))
    return false;
  if (who.levels && !(cadre.level !== undefined && who.levels.includes(cadre.level))) return false;
  if (who.employment && cadre.employment !== who.employment) return false;
  if (who.payroll && cadre.payroll !== who.payroll) return false;
  if (who.gender && cadre.gender !== who.gender) return false;
  if (who.keyOnly && !isKeyCadre(cadre, keyPositions)) return false;
  return true;
}

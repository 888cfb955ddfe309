import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";
import { isInGroup } from "./isInGroup";
import type { TrainingGroup } from "./trainingGroups";

/**
 * How many cadres of each group `counts` accepts, in one pass over the roster: each cadre is asked about every group
 * while it is at hand, instead of the roster being read again for each group.
 *
 * @example countInGroups(roster, TRAINING_GROUPS, (c, g) => !hasTraining(c, g.who.training, 2019)) // [12, 0, 430, …]
 */
export function countInGroups(
  cadres: readonly Cadre[],
  groups: readonly TrainingGroup[],
  counts: (c: Cadre, group: TrainingGroup) => boolean,
  keyPositions?: readonly Position[],
): number[] {
  const out = new Array<number>(groups.length).fill(0);
  for (let k = 0; k < cadres.length; k++) {
    const c = cadres[k];
    for (let i = 0; i < groups.length; i++)
      if (isInGroup(c, groups[i].who, keyPositions) && counts(c, groups[i])) out[i]++;
  }
  return out;
}

import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";
import { hadTrainingIn } from "./hasTraining";
import { isInGroup } from "./isInGroup";
import type { ScheduleRow } from "./scheduleRow";
import { TRAINING_GROUPS, type TrainingGroup } from "./trainingGroups";

export interface PlanAgainstActualOptions {
  /** Where to look up rows' `groupId` (default `TRAINING_GROUPS`). */
  groups?: readonly TrainingGroup[];
  keyPositions?: readonly Position[];
}

/**
 * Puts the roster's reality beside a plan: each row of year Y gets `actual` = people of its group whom the
 * roster shows trained in exactly Y (a bare mark without a year cannot be placed in a year, so it is not
 * counted). Rows of other years, and rows whose `groupId` is missing or unknown, are copied unchanged.
 *
 * @param plan the schedule (e.g. `BUILTIN_PLAN.rows`)
 * @param cadres the roster of year Y
 * @param year the year Y
 * @param options groups to resolve `groupId` and key positions
 * @returns a copy of the plan, `actual` filled for year Y
 * @example planAgainstActual(BUILTIN_PLAN.rows, roster2019, 2019)[4].actual // 430
 */
export function planAgainstActual(
  plan: readonly ScheduleRow[],
  cadres: readonly Cadre[],
  year: number,
  options: PlanAgainstActualOptions = {},
): ScheduleRow[] {
  const groups = options.groups ?? TRAINING_GROUPS;
  const groupOf = (row: ScheduleRow) =>
    row.year === year ? groups.find((g) => g.id === row.groupId) : undefined;
  // The groups this year's rows name, counted in one pass over the roster: each cadre is asked about every group
  // while it is at hand, instead of the roster being read again for each row.
  const counted = [...new Set(plan.map(groupOf).filter((g): g is TrainingGroup => g !== undefined))];
  const actual = new Array<number>(counted.length).fill(0);
  for (const c of cadres)
    for (let i = 0; i < counted.length; i++) {
      const { who } = counted[i];
      if (isInGroup(c, who, options.keyPositions) && hadTrainingIn(c, who.training, year)) actual[i]++;
    }
  return plan.map((row) => {
    const group = groupOf(row);
    return group ? { ...row, actual: actual[counted.indexOf(group)] } : { ...row };
  });
}

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
  return plan.map((row) => {
    const group = row.year === year ? groups.find((g) => g.id === row.groupId) : undefined;
    if (!group) return { ...row };
    let actual = 0;
    for (const c of cadres)
      if (isInGroup(c, group.who, options.keyPositions) && hadTrainingIn(c, group.who.training, year))
        actual++;
    return { ...row, actual };
  });
}

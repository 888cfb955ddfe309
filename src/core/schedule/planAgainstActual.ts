import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";
import { hadTrainingIn } from "./hasTraining";
import { countInGroups } from "./countInGroups";
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
  // The groups this year's rows name, counted together in one pass over the roster.
  const counted = [...new Set(plan.map(groupOf).filter((g): g is TrainingGroup => g !== undefined))];
  const actual = countInGroups(
    cadres,
    counted,
    (c, g) => hadTrainingIn(c, g.who.training, year),
    options.keyPositions,
  );
  return plan.map((row) => {
    const group = groupOf(row);
    return group ? { ...row, actual: actual[counted.indexOf(group)] } : { ...row };
  });
}

import type { Cadre } from "../cadre";
import type { Position } from "../vocab/codes";
import { hasTraining } from "./hasTraining";
import { countInGroups } from "./countInGroups";
import type { ScheduleRow } from "./scheduleRow";
import { TRAINING_GROUPS, type TrainingGroup } from "./trainingGroups";

export interface DeriveScheduleOptions {
  /** The roster's year Y: who is still untrained at the end of Y. */
  year: number;
  /** The groups to plan for (default `TRAINING_GROUPS`). */
  groups?: readonly TrainingGroup[];
  /** Positions that make a cadre key when the roster has no "Chủ chốt" column (default CT, PCT). */
  keyPositions?: readonly Position[];
}

/**
 * Next year's training schedule from this year's roster: for each group, the people in it not yet trained
 * as of the end of year Y. The rows carry year Y + 1 — the year the training is to be held, as in the plan's
 * appendix. Groups with nobody left to train are left out (a plan row for 0 people says nothing).
 *
 * @param cadres the roster of year Y
 * @param options the year Y and optionally the groups and key positions
 * @returns one row per group with people to train, in the groups' order, each with its `groupId`
 * @example deriveSchedule(roster, { year: 2019 })[0] // { year: 2020, group: "Phó chủ tịch, UVBCH …", count: 12, … }
 */
export function deriveSchedule(cadres: readonly Cadre[], options: DeriveScheduleOptions): ScheduleRow[] {
  const groups = options.groups ?? TRAINING_GROUPS;
  const counts = countInGroups(
    cadres,
    groups,
    (c, g) => !hasTraining(c, g.who.training, options.year),
    options.keyPositions,
  );
  const rows: ScheduleRow[] = [];
  groups.forEach((g, i) => {
    if (counts[i] === 0) return;
    rows.push({
      year: options.year + 1,
      group: g.name,
      count: counts[i],
      unit: g.unit,
      content: g.content,
      groupId: g.id,
    });
  });
  return rows;
}

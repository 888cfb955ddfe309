import type { Training } from "../cadre";

/**
 * Whether a training column says "trained" as of the end of `year`: done, and either no year was written
 * (a bare mark counts as done before the report) or the year written is not after `year`.
 *
 * @param training the cadre's training column, absent when empty
 * @param year the report year Y
 * @returns true when trained by the end of Y
 * @example isTrainedBy({ done: true, year: 2021 }, 2020) // false
 */
export function isTrainedBy(training: Training | undefined, year: number): boolean {
  if (!training?.done) return false;
  return training.year === undefined || training.year <= year;
}

/**
 * Whether a training column says the training took place in exactly `year` (a bare mark has no year, so no).
 *
 * @example isTrainedIn({ done: true, year: 2019 }, 2019) // true
 */
export function isTrainedIn(training: Training | undefined, year: number): boolean {
  return training?.done === true && training.year === year;
}

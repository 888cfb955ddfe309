import type { UnionLevel } from "../vocab/codes";

/** "Cấp trên cơ sở trở lên": the upper-grassroots level and every level above it. */
export const UPPER_LEVELS: readonly UnionLevel[] = ["trung-uong", "tinh", "tren-co-so"];

/**
 * Whether a union level is the upper-grassroots level or above. An unknown level is not: the plan's
 * targets for these levels must not count cadres nobody placed.
 *
 * @example isUpperLevel("tinh") // true
 */
export function isUpperLevel(level: UnionLevel | undefined): boolean {
  return level !== undefined && UPPER_LEVELS.includes(level);
}

/** The plan's indicators: I1–I5 and I7 from mục II.2 / III.2, I6 from the general aim (mục II.1). */
export type IndicatorId = "I1" | "I2" | "I3" | "I4" | "I5" | "I6" | "I7";

/** A target: a share between 0 and 1, or "increase" (higher than last year's share). */
export type Target = number | "increase";

/** The targets, editable; a policy choice, so every one can be overridden. */
export interface Targets {
  /** Full-time cadres trained in union theory and skills. */
  I1: Target;
  /** Part-time cadres trained in union theory and skills. */
  I2: Target;
  /** Key cadres trained on gender equality and gender mainstreaming. */
  I3: Target;
  /** Women at upper-grassroots level and above trained on gender equality. */
  I4: Target;
  /** Full-time HĐLĐ cadres with (or attending) intermediate political theory, due by `endYear`. */
  I5: Target;
  /** Upper-grassroots-and-above cadres meeting their position's standard. */
  I6: Target;
  /** Share of the year's union funds spent on training. */
  I7: Target;
  /** The year I5 is due: the plan's last year. */
  endYear: number;
}

/**
 * The targets of kế hoạch 14-KH/ĐĐ (2016–2020).
 *
 * @example DEFAULT_TARGETS.I2 // 0.9
 */
export const DEFAULT_TARGETS: Readonly<Targets> = Object.freeze({
  I1: 1,
  I2: 0.9,
  I3: 1,
  I4: 1,
  I5: 0.3,
  I6: "increase",
  I7: 0.15,
  endYear: 2020,
});

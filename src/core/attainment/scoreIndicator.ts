import type { Target } from "./targets";

export interface Score {
  percent: number | null;
  met: boolean | null;
  /** Still needed; 0 when met; null when it cannot be judged. */
  gap: number | null;
}

/** Shares like 0.3 × 10 come out as 3.0000000000000004 in floating point; this keeps them at 3. */
const EPSILON = 1e-9;

/**
 * Scores a head count against its target.
 * - A share target: met when numerator ≥ ⌈target × denominator⌉; gap = that minus the numerator (≥ 0).
 * - "increase": met when this year's share is above `previous`; gap = people still needed to exceed it.
 *   When last year was already 100%, nothing can exceed it, so staying at 100% counts as met.
 * - No denominator, or "increase" without last year's share: percent/met/gap unknown (null).
 *
 * @param numerator people who reached it
 * @param denominator people it applies to
 * @param target the target
 * @param previous last year's share (only for "increase")
 * @returns percent (0..1 or null), met (or null) and gap
 * @example scoreCount(2, 10, 0.3) // { percent: 0.2, met: false, gap: 1 }
 */
export function scoreCount(
  numerator: number,
  denominator: number,
  target: Target,
  previous?: number | null,
): Score {
  if (denominator <= 0) return { percent: null, met: null, gap: null };
  const percent = numerator / denominator;
  if (target === "increase") {
    if (previous === undefined || previous === null) return { percent, met: null, gap: null };
    const needed = previous >= 1 - EPSILON ? denominator : Math.floor(previous * denominator + EPSILON) + 1;
    return { percent, met: numerator >= needed, gap: Math.max(0, needed - numerator) };
  }
  const required = Math.ceil(target * denominator - EPSILON);
  return { percent, met: numerator >= required, gap: Math.max(0, required - numerator) };
}

/**
 * Scores an amount of money against a share target: met when spending ≥ target × funds; gap = the missing
 * amount, rounded up to a whole unit of money (the report shows whole đồng).
 *
 * @param spending the amount spent
 * @param funds the amount the share is taken of
 * @param target a share (an "increase" target is not defined for money and scores as unknown)
 * @example scoreAmount(600, 5000, 0.15) // { percent: 0.12, met: false, gap: 150 }
 */
export function scoreAmount(spending: number, funds: number, target: Target): Score {
  if (funds <= 0) return { percent: null, met: null, gap: null };
  const percent = spending / funds;
  if (target === "increase") return { percent, met: null, gap: null };
  const missing = target * funds - spending;
  // Relative: floating-point noise grows with the amount (15% of 4.8 billion is 720000000.0000001).
  const tolerance = 1e-12 * Math.max(1, funds);
  if (missing <= tolerance) return { percent, met: true, gap: 0 };
  return { percent, met: false, gap: Math.ceil(missing - tolerance) };
}

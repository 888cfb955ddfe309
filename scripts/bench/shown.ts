/**
 * Figures as BENCHMARKS.md shows them. A figure held to a bound is rounded against the target, never towards it:
 * up when it must stay under the bound, down when it must reach it, so a shown figure never looks met when it is
 * not. Whether a target is met is always decided on the unrounded figure.
 */

/** `x` with `digits` decimals, rounded up. */
export const up = (x: number, digits = 2) =>
  (Math.ceil(x * 10 ** digits - 1e-9) / 10 ** digits).toFixed(digits);

/** `x` with `digits` decimals, rounded down. */
export const down = (x: number, digits = 2) =>
  (Math.floor(x * 10 ** digits + 1e-9) / 10 ** digits).toFixed(digits);

/** A count or MB figure, whole, with thousands separators. */
export const n = (x: number) => Math.round(x).toLocaleString("en-US");

/** Milliseconds as seconds with two decimals. */
export const s = (ms: number) => (ms / 1000).toFixed(2);

export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

/** A share (0–1) as a percentage with one decimal. */
export const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** A count and its noun: "1 round", "3 rounds". */
export const count = (k: number, noun: string) => `${k} ${noun}${k === 1 ? "" : "s"}`;

export const met = (ok: boolean) => (ok ? "met" : "**missed**");

/**
 * Measurements taken in rounds, one of each per round in a fixed order (A B C A B C …), so a slow stretch of a
 * shared machine falls on every contender of a round alike and the ratio of a pair in the same round stays fair.
 */

/** One contender's runs in round order: wall milliseconds and peak resident MB of each; `error` if it failed. */
export interface Runs {
  ms: number[];
  rssMb: number[];
  error?: string;
}

/** Runs each contender once per round, `rounds` times. A contender that fails keeps its error and sits out the rest. */
export function interleave<K extends string>(
  contenders: Record<K, () => { ms: number; rssMb: number }>,
  rounds: number,
): Record<K, Runs> {
  const names = Object.keys(contenders) as K[];
  const runs = Object.fromEntries(names.map((k) => [k, { ms: [], rssMb: [] }])) as unknown as Record<K, Runs>;
  for (let round = 0; round < rounds; round++)
    for (const name of names) {
      if (runs[name].error) continue;
      try {
        const { ms, rssMb } = contenders[name]();
        runs[name].ms.push(ms);
        runs[name].rssMb.push(rssMb);
      } catch (e) {
        runs[name].error = (e as Error).message.split("\n")[0];
      }
    }
  return runs;
}

/** True when the contender ran every round it was given without failing. */
export const measured = (r: Runs) => !r.error && r.ms.length > 0;

/** The median; of an even count, the mean of the middle two. */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median over rounds of a's time over b's in the same round: the ratio the targets are held to. */
export function pairRatio(a: Runs, b: Runs): number {
  const n = Math.min(a.ms.length, b.ms.length);
  return median(Array.from({ length: n }, (_, i) => a.ms[i] / b.ms[i]));
}

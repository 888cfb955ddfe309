/**
 * The cores this process may run on, as `taskset` (util-linux) reports them, so a measurement can be confined to
 * some of them: `taskset -c LIST node …` runs node and every thread it starts (V8's helpers, workers, a restart)
 * on those cores only.
 */
import { spawnSync } from "node:child_process";

export const TASKSET = "taskset";

/** The allowed cores, or why they cannot be known (no taskset on this machine, say). */
export function allowedCores(): { cores: number[] } | { why: string } {
  const r = spawnSync(TASKSET, ["-cp", String(process.pid)], { encoding: "utf8" });
  if (r.error)
    return { why: `taskset cannot run here (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})` };
  const list = /affinity list:\s*([\d,\s-]+)/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !list) return { why: `taskset -cp answered ${r.status}: ${r.stderr.trim()}` };
  return { cores: parseCoreList(list) };
}

/** "0-2,5" → [0, 1, 2, 5]. */
export function parseCoreList(list: string): number[] {
  return list
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [from, to = from] = part.split("-").map(Number);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}

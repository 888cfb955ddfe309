/**
 * One benchmark measurement: a node child process of its own, timed from spawn to exit (wall clock), its peak
 * resident memory recorded by the preload peakRss.cjs (the largest of the processes it started through itself).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TASKSET } from "./cpuAffinity";

export interface ChildRun {
  stdout: string;
  code: number;
  ms: number;
  rssMb: number;
}

export interface ChildOptions {
  /** Exit codes that count as an answer: 0 unless said (`canbo check` exits 1 when it finds mistakes). */
  accept?: number[];
  /** Cores to confine the process to (`taskset -c`, e.g. "0"); every core it may use when not said. */
  cores?: string;
}

/** Runs `node …args` from `root`, the peak-memory file kept in `out`. Throws when the exit code is not accepted. */
export function child(root: string, out: string, args: string[], options: ChildOptions = {}): ChildRun {
  const accept = options.accept ?? [0];
  const rssFile = path.join(out, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const node = [process.execPath, "--require", path.join(__dirname, "peakRss.cjs"), ...args];
  // taskset sets the cores and replaces itself with node (exec): no process of its own stays between.
  const [command, ...rest] = options.cores ? [TASKSET, "-c", options.cores, ...node] : node;
  const t0 = performance.now();
  const r = spawnSync(command, rest, {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status === null || !accept.includes(r.status))
    throw new Error(
      `${options.cores ? `taskset -c ${options.cores} ` : ""}${args.join(" ")} exited ${r.status ?? r.signal ?? r.error?.message}: ${r.stderr?.slice(-2000)}`,
    );
  return { stdout: r.stdout, code: r.status, ms, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

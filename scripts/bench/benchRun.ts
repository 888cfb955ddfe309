import type { Runs } from "./interleave";
import type { PageBench } from "./page";
import type { ProfileSplit } from "./profileSplit";

/** What one `npm run bench` measured, as BENCHMARKS.md reports it. */

/** One roster size: the processes run in interleaved rounds, and the core in one process of its own. */
export interface SizeRun {
  cadres: number;
  fileMb: number;
  findings: number;
  /** Rounds of the interleaved runs below (one of each per round). */
  rounds: number;
  /** Load average (1 minute) of the host, the mean of its value before and after the rounds. */
  load: number;
  /** `canbo check FILE --year 2019 --json --jobs 1`. */
  cli: Runs;
  /** ExcelJS's bare streaming read (scripts/bench/streamRead.cjs). */
  stream: Runs;
  /** SheetJS (`xlsx` 0.18.5) reading the file whole (scripts/bench/sheetjsRead.cjs): a peer. */
  sheetjs: Runs;
  /** The limit passes (scripts/bench/limit.ts): the parts inflated only; inflated then scanned whole (the limit). */
  inflate: Runs;
  scan: Runs;
  /** The core (scripts/bench/core.ts): medians of `runs` runs in one process, V8 single-threaded (one core). */
  core: {
    runs: number;
    checkMs: number;
    reportMs: number;
    totalMs: number;
    rowsPerSecond: number;
    heapMb: number;
  };
}

/**
 * The batch of small files, its runs interleaved in rounds. Issue 15's target is two cores against one: one worker
 * confined to one core (taskset), since one worker left on two cores already uses part of the second (its main
 * thread beside V8's collector and compiler threads). That unconfined run is kept for information.
 */
export interface BatchRun {
  files: number;
  cadresEach: number;
  /** `--jobs 1` confined to `pinnedCore` (taskset -c): one core's speed. Undefined when it cannot be confined. */
  onePinned?: Runs;
  pinnedCore?: string;
  /** Why there is no confined run, when there is none: the target then falls back to `one`, said so. */
  unpinnedWhy?: string;
  /** `--jobs 1` on every core the run may use. */
  one: Runs;
  /** `--jobs 2`: two workers on two cores (confined to `twoCores` when the machine has more). */
  two: Runs;
  twoCores?: string;
  /**
   * Two `--jobs 1` commands at once, each on half the files and confined to a core of its own: the machine's own
   * ceiling for two cores on this work (nothing shared, nothing joined). Only with a confined run.
   */
  halves?: Runs;
  /**
   * The files checked one after another in one thread confined to `pinnedCore` (scripts/bench/warmup.ts): the time
   * of the first half, while the code warms up, and of the second, per round. Only with a confined run.
   */
  warmup?: { firstHalfMs: number[]; secondHalfMs: number[]; error?: string };
}

interface Requests {
  syncs: number;
  bytes: number;
  largest: number;
  allowed: number;
  ms: number;
}

export interface BenchRun {
  date: string;
  machine: string;
  commit: string;
  /** Cores available to the run (os.availableParallelism). */
  cores: number;
  /** A quick run (`npm run bench -- --quick`): small sizes, one round; its figures check the bench, not canbo. */
  quick: boolean;
  /** Load average (1 minute) of the host when the run began and when it ended. */
  load: { start: number; end: number };
  sizes: SizeRun[];
  /** Shares of the command's sampled time (scripts/bench/profileSplit.ts) on the roster of `cadres`. */
  profile?: ProfileSplit & { cadres: number; runs: number };
  /** `canbo --version` and `node -e 0`, interleaved: what the command's start costs over Node's own. */
  start?: { version: Runs; node: Runs };
  /** `canbo report FILE --out …`, the command's main job, on an ordinary roster and on a large one (information). */
  report?: { cadres: number; runs: Runs }[];
  batch?: BatchRun;
  excel?: {
    cadres: number;
    findings: number;
    limit: number;
    read: Requests;
    write: Requests & { sheets: number };
  };
  bundle?: { initialKb: number; initial: string[]; lazy: { file: string; kb: number }[] };
  /** The task pane in Chromium on the 100k roster (scripts/bench/page.ts), and the load of the host meanwhile. */
  page?: PageBench & { cadres: number; load: number };
  /** The same on an ordinary roster (1,000 cadres): what a user waits for most days, start-up included. */
  pageSmall?: PageBench & { cadres: number; load: number };
  /** Why the page could not be measured, when it could not. */
  pageError?: string;
  /** `canbo check FILE --json --jobs 1` on each hostile file: its answer, exit code, time and peak memory. */
  hostile?: { name: string; answer: string; code: number; ms: number; rssMb: number }[];
}

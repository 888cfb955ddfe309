import type { BatchRun, BenchRun, SizeRun } from "./benchRun";
import type { Runs } from "./interleave";
import { renderTargets } from "./renderTargets";

const runs = (...ms: number[]): Runs => ({ ms, rssMb: ms.map(() => 100) });

function size(cadres: number, cli: number[], stream: number[]): SizeRun {
  const one = runs(...cli.map(() => 1000));
  return {
    cadres,
    fileMb: 1,
    findings: 0,
    rounds: cli.length,
    load: 0,
    cli: runs(...cli),
    stream: runs(...stream),
    sheetjs: one,
    inflate: one,
    scan: one,
    core: { runs: 5, checkMs: 300, reportMs: 200, totalMs: 500, rowsPerSecond: 0, heapMb: 0 },
  };
}

const bench = (over: Partial<BenchRun>): BenchRun => ({
  date: "",
  machine: "",
  commit: "",
  cores: 2,
  quick: false,
  load: { start: 0, end: 0 },
  sizes: [],
  ...over,
});

const row = (lines: string[], start: string) => lines.find((l) => l.startsWith(`| ${start}`));

describe("the targets table", () => {
  test("met on the unrounded figure, shown rounded against the target", () => {
    // Per round 0.5, 0.5004, 0.6 → 0.5004: missed, shown 0.51 (never 0.50).
    const lines = renderTargets(bench({ sizes: [size(100_000, [500, 5004, 600], [1000, 10000, 1000])] }));
    expect(row(lines, "`canbo check --json --jobs 1` ≤ 0.5 ×")).toMatch(/\| 0\.51 × .*\| \*\*missed\*\* \|$/);
    // The core at exactly 0.5 s is met.
    expect(row(lines, "Core: 100,000 cadres")).toMatch(/\| 0\.50 s .*\| met \|$/);
  });

  /** 1,000 files on one confined core (9.0 s), one worker on two cores (6.0 s), two workers (5.0 s). */
  const pinnedBatch = (more: Partial<BatchRun> = {}): BatchRun => ({
    files: 1000,
    cadresEach: 50,
    onePinned: runs(9000, 9100, 8900),
    pinnedCore: "0",
    one: runs(6000, 6000, 6000),
    two: runs(5000, 5000, 5000),
    ...more,
  });

  test("the batch's target is one confined core against two, with one worker on two cores for information", () => {
    const lines = renderTargets(bench({ batch: pinnedBatch() }));
    expect(row(lines, "Batch of 1,000 small files: 2 cores")).toMatch(
      /taskset -c 0.*\| 1\.80 × .*\| met \|$/,
    );
    expect(row(lines, "Batch of 1,000 small files, for information")).toMatch(
      /\| 1\.20 × .*\| information \|$/,
    );
  });

  test("the machine's ceiling is one core against two halves run at once, and the workers' share of it", () => {
    const lines = renderTargets(bench({ batch: pinnedBatch({ halves: runs(4500, 4550, 4450) }) }));
    // 9000/4500, 9100/4550, 8900/4450 are 2.00 each (the halves' median 4.50 s); the workers' 1.80 × is 90 % of it.
    expect(row(lines, "Batch of 1,000 small files, the machine's ceiling")).toMatch(
      /\| 2\.00 × \(4\.50 s for both halves\); the 2 workers reach 90\.0 % of it \| information \|$/,
    );
  });

  test("warming up bounds two workers by one thread's whole time over its first half's", () => {
    const warmup = { firstHalfMs: [1500, 1600, 1550], secondHalfMs: [750, 800, 900] };
    const lines = renderTargets(bench({ batch: pinnedBatch({ warmup }) }));
    // (1500 + 750) / 1500 = 1.5, (1600 + 800) / 1600 = 1.5, (1550 + 900) / 1550 = 1.58: the median is 1.50.
    expect(row(lines, "Batch of 1,000 small files, the cost of warming up")).toMatch(
      /\| at most 1\.50 × \(first half 1\.55 s, second 0\.80 s\) \| information \|$/,
    );
    const failed = renderTargets(
      bench({ batch: pinnedBatch({ warmup: { firstHalfMs: [], secondHalfMs: [], error: "exited 1" } }) }),
    );
    expect(row(failed, "Batch of 1,000 small files, the cost of warming up")).toContain(
      "not measured: exited 1",
    );
  });

  test("without a confined run the batch's target says so", () => {
    const lines = renderTargets(
      bench({
        batch: {
          files: 1000,
          cadresEach: 50,
          unpinnedWhy: "taskset cannot run here (ENOENT)",
          one: runs(9000),
          two: runs(5000),
        },
      }),
    );
    expect(row(lines, "Batch of 1,000 small files: 2 cores")).toContain(
      "not on 1 core: taskset cannot run here",
    );
    expect(row(lines, "Batch of 1,000 small files, for information")).toBeUndefined();
  });
});

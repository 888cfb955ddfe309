import type { BatchRun, BenchRun, SizeRun } from "./benchRun";
import { measured, median, pairRatio, type Runs } from "./interleave";
import { count, down, mb, met, n, pct, s, up } from "./shown";

/**
 * The targets table of BENCHMARKS.md: issue 15's targets for the distance to the physical limit, then the standing
 * ones of the Excel adapter, hostile files and the task pane. A ratio is the median over rounds of the two runs of
 * the same round; met or missed is decided on the unrounded figure, and the figure shown is rounded against the
 * target (shown.ts). A target whose measurement is missing (a size not run) is not listed; one whose contender
 * failed says so and is missed.
 */

const times = (r: Runs) => (measured(r) ? `${s(median(r.ms))} s` : `failed: ${r.error ?? "no run"}`);
const rounds = (r: Runs) => `median of ${count(r.ms.length, "round")}`;

/** A ratio target between two contenders: `a / b` held to `bound`, at most (`≤`) or at least (`≥`). */
function ratioRow(
  target: string,
  a: Runs,
  b: Runs,
  bound: number,
  at: "≤" | "≥",
  measuredAs: string,
): string {
  if (!measured(a) || !measured(b))
    return `| ${target} | not measured: ${times(a)} vs ${times(b)} | **missed** |`;
  const r = pairRatio(a, b);
  const shown = at === "≤" ? up(r) : down(r);
  return `| ${target} (${rounds(a)}) | ${shown} × (${measuredAs}) | ${met(at === "≤" ? r <= bound : r >= bound)} |`;
}

function sizeTargets(x: SizeRun): string[] {
  const rows = `${n(x.cadres / 1000)}k rows`;
  const cli = "`canbo check --json --jobs 1`";
  return [
    ratioRow(
      `${cli} ≤ 0.5 × ExcelJS's bare streaming read, ${rows}`,
      x.cli,
      x.stream,
      0.5,
      "≤",
      `${times(x.cli)} vs ${times(x.stream)}`,
    ),
    ratioRow(
      `The same ≤ 1.5 × the inflate-plus-scan limit, ${rows}`,
      x.cli,
      x.scan,
      1.5,
      "≤",
      `${times(x.cli)} vs ${times(x.scan)}; inflating alone ${times(x.inflate)}`,
    ),
  ];
}

/** Two cores against one core (taskset); one worker left on two cores for information, or standing in, said so. */
function batchTargets(b: BatchRun): string[] {
  const files = `Batch of ${n(b.files)} small files`;
  const info = measured(b.one) && measured(b.two) ? down(pairRatio(b.one, b.two)) : "–";
  const infoRow = `| ${files}, for information: 2 workers against 1 worker left on 2 cores (its V8 threads use the second) (${rounds(b.one)}) | ${info} × (${times(b.one)} with one, ${times(b.two)} with two) | information |`;
  if (!b.onePinned)
    return [
      ratioRow(
        `${files}: 2 cores ≥ 1.8 × the speed of 1 core — **not on 1 core: ${b.unpinnedWhy ?? "no confined run"}**; 1 worker left on 2 cores stands in, faster than one core, so the speed-up shown is smaller than one core's`,
        b.one,
        b.two,
        1.8,
        "≥",
        `${times(b.one)} with one worker, ${times(b.two)} with two`,
      ),
    ];
  return [
    ratioRow(
      `${files}: 2 cores ≥ 1.8 × the speed of 1 core (\`--jobs 1\` under \`taskset -c ${b.pinnedCore}\` against \`--jobs 2\`${b.twoCores ? ` under \`taskset -c ${b.twoCores}\`` : ""})`,
      b.onePinned,
      b.two,
      1.8,
      "≥",
      `${times(b.onePinned)} on one core, ${times(b.two)} on two`,
    ),
    infoRow,
    ...(b.halves ? [ceilingRow(files, b.onePinned, b.halves, b.two)] : []),
    ...(b.warmup ? [warmupRow(files, b.warmup)] : []),
  ];
}

/**
 * The most two workers split by files can gain on one, each warming its code up on its own half of the files: one
 * thread's time for all of them over its time for the first half, cold (per round; the median, rounded up as a bound).
 * Split by stage, as the command splits a batch of small files, neither warms up all of the code.
 */
function warmupRow(files: string, w: NonNullable<BatchRun["warmup"]>): string {
  const label = `${files}, the cost of warming up (for information): one thread on one core checks the first half of the files cold, then the second warm; two workers split by files each warm up on a half, so they are at most (first + second) / first × one; split by stage (what --jobs 2 does), each warms up only its half of the code`;
  const k = Math.min(w.firstHalfMs.length, w.secondHalfMs.length);
  if (w.error || k === 0) return `| ${label} | not measured: ${w.error ?? "no run"} | information |`;
  const bound = median(
    Array.from({ length: k }, (_, i) => (w.firstHalfMs[i] + w.secondHalfMs[i]) / w.firstHalfMs[i]),
  );
  return `| ${label} (median of ${count(k, "round")}) | at most ${up(bound)} × (first half ${s(median(w.firstHalfMs))} s, second ${s(median(w.secondHalfMs))} s) | information |`;
}

/** The machine's own ceiling for two cores on this work, and how much of it the batch's two workers reach. */
function ceilingRow(files: string, one: Runs, halves: Runs, two: Runs): string {
  const label = `${files}, the machine's ceiling (for information): 2 commands at once, each on half the files and a core of its own, against 1 core (${rounds(halves)})`;
  if (!measured(one) || !measured(halves) || !measured(two))
    return `| ${label} | not measured: ${times(halves)} | information |`;
  const ceiling = pairRatio(one, halves);
  const reached = pairRatio(one, two) / ceiling;
  return `| ${label} | ${down(ceiling)} × (${times(halves)} for both halves); the 2 workers reach ${pct(reached)} of it | information |`;
}

export function renderTargets(run: BenchRun): string[] {
  const at = (cadres: number) => run.sizes.find((x) => x.cadres === cadres);
  // A quick run has none of issue 15's sizes: its largest stands in, so every row is drawn.
  const largest = run.sizes.reduce<SizeRun | undefined>(
    (a, b) => (a && a.cadres > b.cadres ? a : b),
    undefined,
  );
  const coreAt = run.quick ? largest : at(100_000);
  const readAt = run.quick ? [largest] : [at(100_000), at(500_000)];
  const peakAt = run.quick ? largest : at(500_000);
  const lines = ["| Target | Measured | |", "|---|---|---|"];
  if (coreAt) {
    const c = coreAt.core;
    lines.push(
      `| Core: ${n(coreAt.cadres)} cadres in ≤ 0.5 s on one core (check + report; median of ${c.runs} in one process, V8 single-threaded) | ${up(c.totalMs / 1000)} s (check ${s(c.checkMs)} s, report ${s(c.reportMs)} s) | ${met(c.totalMs <= 500)} |`,
    );
  }
  for (const x of readAt) if (x) lines.push(...sizeTargets(x));
  if (peakAt && measured(peakAt.cli)) {
    const peak = Math.max(...peakAt.cli.rssMb);
    lines.push(
      `| ${n(peakAt.cadres)}-row file: the command's peak RSS ≤ 600 MB (largest of ${count(peakAt.cli.rssMb.length, "run")}) | ${up(peak, 0)} MB | ${met(peak <= 600)} |`,
    );
  }
  if (run.profile) {
    const gc = run.profile.gc * 100;
    lines.push(
      `| Garbage collection < 10 % of the ${n(run.profile.cadres / 1000)}k command's profile (${count(run.profile.runs, "run")} pooled) | ${up(gc, 1)} % | ${met(gc < 10)} |`,
    );
  }
  if (run.start) {
    const { version, node } = run.start;
    lines.push(
      ratioRow(
        "`canbo --version` ≤ 2 × `node -e 0`",
        version,
        node,
        2,
        "≤",
        `${times(version)} vs ${times(node)}`,
      ),
    );
  }
  if (run.batch) lines.push(...batchTargets(run.batch));
  if (run.excel) {
    const { read, write, limit } = run.excel;
    const largestRequest = Math.max(read.largest, write.largest);
    lines.push(
      `| Excel: every request < 4 MB | largest ${mb(largestRequest)} MB | ${met(largestRequest < limit)} |`,
      `| Excel: read ${n(run.excel.cadres / 1000)}k × 22 in ≤ ⌈bytes / 4 MB⌉ + 2 syncs | ${read.syncs} syncs for ${mb(read.bytes)} MB (allowed ${read.allowed}) | ${met(read.syncs <= read.allowed)} |`,
      `| Excel: write the report with ${n(run.excel.findings)} findings in ≤ ⌈bytes / 4 MB⌉ + 5 syncs | ${write.syncs} syncs for ${mb(write.bytes)} MB, ${write.sheets} sheets (allowed ${write.allowed}) | ${met(write.syncs <= write.allowed)} |`,
    );
  }
  if (run.hostile?.length) {
    const slowest = run.hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
    const heaviest = run.hostile.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
    lines.push(
      `| Every hostile file answered in ≤ 30 s and ≤ 1 GB | slowest ${up(slowest.ms / 1000)} s (${slowest.name}), largest ${up(heaviest.rssMb, 0)} MB (${heaviest.name}) | ${met(slowest.ms <= 30_000 && heaviest.rssMb <= 1024)} |`,
    );
  }
  if (run.bundle)
    lines.push(
      `| Task pane: JavaScript before the first render ≤ 300 KB gzipped | ${up(run.bundle.initialKb, 0)} KB | ${met(run.bundle.initialKb <= 300)} |`,
    );
  if (run.pageError)
    lines.push(
      `| Task pane in Chromium | not measured: ${run.pageError.replace(/\|/g, "\\|")} | **missed** |`,
    );
  if (run.page) {
    const p = run.page;
    const longest = Math.max(p.check.longestTaskMs, p.report.longestTaskMs, p.search.longestTaskMs);
    const paint = Math.max(p.firstPaintMs, p.firstPaintOfficeMs);
    lines.push(
      `| Task pane: first paint < 500 ms, without waiting for office.js | ${up(p.firstPaintMs, 0)} ms (inside Office, office.js late: ${up(p.firstPaintOfficeMs, 0)} ms) | ${met(paint < 500)} |`,
      `| Task pane: no task on the pane's thread over 100 ms while checking ${n(p.cadres)} cadres, searching and reporting | longest ${up(longest, 0)} ms | ${met(longest <= 100)} |`,
      `| Task pane: a search keystroke answered in < 100 ms (${n(p.findings)} findings) | ${up(p.search.answerMs, 0)} ms | ${met(p.search.answerMs < 100)} |`,
    );
  }
  return lines;
}

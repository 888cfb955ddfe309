import type { BenchRun } from "./benchRun";
import { measured, median, pairRatio, type Runs } from "./interleave";
import { BINS } from "./profileSplit";
import { renderTargets } from "./renderTargets";
import { count, mb, n, pct, s } from "./shown";

/** BENCHMARKS.md from one run of `npm run bench`: the figures, the targets they are held against, how to redo them. */

const time = (r: Runs) => (measured(r) ? s(median(r.ms)) : "failed");
const peak = (r: Runs) => (r.rssMb.length ? n(Math.max(...r.rssMb)) : "–");
const ratio = (a: Runs, b: Runs) => (measured(a) && measured(b) ? pairRatio(a, b).toFixed(2) : "–");

export function renderBenchmarks(run: BenchRun): string {
  const lines: string[] = [
    "# Benchmarks",
    "",
    ...(run.quick
      ? [
          "**A quick run** (`npm run bench -- --quick`): small sizes, one round, a small batch; its figures check that",
          "the bench works, not how fast canbo is. The targets are drawn for the largest size run.",
          "",
        ]
      : []),
    `Written by \`npm run bench\` on ${run.date} (commit ${run.commit}). Machine: ${run.machine}.`,
    `Load average (1 minute) of the host: ${run.load.start.toFixed(1)} when the run began, ${run.load.end.toFixed(1)} when it ended.`,
    "Synthetic rosters in the provincial layout (title block, two-row merged header, numbering row, section rows,",
    "22 columns, about 3 % planted mistakes; `scripts/bench/syntheticRoster.ts`). Times are wall clock. Processes",
    "compared with each other run interleaved in rounds, one of each per round (so a slow stretch of a shared host",
    "falls on all of a round alike): a time is the median over the rounds, and a ratio the median over rounds of the",
    "two times of the same round. The core is the median of 5 runs (one at 500k) in one process with V8",
    "`--single-threaded` (one core's work, no helper threads). Memory is the peak resident set of the process.",
    "",
    "## Targets",
    "",
    "Met or missed is decided on the unrounded figure; the figure shown is rounded against the target (up when it",
    "must stay under a bound, down when it must reach one).",
    "",
    ...renderTargets(run),
  ];

  lines.push(
    "",
    "## Rosters by size",
    "",
    "Core = read the grid + normalise + validate + duplicates + standards (check), then attainment, phụ lục,",
    "statistics and the report sheets as data (report), on the grids the reader made of the same .xlsx (read before the",
    "clock starts), in one process run with V8 `--single-threaded` (one core). CLI = `canbo check FILE --json --jobs 1` on the .xlsx: start, stream-read, check,",
    "print. Stream read = ExcelJS's WorkbookReader visiting every row (`scripts/bench/streamRead.cjs`), the floor for",
    "reading the file at all with the library; SheetJS = the `xlsx` package reading it into its dense model",
    "(`scripts/bench/sheetjsRead.cjs`), a peer. The limit: inflate = the sheets' parts inflated whole by zlib and",
    "nothing else; scan = inflated, then canbo's byte scanner over each part in one piece, building the same grids",
    "(`scripts/bench/limit.ts`). Every figure is a whole process; the readers run in this order each round: CLI,",
    "stream, SheetJS, inflate, scan. Peak MB is the largest of the rounds; load is the host's 1-minute load average",
    "around the rounds.",
    "",
    "| Cadres | File MB | Findings | Core s (check + report) | Core rows/s | Core heap MB | Rounds | Load | CLI s | CLI peak MB | Stream read s | Stream peak MB | SheetJS s | Inflate s | Scan s | CLI / stream | CLI / SheetJS | CLI / scan |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const x of run.sizes)
    lines.push(
      `| ${n(x.cadres)} | ${x.fileMb.toFixed(1)} | ${n(x.findings)} | ${s(x.core.totalMs)} (${s(x.core.checkMs)} + ${s(x.core.reportMs)}) | ${n(x.core.rowsPerSecond)} | ${n(x.core.heapMb)} | ${x.rounds} | ${x.load.toFixed(1)} | ${time(x.cli)} | ${peak(x.cli)} | ${time(x.stream)} | ${peak(x.stream)} | ${time(x.sheetjs)} | ${time(x.inflate)} | ${time(x.scan)} | ${ratio(x.cli, x.stream)} | ${ratio(x.cli, x.sheetjs)} | ${ratio(x.cli, x.scan)} |`,
    );

  if (run.profile)
    lines.push(
      "",
      `## Where the ${n(run.profile.cadres / 1000)}k command's time goes (${count(run.profile.runs, "run")}, ${s(run.profile.totalMs)} s sampled)`,
      "",
      "`node --cpu-prof` on `canbo check FILE --json --jobs 1`, run several times and the samples pooled (each bin's",
      "share of all the time sampled; one run's shares move by a few points). Each sample goes to the nearest frame on",
      "its stack that belongs to a bin, the bundle's frames told apart by their source file through its source map (a",
      "regular expression or native helper counts with its caller). Every garbage-collector sample is GC; every other sample",
      "before the command's own code first runs (its bundle's first frame outside module loading) is start-up",
      "(`scripts/bench/profileSplit.ts`). Idle is the main thread waiting while zlib inflates on its own threads.",
      "",
      `| ${BINS.join(" | ")} |`,
      `|${BINS.map(() => "---:").join("|")}|`,
      `| ${BINS.map((b) => pct(run.profile![b])).join(" | ")} |`,
    );
  if (run.batch) {
    const b = run.batch;
    lines.push(
      "",
      "## Batch",
      "",
      `${n(b.files)} files of ${b.cadresEach} cadres (\`canbo check FOLDER --json\`), ${count(b.two.ms.length, "round")}, one of each`,
      "per round in this order (medians; peak memory the largest of the rounds):",
      "",
      "| Run | s | Peak MB |",
      "|---|---:|---:|",
      ...(b.onePinned
        ? [
            `| \`--jobs 1\` on one core (\`taskset -c ${b.pinnedCore}\`) | ${time(b.onePinned)} | ${peak(b.onePinned)} |`,
          ]
        : []),
      `| \`--jobs 1\` on every core | ${time(b.one)} | ${peak(b.one)} |`,
      `| \`--jobs 2\`${b.twoCores ? ` (\`taskset -c ${b.twoCores}\`)` : ""} | ${time(b.two)} | ${peak(b.two)} |`,
      ...(b.halves
        ? [
            `| two \`--jobs 1\` at once, each on half the files and one core (the machine's ceiling) | ${time(b.halves)} | ${peak(b.halves)} |`,
          ]
        : []),
      ...(b.warmup && b.warmup.firstHalfMs.length > 0
        ? [
            `| the files one after another in one thread on one core, no command around it (\`scripts/bench/warmup.ts\`): first half, cold | ${s(median(b.warmup.firstHalfMs))} | |`,
            `| the same thread's second half, warm | ${s(median(b.warmup.secondHalfMs))} | |`,
          ]
        : []),
      "",
      b.onePinned
        ? "The issue's one core is the first run: one worker confined to one core. The second, one worker left on every"
        : `No run on one core: ${b.unpinnedWhy ?? "it could not be confined"}. The target above stands one worker left on every`,
      b.onePinned
        ? "core, is not one core's speed: the main thread and V8's collector and compiler threads work beside the worker."
        : "core in for it, which is not one core's speed: the main thread and V8's helper threads work beside the worker.",
    );
  }
  if (run.report?.length) {
    lines.push(
      "",
      "## The command's main job: a report (for information)",
      "",
      "`canbo report FILE --year 2019 --out bao-cao.xlsx --force`: read, check, the report's sheets, and the workbook",
      "written by ExcelJS (its module loaded only then), in rounds of one run each (medians; peak of the rounds). No",
      "target is set for it.",
      "",
      "| Cadres | Rounds | s | Peak MB |",
      "|---:|---:|---:|---:|",
      ...run.report.map(
        (r) => `| ${n(r.cadres)} | ${r.runs.ms.length} | ${time(r.runs)} | ${peak(r.runs)} |`,
      ),
    );
  }
  if (run.hostile?.length) {
    lines.push(
      "",
      "## Hostile and unlucky files",
      "",
      "`canbo check FILE --json --jobs 1` on every file of test/fixtures/bad/ and on the big hostile files the tests make",
      "at run time (`scripts/bench/hostile.ts`), with Node's default heap. `rac-500-trieu-byte.xlsx` is the slowest file",
      "the bounds let through to the end: every declared size honest (under the 512 MB budget, under 200:1), 500 million",
      "bytes of XML that hold nothing, all of which must be parsed.",
      "",
      "| File | Answer | Exit | s | Peak MB |",
      "|---|---|---:|---:|---:|",
      ...run.hostile.map(
        (h) => `| ${h.name} | ${h.answer.replace(/\|/g, "\\|")} | ${h.code} | ${s(h.ms)} | ${n(h.rssMb)} |`,
      ),
    );
  }
  if (run.excel) {
    const { read, write } = run.excel;
    lines.push(
      "",
      "## Excel adapter (counting fake of office.js)",
      "",
      "| Operation | Syncs | Payload MB | Largest request MB | Allowed syncs |",
      "|---|---:|---:|---:|---:|",
      `| Read ${n(run.excel.cadres)} cadres × 22 columns with fonts | ${read.syncs} | ${mb(read.bytes)} | ${mb(read.largest)} | ${read.allowed} |`,
      `| Write ${write.sheets} report sheets, ${n(run.excel.findings)} findings | ${write.syncs} | ${mb(write.bytes)} | ${mb(write.largest)} | ${write.allowed} |`,
      "",
      "Payload = JSON of what each request carries each way, as the fake measures it; Excel on the web refuses 5 MB.",
    );
  }
  if (run.bundle)
    lines.push(
      "",
      "## Task pane bundle (gzipped)",
      "",
      `Before the first render: ${run.bundle.initial.join(", ")} — ${run.bundle.initialKb.toFixed(0)} KB (office.js itself comes from Microsoft's CDN).`,
      `Loaded only when needed: ${run.bundle.lazy.map((l) => `${l.file} ${l.kb.toFixed(0)} KB`).join(", ")}.`,
    );

  if (run.page) {
    const p = run.page;
    lines.push(
      "",
      `## The task pane in Chromium (${n(p.cadres)} cadres, ${n(p.findings)} findings)`,
      "",
      "Headless Chromium, 360 px wide, the built page served locally; `scripts/bench/page.ts`. Times are taken in the",
      "page, from the click's event to the list in the page or the file handed to the browser to save; the check is",
      "the page's first, clicked as soon as the file and year are in (the engine's worker, started once the page is",
      "idle, may still be loading). Longest task = the longest task on the pane's thread (Long Tasks API: 50 ms or",
      "more; 0 when there was none). First progress = from the click to the progress bar. Load average of the host",
      `during the run: ${p.load.toFixed(1)} on ${run.cores} cores.`,
      "",
      "| | First progress ms | Total s | Longest task ms |",
      "|---|---:|---:|---:|",
      `| Kiểm tra (read in the worker, check, draw) | ${n(p.check.firstProgressMs)} | ${s(p.check.totalMs)} | ${n(p.check.longestTaskMs)} |`,
      `| Lập báo cáo (build and write the .xlsx in the worker, download) | ${n(p.report.firstProgressMs)} | ${s(p.report.totalMs)} | ${n(p.report.longestTaskMs)} |`,
      `| Typing "nguyen van" in the search box (slowest keystroke ${n(p.search.answerMs)} ms) | | | ${n(p.search.longestTaskMs)} |`,
      ...(run.pageSmall
        ? [
            `| Kiểm tra, an ordinary roster of ${n(run.pageSmall.cadres)} cadres | ${n(run.pageSmall.check.firstProgressMs)} | ${s(run.pageSmall.check.totalMs)} | ${n(run.pageSmall.check.longestTaskMs)} |`,
            `| Lập báo cáo, the same | ${n(run.pageSmall.report.firstProgressMs)} | ${s(run.pageSmall.report.totalMs)} | ${n(run.pageSmall.report.longestTaskMs)} |`,
          ]
        : []),
      "",
      `First paint: ${n(p.firstPaintMs)} ms in a browser; ${n(p.firstPaintOfficeMs)} ms inside Office with office.js arriving after 4 s.`,
    );
  }

  lines.push(
    "",
    "## What bounds these numbers",
    "",
    "- **The limit is inflating and scanning the sheet.** The scan column is canbo's own byte scanner over the inflated",
    "  parts with nothing else (zlib's one-shot inflate, whose copying of its output is a fifth of the pass); the command",
    "  adds start-up, streaming, the checks and the JSON (their shares: the profile split). The scanner is in both",
    "  passes, so a faster scanner lowers the limit by as much as the command and the ratio stays: reading plain cells and",
    "  shared strings in one pass took the 100k command from 0.88 to 0.75–0.81 s and the scan from 0.49 to 0.41–0.42 s",
    "  (runs C2, D1, D2), the ratio 1.85 before and 1.80–1.91 after. What the ratio weighs is the engine, its collections and",
    "  start-up.",
    "- **What is kept costs most: the sheet's cells and what is kept of each cadre.** Every one of them lives to the",
    "  end, and V8's young-generation collector copies such objects twice (to its survivor space, then to the old",
    "  generation). The cells are kept in typed arrays outside the heap (`src/workbook/bounds/cellStore.ts`: a kind and a",
    "  number per cell, texts by reference), so the read's collections are a few short scavenges; kept as an array per",
    "  row, the 100k roster's 22 MB of rows were about a third of the collector's work, and the command's GC share over 5",
    "  pooled profiles fell from 9.7–11.5 to 8.0–8.5 % when they went (500k peak 444 → 362 MB). An earlier try of typed arrays",
    "  gained nothing because the reader then made much more garbage of its own. A getter made per grid (for `values`,",
    "  made from the store only when something asks) gave each grid a hidden class of its own and slowed a batch of small",
    "  files by 10 %: one getter is shared by all. `canbo check` keeps no cadre: each is measured and looked for among",
    "  those before it as soon as it is read, and only the eight fields the duplicate search needs stay (about 10 ms of",
    "  the 100k command's collections; not keeping them at all, as an experiment, moved the GC share by one point). A",
    "  class instead of the cadre literal, a smaller literal, larger young generations and V8 tiering flags gained",
    "  nothing. The pane and a report keep their cadres: the report is made of them.",
    "- **The core's warm runs compile again.** Before each run the core bench collects the heap with V8's testing",
    "  collection, which drops the shapes of the previous run's objects made once a run (the sheet's cell reader, the",
    "  row classifier, the duplicate index, the report's sheet builder) and the optimised code built on them: each run",
    "  after the first compiles 43–55 functions again. Keeping one object of each such class alive across runs, as an",
    "  experiment, took the check from 506–547 to 423–439 ms; making them object literals did not keep their shapes.",
    "  The command runs the core once, cold, and compiles it anyway.",
    "- **Memory is the sheet's cells once (about 5 bytes a cell plus its texts) and what is kept of the cadres.** For",
    "  inputs over 16 MB the command",
    "  restarts itself, before loading the command's bundle, with a heap limit of 16 × the input (at least 1 GB, at",
    "  most ¾ of memory): with Node's default limit V8 lets garbage pile up.",
    "- **This host's speed varies from run to run** (the bare ExcelJS read of the same 8 MB file has taken 2.8–6.7 s",
    "  on different runs): every comparison is made between runs of the same round, and a ratio is the median of the",
    "  rounds' ratios, which is steadier than the times themselves.",
    "- **The core's figures are one core's.** Its process runs V8 `--single-threaded`, so the garbage collector and",
    "  the optimising compiler work on its own thread instead of borrowing the second core.",
    "- **A batch of small files** is per-file work (open, inflate, find the header, check) in workers started once:",
    "  with two, one reads the files and sends their cells down a pipe to the other (each sheet's one buffer moved,",
    "  not copied, and the shared strings once), which checks them; the main",
    "  thread joins outcomes and writes the JSON as they arrive. Its one-core",
    "  baseline is one worker confined to one core by `taskset`: left on two cores, one worker already has the second",
    "  for V8's collector and compiler threads and the main thread's joining, so 2 workers gain less on it.",
    "- **Each worker warms up on its own files.** A worker is a V8 isolate of its own, and its first files run while",
    "  V8 still compiles: one thread checks the first 50 files at 10–11 ms each and files after the 500th at about",
    "  1.4–1.6 ms. Two workers split by files, each warming up on half the files, are therefore at most (first half +",
    "  second half) / first half × one (the warming-up row of the targets: about 1.5 × here, however free the second",
    "  core), and two commands on half the files each (the ceiling row) are bound the same way. Split by stage, each",
    "  worker warms up only the code of its stage, which is why `--jobs 2` splits a batch of small files so. V8's",
    "  tiering flags (`--maglev`, lower `--interrupt-budget`) made the first 500 files slower, not faster. The header",
    "  search, which tries every top row and depth among the first 30 rows, was half of a warm file's work (1.42 ms of a",
    "  50-row file) until it read and folded each cell once, stopped matching paths with no header word and gave up",
    "  readings that cannot win after their first cells (0.25 ms); reading a 12 KB file through the thread pool cost",
    "  more than the read (six round trips; now blocking calls). Those cuts made the batch about a third faster on one",
    "  core and on two, and warming up a larger share of it: the less each file costs, the smaller two workers' gain.",
    "  Much of the warming up is V8's optimising compiler: over the 1,000 files one thread compiles about 240",
    "  functions in about 2.1 s of its compiler thread's time. Half its inlining budget",
    "  (`--max-inlined-bytecode-size-cumulative=300`) halves that and makes the batch 7–10 % faster on one core and on",
    "  two, but not the ratio (1.35 → 1.30 ×); the product sets no V8 tuning flag, whose effect would change with",
    "  every Node release.",
    ...pageBound(run),
    "- **Excel** round trips are the unit of cost there: reads go in chunks sized from the first 200 rows; a report's",
    "  sheets share their requests, which go out only when the next piece would pass 4 MB.",
    "",
    "## How to reproduce",
    "",
    "```",
    "npm ci",
    "npm run bench                        # all sizes; generated files are kept in bench-output/",
    "npm run bench -- --sizes 1000,10000  # some sizes only (every other part still runs)",
    "npm run bench -- --quick             # checks the bench itself in about a minute; writes bench-output/BENCHMARKS.quick.md",
    "```",
    "",
    "Each figure comes from a child process of its own, bundled with esbuild as the product is, so heap and peak",
    "memory are that measurement's alone. On a shared or throttled machine times vary by 10–30 % between runs.",
    "",
  );
  return lines.join("\n");
}

/**
 * What bounds the page, with this run's figures: written from the run, since a sentence of figures copied by hand
 * went stale when the host changed.
 */
function pageBound(run: BenchRun): string[] {
  const p = run.page;
  const cli = p && run.sizes.find((x) => x.cadres === p.cadres)?.cli;
  const against =
    p && cli && measured(cli)
      ? ` In this run the pane checked ${n(p.cadres)} cadres in ${s(p.check.totalMs)} s, from the click to the list drawn, against ${s(median(cli.ms))} s for the command from its start to the printed JSON.`
      : "";
  return wrap(
    "- **The page reads as the command does, in its worker.** The same byte scanner reads the sheet; Chromium's " +
      "DecompressionStream inflates on the worker's own thread (about 100 ms for the 100k roster's sheet and shared " +
      "strings) and hands over a piece every 16 KB or so: joining tokens cut across pieces in one reused buffer, not a " +
      "new one a piece, took a fifth off the worker's read." +
      against +
      " An ordinary roster's first check is mostly the worker's start-up and cold code: the worker starts as soon as " +
      "the page is idle, not at the first click (about 550 → 400 ms for 1,000 rows).",
  );
}

/** A bullet's text in lines of at most 116 characters, the lines after the first indented under it. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > 116) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

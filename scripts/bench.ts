/**
 * `npm run bench`: measures canbo on synthetic rosters in the realistic layout and writes BENCHMARKS.md.
 *
 *   npm run bench                       # 1k, 10k, 100k and 500k cadres, batch of 1,000 files on one core and on
 *                                       # two, start-up, hostile files, Excel adapter, bundle, and the task pane
 *                                       # in Chromium on 100k
 *   npm run bench -- --sizes 1000,10000 # some sizes only (every other part still runs)
 *   npm run bench -- --quick            # the bench checked in about a minute: 1k and 10k, one round, a batch of
 *                                       # 40 files, the small hostile files, no bundle or page; writes
 *                                       # bench-output/BENCHMARKS.quick.md, never BENCHMARKS.md
 *
 * Every measurement runs in a child process of its own (so heap and peak memory are its own), built the way the
 * product is built (esbuild bundles, no TypeScript runtime in the timed code). Measurements compared with each
 * other run interleaved in rounds (scripts/bench/interleave.ts). Generated files are cached in bench-output/
 * between runs. Nothing here is a test: no figure is asserted, they are recorded.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { BenchRun, SizeRun } from "./bench/benchRun";
import { bundleSizes } from "./bench/bundleSizes";
import { child, type ChildOptions } from "./bench/child";
import { allowedCores, TASKSET } from "./bench/cpuAffinity";
import { hostileFiles } from "./bench/hostile";
import { BATCH_CADRES, BATCH_FILES, batchFolder, rosterFile } from "./bench/inputs";
import { interleave } from "./bench/interleave";
import { profileSplits } from "./bench/profileSplit";
import { renderBenchmarks } from "./bench/renderBenchmarks";

const root = path.dirname(__dirname);
const out = path.join(root, "bench-output");
const bundles = path.join(root, "build", "bench");
const cli = path.join(root, "bin", "canbo.js");
const CHECK = ["--year", "2019", "--json"];
/** Profiles of the 100k command pooled for its time split (profileSplit.ts says why more than one). */
const PROFILE_RUNS = 5;

/** Only `canbo check` and `canbo report` may exit 1 (mistakes found); every other child must exit 0 (child.ts's default). */
const findings: ChildOptions = { accept: [0, 1] };
const run = (args: string[], options?: ChildOptions) => child(root, out, args, options);
const load = () => os.loadavg()[0];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes("--quick");

async function bundle(name: string): Promise<string> {
  const outfile = path.join(bundles, `${name}.js`);
  await build({
    entryPoints: [path.join(__dirname, "bench", `${name}.ts`)],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}

interface Tools {
  core: string;
  limit: string;
}

/** One roster size: the core on one core, then the command and its yardsticks interleaved in rounds. */
async function measureSize(cadres: number, tools: Tools): Promise<SizeRun> {
  const file = await rosterFile(out, cadres);
  const core = JSON.parse(
    run(["--single-threaded", "--expose-gc", tools.core, file, String(cadres <= 100_000 ? 5 : 1)]).stdout,
  );
  // Odd counts, so a median is a round's own figure; this host's speed drifts by ±20 % within minutes, and ratios
  // near their bound flipped between runs at 3 and 2 rounds.
  const rounds = quick || cadres < 100_000 ? 1 : cadres <= 100_000 ? 5 : 3;
  const before = load();
  const runs = interleave(
    {
      cli: () => run([cli, "check", file, ...CHECK, "--jobs", "1"], findings),
      stream: () => run([path.join(__dirname, "bench", "streamRead.cjs"), file]),
      sheetjs: () => run([path.join(__dirname, "bench", "sheetjsRead.cjs"), file]),
      inflate: () => run([tools.limit, "inflate", file]),
      scan: () => run([tools.limit, "scan", file]),
    },
    rounds,
  );
  return {
    cadres,
    fileMb: readFileSync(file).length / 2 ** 20,
    findings: core.findings,
    rounds,
    load: (before + load()) / 2,
    ...runs,
    core: {
      runs: core.runs,
      checkMs: core.checkMs,
      reportMs: core.reportMs,
      totalMs: core.totalMs,
      rowsPerSecond: core.rowsPerSecond,
      heapMb: core.heapMb,
    },
  };
}

/**
 * The batch on one core against two: `--jobs 1` confined to one core, `--jobs 1` on every core (for information) and
 * `--jobs 2` on two cores, one of each per round, with the machine's ceiling (two halves at once) and what warming up
 * costs one thread (scripts/bench/warmup.ts). Without taskset there is no confined run, and BENCHMARKS.md says so.
 */
async function measureBatch(warmupTool: string): Promise<BenchRun["batch"]> {
  const files = quick ? 40 : BATCH_FILES;
  const folder = await batchFolder(out, files);
  const batch = (jobs: string, cores?: string) => () =>
    run([cli, "check", folder, ...CHECK, "--jobs", jobs], { ...findings, cores });
  const allowed = allowedCores();
  const cores = "cores" in allowed ? allowed.cores : [];
  const pinnedCore = cores.length >= 2 ? String(cores[0]) : undefined;
  // Two cores are the machine's own when it has two; on a larger one, its first two.
  const twoCores = cores.length > 2 ? cores.slice(0, 2).join(",") : undefined;
  const unpinnedWhy =
    "why" in allowed ? allowed.why : pinnedCore ? undefined : `only ${cores.length} core allowed to this run`;
  if (unpinnedWhy) process.stderr.write(`  no batch on one core: ${unpinnedWhy}\n`);
  const rounds = quick ? 1 : 3;
  const measuredBatch = { files, cadresEach: BATCH_CADRES, pinnedCore, unpinnedWhy, twoCores };
  if (!pinnedCore)
    return { ...measuredBatch, ...interleave({ one: batch("1"), two: batch("2", twoCores) }, rounds) };
  const firstHalfMs: number[] = [];
  const secondHalfMs: number[] = [];
  const { warmup, ...runs } = interleave(
    {
      onePinned: batch("1", pinnedCore),
      one: batch("1"),
      two: batch("2", twoCores),
      halves: halves(folder, cores.slice(0, 2)),
      warmup: () => {
        const r = run([warmupTool, folder], { cores: pinnedCore });
        const times = JSON.parse(r.stdout) as { firstHalfMs: number; secondHalfMs: number };
        firstHalfMs.push(times.firstHalfMs);
        secondHalfMs.push(times.secondHalfMs);
        return r;
      },
    },
    rounds,
  );
  return { ...measuredBatch, ...runs, warmup: { firstHalfMs, secondHalfMs, error: warmup.error } };
}

/**
 * The most two cores give this work on this machine: two `--jobs 1` commands at once, each on every other file of
 * the folder and confined to a core of its own, with nothing shared or joined between them. Two cores that each
 * compute alone at full speed still share a cache and the memory bus: work that allocates and collects as much as
 * reading a workbook does slows down when both run (on the 2-vCPU VM of issue 15, an arithmetic loop ran 2.0 × on
 * two cores, a loop over a 64 MB array 1.5 ×).
 */
function halves(folder: string, cores: number[]): () => { ms: number; rssMb: number } {
  const files = readdirSync(folder)
    .sort()
    .map((f) => path.join(folder, f));
  const commands = cores.map((core, i) => [
    TASKSET,
    "-c",
    String(core),
    process.execPath,
    cli,
    "check",
    ...files.filter((_, k) => k % cores.length === i),
    ...CHECK,
    "--jobs",
    "1",
  ]);
  return () => run([path.join(__dirname, "bench", "atOnce.cjs"), JSON.stringify(commands)], findings);
}

function hostile(): BenchRun["hostile"] {
  return hostileFiles(root, out, !quick).map((file) => {
    const r = run([cli, "check", file.path, ...CHECK, "--jobs", "1"], { accept: [0, 1, 2] });
    const doc = JSON.parse(r.stdout) as {
      files: { error?: { message: string } }[];
      summary: { cadres: number };
    };
    const answer = doc.files[0]?.error?.message ?? `read: ${doc.summary.cadres} cadres`;
    return { name: file.name, answer, code: r.code, ms: r.ms, rssMb: r.rssMb };
  });
}

async function main(): Promise<void> {
  const sizes = (option("sizes") ?? (quick ? "1000,10000" : "1000,10000,100000,500000"))
    .split(",")
    .map(Number);
  // The command's profile at 100k; a quick run takes it at its largest size.
  const profileAt = quick ? Math.max(...sizes) : 100_000;
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [path.join(__dirname, "build-cli.mjs")], { stdio: "inherit" });
  const tools: Tools = { core: await bundle("core"), limit: await bundle("limit") };
  const excel = await bundle("excel");
  const bench: BenchRun = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
    cores: os.availableParallelism(),
    quick,
    load: { start: load(), end: 0 },
    sizes: [],
  };

  for (const cadres of sizes) {
    process.stderr.write(`${cadres} cadres\n`);
    bench.sizes.push(await measureSize(cadres, tools));
    if (cadres === profileAt) {
      process.stderr.write("  CPU profiles of the command\n");
      bench.profile = {
        ...profileSplits(root, await rosterFile(out, cadres), quick ? 1 : PROFILE_RUNS),
        cadres,
      };
    }
  }

  process.stderr.write("start\n");
  bench.start = interleave(
    { version: () => run([cli, "--version"]), node: () => run(["-e", "0"]) },
    quick ? 3 : 9,
  );

  process.stderr.write("report\n");
  bench.report = [];
  for (const cadres of quick ? [1_000] : [1_000, 100_000]) {
    const file = await rosterFile(out, cadres);
    const report = [
      "report",
      file,
      "--year",
      "2019",
      "--out",
      path.join(out, `bao-cao-${cadres}.xlsx`),
      "--force",
    ];
    // It exits 1 when the roster has errors, as the check does.
    const runs = interleave({ report: () => run([cli, ...report], findings) }, quick ? 1 : 3);
    bench.report.push({ cadres, runs: runs.report });
  }

  process.stderr.write("batch\n");
  bench.batch = await measureBatch(await bundle("warmup"));

  process.stderr.write("hostile files\n");
  bench.hostile = hostile();

  process.stderr.write("excel adapter\n");
  bench.excel = JSON.parse(run([excel, quick ? "10000" : "100000"]).stdout);
  // The task pane's bundle takes a production webpack build: not in a quick run.
  if (!quick) bench.bundle = bundleSizes(root);

  if (!quick && sizes.includes(100_000)) {
    process.stderr.write("task pane in Chromium\n");
    const before = load();
    // A page that cannot be measured is said in BENCHMARKS.md, and every other figure of the run is still written.
    try {
      const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
      const page = JSON.parse(
        run([tsx, path.join(__dirname, "bench", "page.ts"), await rosterFile(out, 100_000)]).stdout,
      );
      bench.page = { ...page, cadres: 100_000, load: (before + load()) / 2 };
      const small = JSON.parse(
        run([tsx, path.join(__dirname, "bench", "page.ts"), await rosterFile(out, 1_000)]).stdout,
      );
      bench.pageSmall = { ...small, cadres: 1_000, load: load() };
    } catch (e) {
      bench.pageError = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    }
  }

  bench.load.end = load();
  const markdown = renderBenchmarks(bench);
  writeFileSync(quick ? path.join(out, "BENCHMARKS.quick.md") : path.join(root, "BENCHMARKS.md"), markdown);
  process.stdout.write(markdown);
}

void main();

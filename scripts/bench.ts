/**
 * `npm run bench`: measures canbo on synthetic rosters in the realistic layout and writes BENCHMARKS.md.
 *
 *   npm run bench                       # 1k, 10k, 100k and 500k cadres, batch of 1,000 files, Excel adapter, bundle,
 *                                       # and the task pane in Chromium on the 100k roster
 *   npm run bench -- --sizes 1000,10000 # a quick run
 *
 * Every measurement runs in a child process of its own (so heap and peak memory are its own), built the way the
 * product is built (esbuild bundles, no TypeScript runtime in the timed code). Generated files are cached in
 * bench-output/ between runs. Nothing here is a test: no figure is asserted, they are recorded.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { hostileFiles } from "./bench/hostile";
import { profileSplit } from "./bench/profileSplit";
import { renderBenchmarks, type BenchRun } from "./bench/renderBenchmarks";
import { syntheticGrid, writeGridXlsx } from "./bench/syntheticRoster";

const root = path.dirname(__dirname);
const out = path.join(root, "bench-output");
const bundles = path.join(root, "build", "bench");
const BATCH_FILES = 1_000;
const BATCH_CADRES = 50;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

interface Run {
  stdout: string;
  code: number;
  ms: number;
  rssMb: number;
}

/** The middle value (of an even count, the mean of the two middle ones). */
function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a node child; returns its stdout, exit code, wall milliseconds and peak RSS in MB. */
function child(args: string[], accept = [0, 1]): Run {
  const rssFile = path.join(out, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--require", path.join(__dirname, "bench", "peakRss.cjs"), ...args],
    {
      cwd: root,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      encoding: "utf8",
      maxBuffer: 1 << 30,
    },
  );
  const ms = performance.now() - t0;
  if (r.status === null || !accept.includes(r.status))
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, code: r.status, ms, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

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

async function rosterFile(cadres: number): Promise<string> {
  const file = path.join(out, `roster-${cadres}.xlsx`);
  if (!existsSync(file)) {
    process.stderr.write(`  writing ${path.relative(root, file)}…\n`);
    await writeGridXlsx(syntheticGrid(cadres), file);
  }
  return file;
}

async function batchFolder(): Promise<string> {
  const dir = path.join(out, `batch-${BATCH_FILES}x${BATCH_CADRES}`);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length < BATCH_FILES) {
    process.stderr.write(`  writing ${BATCH_FILES} files of ${BATCH_CADRES} cadres…\n`);
    for (let i = 0; i < BATCH_FILES; i++) {
      // Each file its own seed, so the batch holds different people.
      const grid = syntheticGrid(BATCH_CADRES, 2019, 7_919 * (i + 1));
      await writeGridXlsx(grid, path.join(dir, `don-vi-${String(i + 1).padStart(4, "0")}.xlsx`));
    }
  }
  return dir;
}

function bundleSizes(): BenchRun["bundle"] {
  const dist = path.join(root, "dist");
  // Always rebuilt: a dist/ left from older sources would measure the wrong page.
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length;
  const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  return {
    initialKb: initial.reduce((n, f) => n + gz(f), 0) / 1024,
    initial,
    lazy: lazy.map((f) => ({ file: f, kb: gz(f) / 1024 })),
  };
}

async function main(): Promise<void> {
  const sizes = (option("sizes") ?? "1000,10000,100000,500000").split(",").map(Number);
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [path.join(__dirname, "build-cli.mjs")], { stdio: "inherit" });
  const core = await bundle("core");
  const excel = await bundle("excel");
  const limit = await bundle("limit");
  const cli = path.join(root, "bin", "canbo.js");
  const run: BenchRun = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
    sizes: [],
  };

  for (const cadres of sizes) {
    process.stderr.write(`${cadres} cadres\n`);
    const file = await rosterFile(cadres);
    const c = JSON.parse(
      child(["--single-threaded", "--expose-gc", core, String(cadres), String(cadres <= 100_000 ? 5 : 1)])
        .stdout,
    );
    // The readers of the file side by side, interleaved run by run so a slow moment of the host hits them alike;
    // each figure is the median of its runs.
    const rounds = cadres < 100_000 ? 1 : cadres <= 100_000 ? 3 : 2;
    const readers = {
      cli: [cli, "check", file, "--year", "2019", "--json", "--jobs", "1"],
      stream: [path.join(__dirname, "bench", "streamRead.cjs"), file],
      sheetjs: [path.join(__dirname, "bench", "sheetjsRead.cjs"), file],
      inflate: [limit, "inflate", file],
      scan: [limit, "scan", file],
    };
    const runs = Object.fromEntries(Object.keys(readers).map((k) => [k, [] as Run[]])) as Record<
      keyof typeof readers,
      Run[]
    >;
    for (let i = 0; i < rounds; i++)
      for (const [k, args] of Object.entries(readers)) runs[k as keyof typeof readers].push(child(args));
    const ms = (k: keyof typeof readers) => median(runs[k].map((r) => r.ms));
    const rss = (k: keyof typeof readers) => median(runs[k].map((r) => r.rssMb));
    run.sizes.push({
      cadres,
      fileMb: readFileSync(file).length / 2 ** 20,
      findings: c.findings,
      coreMs: c.totalMs,
      coreCheckMs: c.checkMs,
      coreReportMs: c.reportMs,
      rowsPerSecond: c.rowsPerSecond,
      heapMb: c.heapMb,
      rounds,
      cliMs: ms("cli"),
      cliRssMb: Math.max(...runs.cli.map((r) => r.rssMb)),
      streamMs: ms("stream"),
      streamRssMb: rss("stream"),
      sheetjsMs: ms("sheetjs"),
      inflateMs: ms("inflate"),
      scanMs: ms("scan"),
    });
    if (cadres === 100_000) run.profile = profileSplit(root, file);
  }

  process.stderr.write("start\n");
  const times = (args: string[]) => Array.from({ length: 9 }, () => child(args).ms);
  run.start = { versionMs: median(times([cli, "--version"])), nodeMs: median(times(["-e", "0"])) };

  process.stderr.write("batch\n");
  const folder = await batchFolder();
  const serial = child([cli, "check", folder, "--year", "2019", "--json", "--jobs", "1"]);
  const parallel = child([cli, "check", folder, "--year", "2019", "--json"]);
  run.batch = {
    files: BATCH_FILES,
    cadresEach: BATCH_CADRES,
    oneMs: serial.ms,
    allMs: parallel.ms,
    cores: os.availableParallelism(),
    allRssMb: parallel.rssMb,
  };

  process.stderr.write("hostile files\n");
  run.hostile = [];
  for (const file of hostileFiles(root, out)) {
    const r = child([cli, "check", file.path, "--year", "2019", "--json", "--jobs", "1"], [0, 1, 2]);
    const doc = JSON.parse(r.stdout) as {
      files: { error?: { message: string } }[];
      summary: { cadres: number };
    };
    const answer = doc.files[0]?.error?.message ?? `read: ${doc.summary.cadres} cadres`;
    run.hostile.push({ name: file.name, answer, code: r.code, ms: r.ms, rssMb: r.rssMb });
  }

  process.stderr.write("excel adapter\n");
  run.excel = JSON.parse(child([excel, "100000"]).stdout);
  run.bundle = bundleSizes();

  if (sizes.includes(100_000)) {
    process.stderr.write("task pane in Chromium\n");
    const load = os.loadavg()[0];
    // A page that cannot be measured is said in BENCHMARKS.md, and every other figure of the run is still written.
    try {
      const page = JSON.parse(
        child([
          path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
          path.join(__dirname, "bench", "page.ts"),
          await rosterFile(100_000),
        ]).stdout,
      );
      run.page = { ...page, cadres: 100_000, load: (load + os.loadavg()[0]) / 2 };
    } catch (e) {
      run.pageError = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    }
  }

  const markdown = renderBenchmarks(run);
  writeFileSync(path.join(root, "BENCHMARKS.md"), markdown);
  process.stdout.write(markdown);
}

void main();

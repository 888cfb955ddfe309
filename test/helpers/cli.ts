import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
let built = false;

/** Builds the bundled command once per test file, so CLI tests never run a stale bundle. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the command (SIGABRT when V8 ran out of heap, SIGTERM when the guard below killed it). */
  signal: NodeJS.Signals | null;
  /** Peak resident memory of the command in MB, with `measureRss`. */
  peakRssMb?: number;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, e.g. a small --max-old-space-size that a file must be read within. */
  nodeArgs?: string[];
  /**
   * Kills a command that has not ended by then: a guard so a hang fails the test instead of stalling the suite,
   * not a measure of speed (that is `npm run bench`).
   */
  killAfterMs?: number;
  /** Runs the command as another user (only possible when the tests run as root). */
  uid?: number;
  measureRss?: boolean;
}

/** Runs `canbo …` as a user would (through bin/canbo.js) and returns its exit code and output. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  buildCli();
  const rssDir = options.measureRss ? mkdtempSync(path.join(os.tmpdir(), "canbo-rss-")) : undefined;
  const rssFile = rssDir && path.join(rssDir, "rss");
  const preload = rssFile ? ["--require", path.join(root, "scripts", "bench", "peakRss.cjs")] : [];
  const r = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), ...preload, path.join(root, "bin", "canbo.js"), ...args],
    {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env, ...(rssFile ? { BENCH_RSS_FILE: rssFile } : {}) },
      encoding: "utf8",
      timeout: options.killAfterMs,
      maxBuffer: 1 << 28,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    },
  );
  const run: CliRun = { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
  if (rssDir && rssFile) {
    try {
      run.peakRssMb = Number(readFileSync(rssFile, "utf8")) / 1024;
    } catch {
      // no record: the command was killed before it could write one
    }
    rmSync(rssDir, { recursive: true, force: true });
  }
  return run;
}

/**
 * Where the command's time goes: `canbo check FILE --json --jobs 1` run once under `--cpu-prof`, and each sampled
 * millisecond put in one bin: start-up (Node's bootstrap, the launcher, loading and compiling the command), inflate
 * (Node's zlib), parse (the byte scanner and zip reader, src/workbook), engine (src/core and src/app), garbage
 * collection, output (src/cli: the command writing its JSON), idle (the thread waiting, e.g. on zlib's worker
 * threads) and other.
 *
 * Each sample goes to the bin of the nearest frame on its stack, from the running function down to the root, that
 * belongs to one (a regular expression or a native helper counts where its caller does); the bundle's frames are
 * told apart by the source file build/cli.js.map gives for them. Two rules come first: every garbage-collector
 * sample is GC, wherever it falls; and every other sample before the command's own code first runs is start-up.
 * The command's code runs from the first sample that holds a frame of its bundle from src/cli/ (its main, when the
 * sampler catches it) or any frame of its bundle outside module loading: after main's first await, the reader's
 * continuations hold no main, and the sampler often misses main's short synchronous part.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";

export const BINS = ["start-up", "inflate", "parse", "engine", "gc", "output", "idle", "other"] as const;
export type Bin = (typeof BINS)[number];
/** The share of each bin (0–1) and the sampled total. */
export type ProfileSplit = Record<Bin, number> & { totalMs: number };

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The parts of a .cpuprofile file this reads. Times are in microseconds. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The source file of a frame of the command's bundle (`…/src/core/x.ts`), or undefined for any other frame. */
export type SourceOf = (frame: CallFrame) => string | undefined;

/**
 * Runs the command under the profiler `runs` times and pools their samples: each bin's share of all the time sampled.
 * One profile's shares move by a few points from run to run on a shared host (GC 7.6–11.7 % in six runs of one
 * build), as much as a target's margin; pooled, they are the shares of all the runs' time.
 */
export function profileSplits(root: string, file: string, runs: number): ProfileSplit & { runs: number } {
  const splits = Array.from({ length: runs }, () => profileSplit(root, file));
  return { ...poolSplits(splits), runs };
}

/** Shares of the time of all the splits together: each split's share weighed by the time it sampled. */
export function poolSplits(splits: readonly ProfileSplit[]): ProfileSplit {
  const totalMs = splits.reduce((t, s) => t + s.totalMs, 0);
  const shares = {} as Record<Bin, number>;
  for (const b of BINS) shares[b] = totalMs ? splits.reduce((t, s) => t + s[b] * s.totalMs, 0) / totalMs : 0;
  return { ...shares, totalMs };
}

/** Runs the command under the profiler and splits the profile of the process that ran it. */
export function profileSplit(root: string, file: string): ProfileSplit {
  const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-prof-"));
  try {
    const cli = path.join(root, "bin", "canbo.js");
    const r = spawnSync(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", dir, cli, "check", file, "--year", "2019", "--json", "--jobs", "1"],
      { cwd: root, stdio: "ignore" },
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(`profiled check exited ${r.status ?? r.signal}`);
    // The launcher and, for large inputs, the process it restarts each write one; the command's is the largest.
    const largest = readdirSync(dir)
      .map((f) => path.join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    const map = new SourceMap(JSON.parse(readFileSync(path.join(root, "build", "cli.js.map"), "utf8")));
    const sourceOf: SourceOf = (frame) => {
      if (!isCommand(frame)) return undefined;
      const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
      return "originalSource" in entry ? entry.originalSource : "";
    };
    return splitProfile(JSON.parse(readFileSync(largest, "utf8")) as CpuProfile, sourceOf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A frame of the command's bundle. */
export const isCommand = (frame: CallFrame) => frame.url.endsWith("/build/cli.js");

const isModuleLoading = (frame: CallFrame) =>
  frame.url.startsWith("node:internal/modules") ||
  frame.functionName === "compileForInternalLoader" ||
  frame.functionName === "compileFunction" ||
  frame.functionName === "wrapSafe";

/** The bin a frame belongs to by itself, or undefined when it takes its caller's. */
export function binOf(frame: CallFrame, source: string | undefined): Bin | undefined {
  const { functionName: name, url } = frame;
  if (name === "(garbage collector)") return "gc";
  if (name === "(idle)") return "idle";
  if (url === "node:zlib" || url.includes("internal/streams") || name.startsWith("zlib")) return "inflate";
  // A module loaded late, after the command began, is start-up work all the same.
  if (isModuleLoading(frame)) return "start-up";
  if (source === undefined) return undefined;
  if (source.includes("/src/workbook/inflateNode")) return "inflate";
  if (source.includes("/src/workbook/")) return "parse";
  if (source.includes("/src/core/") || source.includes("/src/app/")) return "engine";
  if (source.includes("/src/cli/")) return "output";
  return undefined;
}

interface Own {
  bin?: Bin;
  /** A frame of the command's bundle; `main` when its source is in src/cli/. */
  command: boolean;
  main: boolean;
  loading: boolean;
}

/** True when a sample's stack shows the command's own code running. */
const commandRuns = (frames: Own[]) =>
  frames.some((f) => f.main) || (frames.some((f) => f.command) && !frames.some((f) => f.loading));

/** Splits one profile; `sourceOf` maps the command's frames to their source files. */
export function splitProfile(profile: CpuProfile, sourceOf: SourceOf): ProfileSplit {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const own = new Map<number, Own>();
  for (const node of profile.nodes) {
    const source = sourceOf(node.callFrame);
    const command = source !== undefined;
    own.set(node.id, {
      bin: binOf(node.callFrame, source),
      command,
      main: command && source.includes("/src/cli/"),
      loading: isModuleLoading(node.callFrame),
    });
  }
  const stack = (id: number) => {
    const frames: Own[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(own.get(at)!);
    return frames;
  };

  const totals = Object.fromEntries(BINS.map((b) => [b, 0])) as Record<Bin, number>;
  let total = 0;
  let begun = false;
  // timeDeltas[i] is the gap before sample i: a sample lasts until the next is taken, the last until the end.
  let at = profile.startTime;
  const times = profile.samples.map((_, i) => (at += profile.timeDeltas[i] ?? 0));
  profile.samples.forEach((id, i) => {
    const us = (i + 1 < times.length ? times[i + 1] : profile.endTime) - times[i];
    const frames = stack(id);
    begun ||= commandRuns(frames);
    const nearest = frames.find((f) => f.bin)?.bin;
    totals[nearest === "gc" ? "gc" : !begun ? "start-up" : (nearest ?? "other")] += us;
    total += us;
  });
  const shares = {} as Record<Bin, number>;
  for (const b of BINS) shares[b] = total ? totals[b] / total : 0;
  return { ...shares, totalMs: total / 1000 };
}

/**
 * Where the command's time goes: `canbo check FILE --json --jobs 1` run once under `--cpu-prof`, and each sampled
 * millisecond put in one bin by the source file of the function it was spent in (through the bundle's source map):
 * start-up (Node loading and compiling the command), inflate (Node's zlib), parse (the byte scanner and zip reader,
 * src/workbook), engine (src/core and src/app), garbage collection, output (the command writing its JSON), idle
 * (the thread waiting, e.g. on zlib's worker threads) and other.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";

export const BINS = ["start-up", "inflate", "parse", "engine", "gc", "output", "idle", "other"] as const;
export type Bin = (typeof BINS)[number];
export type ProfileSplit = Record<Bin, number> & { totalMs: number };

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs the command under the profiler and returns the share of each bin (0–1) and the sampled total. */
export function profileSplit(root: string, file: string): ProfileSplit {
  const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-prof-"));
  try {
    const cli = path.join(root, "bin", "canbo.js");
    spawnSync(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", dir, cli, "check", file, "--year", "2019", "--json", "--jobs", "1"],
      { cwd: root, stdio: "ignore" },
    );
    // The launcher and, for large inputs, the process it restarts each write one; the command's is the largest.
    const largest = readdirSync(dir)
      .map((f) => path.join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    const map = new SourceMap(JSON.parse(readFileSync(path.join(root, "build", "cli.js.map"), "utf8")));
    return split(JSON.parse(readFileSync(largest, "utf8")) as CpuProfile, map);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function split(profile: CpuProfile, map: SourceMap): ProfileSplit {
  // Nodes come parents first. A frame of no known source (a regular expression, a native helper) counts where its
  // caller does: the normalising regex is the engine's time.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const binOf = new Map<number, Bin>();
  for (const node of profile.nodes) {
    const own = bin(node.callFrame, map);
    const up = parent.has(node.id) ? binOf.get(parent.get(node.id)!) : undefined;
    binOf.set(node.id, own === "other" && up !== undefined ? up : own);
  }
  const totals = Object.fromEntries(BINS.map((b) => [b, 0])) as Record<Bin, number>;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    totals[binOf.get(id) ?? "other"] += us;
    total += us;
  });
  const shares = Object.fromEntries(BINS.map((b) => [b, totals[b] / total])) as Record<Bin, number>;
  return { ...shares, totalMs: total / 1000 };
}

function bin(frame: CpuProfile["nodes"][number]["callFrame"], map: SourceMap): Bin {
  const { functionName: name, url } = frame;
  if (name === "(garbage collector)") return "gc";
  if (name === "(idle)") return "idle";
  if (url === "node:zlib" || url.includes("internal/streams") || name.startsWith("zlib")) return "inflate";
  if (url.startsWith("node:internal/modules") || name === "compileForInternalLoader" || name === "wrapSafe")
    return "start-up";
  if (!url.endsWith("/build/cli.js")) return "other";
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
  const source = "originalSource" in entry ? entry.originalSource : "";
  if (source.includes("/src/workbook/inflateNode")) return "inflate";
  if (source.includes("/src/workbook/")) return "parse";
  if (source.includes("/src/core/") || source.includes("/src/app/")) return "engine";
  if (source.includes("/src/cli/")) return "output";
  return "other";
}

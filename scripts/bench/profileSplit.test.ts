import {
  BINS,
  poolSplits,
  splitProfile,
  type Bin,
  type CallFrame,
  type CpuProfile,
  type ProfileSplit,
} from "./profileSplit";

const CLI = "file:///canbo/build/cli.js";

/** Frames by name; a bundle frame's source stands in for what build/cli.js.map would say. */
const FRAMES: Record<string, { url: string; source?: string }> = {
  "(root)": { url: "" },
  "(program)": { url: "" },
  "(garbage collector)": { url: "" },
  run: { url: CLI, source: "/canbo/src/cli/main.ts" },
  readSheetBytes: { url: CLI, source: "/canbo/src/workbook/stream/readSheetBytes.ts" },
  push: { url: "" },
  processCallback: { url: "node:zlib" },
  processTicksAndRejections: { url: "node:internal/process/task_queues" },
  checkStandards: { url: CLI, source: "/canbo/src/core/standards/checkStandards.ts" },
  decode: { url: "node:internal/encoding" },
  "Module._load": { url: "node:internal/modules/cjs/loader" },
  headerWords: { url: CLI, source: "/canbo/src/core/roster/headerWords.ts" },
  writeJson: { url: CLI, source: "/canbo/src/cli/writeJson.ts" },
};

/** A profile from a tree of frame names (id = position + 1) and samples of [frame id, milliseconds]. */
function profile(tree: [string, number[]][], samples: [number, number][]): CpuProfile {
  const nodes = tree.map(([name, children], i) => ({
    id: i + 1,
    callFrame: { functionName: name, url: FRAMES[name].url, lineNumber: 0, columnNumber: 0 },
    children,
  }));
  // Each sample lasts until the next one is taken; the last until the profile ends.
  const timeDeltas = samples.map((_, i) => (i === 0 ? 0 : samples[i - 1][1] * 1000));
  const endTime = samples.reduce((t, [, ms]) => t + ms * 1000, 0);
  return { nodes, startTime: 0, endTime, samples: samples.map(([id]) => id), timeDeltas };
}

const sourceOf = (frame: CallFrame) => FRAMES[frame.functionName].source;

/** Milliseconds of each bin that has any. */
function msOf(p: CpuProfile): Partial<Record<Bin, number>> {
  const split = splitProfile(p, sourceOf);
  const ms: Partial<Record<Bin, number>> = {};
  for (const b of BINS) if (split[b]) ms[b] = Math.round(split[b] * split.totalMs * 1000) / 1000;
  return ms;
}

const TREE: [string, number[]][] = [
  ["(root)", [2, 3, 4, 7, 11, 13]], // 1
  ["(program)", []], // 2
  ["(garbage collector)", []], // 3
  ["run", [5, 15]], // 4
  ["readSheetBytes", [6, 10]], // 5
  ["push", []], // 6
  ["processTicksAndRejections", [8]], // 7
  ["checkStandards", [9]], // 8
  ["decode", []], // 9
  ["processCallback", []], // 10
  ["Module._load", [12]], // 11
  ["headerWords", []], // 12: the bundle's module initialisation building a table
  ["processTicksAndRejections", [14]], // 13
  ["readSheetBytes", []], // 14: the reader resumed after an await: no main on the stack
  ["writeJson", []], // 15
];

describe("the split of a CPU profile", () => {
  test("start-up until the command's own code runs, GC wherever it falls, then the nearest bin on the stack", () => {
    expect(
      msOf(
        profile(TREE, [
          [2, 1], // (program) before the command: start-up
          [3, 2], // GC before the command: GC all the same
          [6, 3], // a builtin called by the sheet reader (main on the stack): parse
          [9, 4], // TextDecoder called by the engine: engine
          [10, 5], // zlib's callback under the reader: inflate, the nearest bin
          [15, 6], // the JSON written: output
          [2, 7], // (program) once the command runs: other
          [3, 8], // GC
        ]),
      ),
    ).toEqual({ "start-up": 1, gc: 10, parse: 3, engine: 4, inflate: 5, output: 6, other: 7 });
  });

  test("engine code run while the bundle loads is start-up; the command runs from its first frame outside loading", () => {
    expect(
      msOf(
        profile(TREE, [
          [12, 1], // a table built as the bundle loads
          [2, 2], // (program): still start-up
          [14, 3], // the reader resumed from the event loop, main never sampled: the command runs
          [2, 4], // (program) after it: other
        ]),
      ),
    ).toEqual({ "start-up": 3, parse: 3, other: 4 });
  });

  test("a profile that never reaches the command's own code is start-up, but for GC", () => {
    expect(
      msOf(
        profile(TREE, [
          [12, 1],
          [3, 2],
          [2, 3],
        ]),
      ),
    ).toEqual({ "start-up": 4, gc: 2 });
  });

  test("shares add up to one", () => {
    const split = splitProfile(
      profile(TREE, [
        [2, 1],
        [6, 3],
        [3, 2],
      ]),
      sourceOf,
    );
    expect(split.totalMs).toBe(6);
    expect(BINS.reduce((a, b) => a + split[b], 0)).toBeCloseTo(1, 12);
  });
});

describe("profiles pooled", () => {
  const split = (totalMs: number, shares: Partial<Record<Bin, number>>): ProfileSplit => {
    const all = Object.fromEntries(BINS.map((b) => [b, shares[b] ?? 0])) as Record<Bin, number>;
    return { ...all, totalMs };
  };

  it("gives each bin its share of all the time sampled, not the mean of the shares", () => {
    // 600 ms with 60 ms of GC and 900 ms with 63 ms: 123 of 1,500 ms is 8.2 % (the mean of 10 % and 7 % is 8.5 %).
    const pooled = poolSplits([
      split(600, { gc: 0.1, engine: 0.5, parse: 0.4 }),
      split(900, { gc: 0.07, engine: 0.43, parse: 0.5 }),
    ]);
    expect(pooled.totalMs).toBe(1500);
    expect(pooled.gc).toBeCloseTo(0.082, 10);
    expect(pooled.engine).toBeCloseTo((300 + 387) / 1500, 10);
    expect(pooled.parse).toBeCloseTo((240 + 450) / 1500, 10);
    expect(pooled["start-up"]).toBe(0);
  });

  it("is the one profile itself when there is one", () => {
    const one = split(700, { gc: 0.11, engine: 0.42, parse: 0.47 });
    expect(poolSplits([one])).toEqual(one);
  });
});

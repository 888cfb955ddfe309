import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, type CliRun } from "../helpers/cli";

/**
 * What the command loads, not how fast (that is `npm run bench`): checking never loads ExcelJS, which only writes
 * workbooks; and for large inputs the launcher restarts the command with a fitted heap before the command's bundle is
 * loaded, so the bundle is loaded once.
 */

interface Loaded {
  command: boolean;
  exceljs: boolean;
  heapLimitMb: number;
  restartedWithMb: string | null;
}

const root = path.join(__dirname, "..", "..");
const preload = path.join(root, "test", "helpers", "loadedModules.cjs");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "canbo-lean-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], nodeArgs: string[] = []): { run: CliRun; processes: Loaded[] } {
  const file = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.jsonl`);
  const r = runCli(args, {
    nodeArgs: [...nodeArgs, "--require", preload],
    env: { LOADED_MODULES_FILE: file },
  });
  const processes = readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Loaded);
  return { run: r, processes };
}

describe("the command's start", () => {
  it("checks a roster without loading ExcelJS", () => {
    const { run: r, processes } = run([
      "check",
      "samples/cdcs-truong-thcs-an-thoi.xlsx",
      "--year",
      "2019",
      "--json",
    ]);
    expect(r.code).toBe(1); // the sample's planted mistakes
    expect(JSON.parse(r.stdout).summary.cadres).toBeGreaterThan(0);
    expect(processes).toEqual([
      expect.objectContaining({ command: true, exceljs: false, restartedWithMb: null }),
    ]);
  });

  it("prints its version without loading ExcelJS", () => {
    const { run: r, processes } = run(["--version"]);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(processes).toEqual([expect.objectContaining({ exceljs: false })]);
  });

  it("loads ExcelJS to write the result workbook (--out)", () => {
    const out = path.join(dir, "ket-qua.xlsx");
    const { run: r, processes } = run([
      "check",
      "samples/cdcs-truong-thcs-an-thoi.xlsx",
      "--year",
      "2019",
      "--out",
      out,
    ]);
    expect(r.code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(processes).toEqual([expect.objectContaining({ command: true, exceljs: true })]);
  });

  it("restarts with a fitted heap for a large input before loading the command, which then loads once", () => {
    // 20 MB that is no workbook: the launcher only weighs the inputs; the command then refuses the file.
    const big = path.join(dir, "lon.xlsx");
    writeFileSync(big, Buffer.alloc(20 * 2 ** 20, 0x41));
    const { run: r, processes } = run(["check", big, "--year", "2019"], ["--max-old-space-size=4096"]);
    expect(r.code).toBe(2);
    // The restarted process (it ends first) ran the command with 1 GB, the least limit; the launcher never loaded it.
    expect(processes).toEqual([
      expect.objectContaining({ command: true, exceljs: false, restartedWithMb: "1024" }),
      expect.objectContaining({ command: false, exceljs: false, restartedWithMb: null }),
    ]);
    expect(processes[0].heapLimitMb).toBeGreaterThanOrEqual(1024);
    expect(processes[0].heapLimitMb).toBeLessThan(1536);
  });
});

import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FileOutcome, CheckedFile } from "../app/checkFiles";
import { makeTempDir } from "../../test/helpers/tempDir";
import { checkInWorkers } from "./checkInWorkers";

// The batch's scheduling with real worker threads running a stand-in for the check (test/helpers/fakeCheckWorker.cjs):
// each outcome says which task made it ("path|whole", "path|check"), and a file's name can kill the worker that
// reads or checks it.
const workerFile = path.join(__dirname, "..", "..", "test", "helpers", "fakeCheckWorker.cjs");
const request = { year: 2019 };

async function run(paths: string[], jobs: number) {
  return checkInWorkers(paths, request, { jobs, keep: "checked", workerFile });
}

/** How each file ended: the task that checked it, or the problem that left it unread. */
function ends(files: FileOutcome<CheckedFile>[]): string[] {
  return files.map((f) =>
    "result" in f
      ? f.result.file!.split("|")[1]
      : "unreadable" in f
        ? `unreadable: ${(f.unreadable.params as { problem: string }).problem}`
        : "skipped",
  );
}

const names = (n: number, at: Record<number, string> = {}) =>
  Array.from({ length: n }, (_, i) => at[i] ?? `don-vi-${i + 1}.xlsx`);

describe("a batch in worker threads", () => {
  it("reads small files in one worker and checks them in the other, each file once, in the order given", async () => {
    const paths = names(40);
    const { files } = await run(paths, 2);
    expect(files.map((f) => f.path)).toEqual(paths);
    expect(ends(files)).toEqual(paths.map(() => "check"));
  });

  it("checks every file whole in one worker with one job", async () => {
    const { files } = await run(names(5), 1);
    expect(ends(files)).toEqual(["whole", "whole", "whole", "whole", "whole"]);
  });

  it("with an odd number of jobs, also gives files whole to the last worker", async () => {
    const { files } = await run(names(60), 3);
    const kinds = new Set(ends(files));
    expect(kinds).toEqual(new Set(["check", "whole"]));
  });

  it("checks files whole when most of the batch is large", async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const paths = names(4).map((n) => path.join(dir, n));
      for (const p of paths) {
        // Sparse: a file of 1 MB, written in no time.
        writeFileSync(p, "");
        truncateSync(p, 1024 * 1024);
      }
      const { files } = await run(paths, 2);
      expect(ends(files)).toEqual(["whole", "whole", "whole", "whole"]);
    } finally {
      cleanup();
    }
  });

  /** Every file checked from the pipe, but those at `lost`, which the death of a worker cost. */
  const checkedBut = (n: number, lost: number[]) =>
    Array.from({ length: n }, (_, i) => (lost.includes(i) ? "unreadable: internal-error" : "check"));

  it("costs the file a reading worker dies on, and reads the others it held in a fresh one", async () => {
    const { files } = await run(names(12, { 3: "die-reading.xlsx" }), 2);
    expect(ends(files)).toEqual(checkedBut(12, [3]));
  });

  it("costs the file a checking worker dies on, and reads again the files that were on their way to it", async () => {
    const { files } = await run(names(12, { 3: "die-checking.xlsx", 9: "die-checking-too.xlsx" }), 2);
    expect(ends(files)).toEqual(checkedBut(12, [3, 9]));
  });

  it("gives a fresh reading worker the pipe when the last one died with no file left to read", async () => {
    // The checker is slow on the first file, so the reader reads as far ahead as it may and is idle when it dies.
    const paths = names(24, { 0: "slow-check.xlsx", 15: "die-after-word.xlsx" });
    const { files } = await run(paths, 2);
    expect(ends(files)).toEqual(checkedBut(24, []));
  });

  it("reads again a file sent to a checking worker that died before the reader said so", async () => {
    const { files } = await run(names(8, { 2: "die-checking.xlsx", 3: "late-word.xlsx" }), 2);
    expect(ends(files)).toEqual(checkedBut(8, [2]));
  });

  it("costs the file a checking worker dies on before the reader said it sent it", async () => {
    // The checker holds nothing this thread knows of when it dies: its death is still no normal end, and the file
    // is not read again (read again, this file would pass).
    const { files } = await run(names(8, { 3: "late-word-first-check-dies.xlsx" }), 2);
    expect(ends(files)).toEqual(checkedBut(8, [3]));
  });

  it("takes a file's check when it comes before the reader says it sent the file", async () => {
    const { files } = await run(names(10, { 2: "late-word.xlsx", 6: "late-word-2.xlsx" }), 2);
    expect(ends(files)).toEqual(checkedBut(10, []));
  });
});

/**
 * Benchmark child: a batch's files checked one after another in one thread, as one worker of `canbo check` checks
 * them (read, check, what the worker sends back), timing the first half of the files and then the second. The first
 * half runs while V8 still compiles and optimises the code; the second runs warm. Each worker of a batch is a V8
 * isolate of its own and warms up on its own files, so two workers split by files, each on half of them, take at
 * least the first half's time: however free the second core, they are at most (first + second) / first × one worker.
 * That bound is why the command splits a batch of small files by stage instead (src/cli/checkInWorkers.ts).
 * Prints one JSON line. Usage: node build/bench/warmup.js <folder>
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { checkFileListed } from "../../src/app/checkFiles";
import { readXlsxGrids } from "../../src/workbook/xlsxNode";

const YEAR = 2019;

async function main(): Promise<void> {
  const folder = process.argv[2];
  const files = readdirSync(folder)
    .sort()
    .map((f) => path.join(folder, f));
  const half = Math.ceil(files.length / 2);
  const t0 = performance.now();
  let middle = t0;
  for (let i = 0; i < files.length; i++) {
    if (i === half) middle = performance.now();
    await checkFileListed(files[i], readXlsxGrids, { year: YEAR });
  }
  const end = performance.now();
  process.stdout.write(
    JSON.stringify({ files: files.length, firstHalfMs: middle - t0, secondHalfMs: end - middle }) + "\n",
  );
}

void main();

/**
 * Benchmark child: the core on one roster, in its own process so heap figures are its own. The roster is the same
 * .xlsx the command reads, read into grids before the clock starts: the core is measured on what the reader hands
 * it (shared strings are one string each, as Excel stores them), not on text built in memory.
 * Prints one JSON line: milliseconds of each stage (the median of the runs; the first, cold one counts too), rows
 * per second and heap used. `npm run bench` runs it with V8's `--single-threaded`: no helper threads for the garbage
 * collector or the compiler, so the figure is one core's work and cannot borrow a second core.
 * Usage: node --single-threaded --expose-gc build/bench/core.js <roster.xlsx> [runs]
 */
import { checkWorkbook } from "../../src/app/check";
import { buildReport } from "../../src/app/buildReport";
import { messagesFor } from "../../src/i18n";
import { readXlsxGrids } from "../../src/workbook/xlsxNode";
import { median } from "./interleave";

const YEAR = 2019;

async function main(): Promise<void> {
  const [file, count] = process.argv.slice(2);
  const runs = Number(count ?? 3);
  const port = await readXlsxGrids(file);
  const messages = messagesFor("vi");
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  const checks: number[] = [];
  const reports: number[] = [];
  let found = 0;
  let cadres = 0;
  let heapPeak = 0;
  for (let i = 0; i < runs; i++) {
    // Each run starts from a collected heap, as the command's one run does: the previous run's garbage is not its cost.
    global.gc?.();
    const t0 = performance.now();
    const result = await checkWorkbook(port, { year: YEAR });
    const t1 = performance.now();
    buildReport(result.cadres, result.findings, { year: YEAR, standards: result.standards, messages });
    const t2 = performance.now();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    found = result.findings.length;
    cadres = result.cadres.length;
    checks.push(t1 - t0);
    reports.push(t2 - t1);
  }
  const [checkMs, reportMs] = [median(checks), median(reports)];
  const total = checkMs + reportMs;
  process.stdout.write(
    JSON.stringify({
      cadres,
      findings: found,
      runs,
      checkMs,
      reportMs,
      totalMs: total,
      rowsPerSecond: Math.round((cadres / total) * 1000),
      heapMb: Math.round((heapPeak - heapBefore) / 2 ** 20),
    }) + "\n",
  );
}

void main();

/**
 * Benchmark child: the core on one synthetic roster, in its own process so heap figures are its own.
 * Prints one JSON line: milliseconds of each stage (best of the runs), rows per second and heap used.
 * Usage: node --import tsx scripts/bench/core.ts <cadres> [runs]
 */
import { checkWorkbook } from "../../src/app/check";
import { buildReport } from "../../src/app/buildReport";
import { messagesFor } from "../../src/i18n";
import { GridWorkbook } from "../../src/workbook/gridWorkbook";
import { syntheticGrid } from "./syntheticRoster";

const YEAR = 2019;

async function main(): Promise<void> {
  const cadres = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  const grid = syntheticGrid(cadres, YEAR);
  const fonts = grid.values.map(() => []);
  const port = new GridWorkbook([{ grid: { ...grid, fonts }, visible: true, owned: false }]);
  const messages = messagesFor("vi");
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  let best = { check: Infinity, report: Infinity };
  let found = 0;
  let heapPeak = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await checkWorkbook(port, { year: YEAR });
    const t1 = performance.now();
    buildReport(result.cadres, result.findings, { year: YEAR, standards: result.standards, messages });
    const t2 = performance.now();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    found = result.findings.length;
    best = { check: Math.min(best.check, t1 - t0), report: Math.min(best.report, t2 - t1) };
  }
  const total = best.check + best.report;
  process.stdout.write(
    JSON.stringify({
      cadres,
      findings: found,
      checkMs: Math.round(best.check),
      reportMs: Math.round(best.report),
      totalMs: Math.round(total),
      rowsPerSecond: Math.round((cadres / total) * 1000),
      heapMb: Math.round((heapPeak - heapBefore) / 2 ** 20),
    }) + "\n",
  );
}

void main();

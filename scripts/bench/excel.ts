/**
 * Benchmark child: the Office adapter against the counting fake (test/helpers/fakeExcel.ts) — how many
 * `context.sync()` round trips and how large the largest request are, for reading a 100,000 × 22 roster sheet and
 * for writing the report sheets with 20,000 findings. Prints one JSON line.
 */
import { checkWorkbook } from "../../src/app/check";
import { buildReport } from "../../src/app/buildReport";
import { writeReportSheets } from "../../src/app/writeReports";
import type { Finding } from "../../src/core/findings";
import { cellAddress } from "../../src/core/grid";
import { messagesFor } from "../../src/i18n";
import { OfficeWorkbook } from "../../src/workbook/office";
import { MAX_REQUEST_BYTES } from "../../src/workbook/officePlan";
import { FakeExcel, FakeSheet } from "../../test/helpers/fakeExcel";
import { syntheticGrid } from "./syntheticRoster";

const YEAR = 2019;
const FINDINGS = 20_000;

function measure(fake: FakeExcel, from: number, bound: number) {
  const payloads = fake.payloads.slice(from);
  const bytes = payloads.reduce((a, b) => a + b, 0);
  return {
    syncs: payloads.length,
    bytes,
    largest: Math.max(...payloads),
    allowed: Math.ceil(bytes / MAX_REQUEST_BYTES) + bound,
  };
}

async function main(): Promise<void> {
  const cadres = Number(process.argv[2] ?? 100_000);
  const grid = syntheticGrid(cadres, YEAR);
  const fake = new FakeExcel();
  const sheet = new FakeSheet(grid.name);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== null)
        sheet.cells.set(`${r},${c}`, { v, nf: "General", fill: null, font: "Times New Roman" });
    }),
  );
  sheet.merges = grid.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
  fake.sheets.push(sheet);
  const port = new OfficeWorkbook(fake.run);

  const before = fake.payloads.length;
  const t0 = performance.now();
  await port.readSheet(grid.name, { fonts: true });
  const read = { ...measure(fake, before, 2), ms: Math.round(performance.now() - t0) };

  const result = await checkWorkbook(port, { year: YEAR });
  // Pad the findings to 20,000 with copies at other rows: the payload is what matters here, not their meaning.
  const findings: Finding[] = [...result.findings];
  for (let i = 0; findings.length < FINDINGS; i++) {
    const f = result.findings[i % result.findings.length];
    findings.push({ ...f, cell: f.cell?.replace(/\d+$/, String(10 + (findings.length % cadres))) });
  }
  findings.length = FINDINGS;
  const report = buildReport(result.cadres, findings, {
    year: YEAR,
    standards: result.standards,
    messages: messagesFor("vi"),
  });
  const mark = fake.payloads.length;
  const t1 = performance.now();
  await writeReportSheets(port, report);
  const write = {
    ...measure(fake, mark, 5),
    ms: Math.round(performance.now() - t1),
    sheets: report.sheets.length,
  };
  process.stdout.write(
    JSON.stringify({ cadres, findings: FINDINGS, limit: MAX_REQUEST_BYTES, read, write }) + "\n",
  );
}

void main();

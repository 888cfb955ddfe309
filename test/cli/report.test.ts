import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { convertWithSoffice, sofficeForTests } from "../helpers/soffice";

const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-report-"));
const out = path.join(dir, "bao-cao-2019.xlsx");
const args = [
  "report",
  "samples/danh-sach-can-bo-tinh-2019.xlsx",
  "--year",
  "2019",
  "--previous",
  "samples/danh-sach-can-bo-tinh-2018.xlsx",
  "--finance",
  "samples/kinh-phi.xlsx",
  "--out",
  out,
];

interface Indicator {
  id: string;
  unit: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  target: number | string;
  met: boolean | null;
  gap: number;
}

describe("canbo report", () => {
  const r = runCli([...args, "--json"]);
  const doc = JSON.parse(r.stdout) as {
    indicators: Indicator[];
    schedule: { year: number; group: string; count: number; actual: number | null }[];
    statistics: { columns: string[]; rows: { id: string; values: number[] }[] };
    summary: { cadres: number };
  };

  it("writes the report workbook with the plan's sheets", async () => {
    expect(r.code).toBe(1); // the sample roster has planted errors
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
      "Phụ lục 2016-2020",
    ]);
  });

  it("computes I7 from the finance sheet: 728,000,000 of 5,200,000,000 đồng is 14%, short of 15% by 52,000,000", () => {
    const i7 = doc.indicators.find((i) => i.id === "I7")!;
    expect(i7).toMatchObject({
      unit: "Tổng cộng",
      numerator: 728_000_000,
      denominator: 5_200_000_000,
      target: 0.15,
      met: false,
      gap: 52_000_000,
    });
    expect(i7.percent).toBeCloseTo(0.14, 10);
  });

  it("counts all 300 cadres in the total statistics and every upper unit in its own column", () => {
    expect(doc.summary.cadres).toBe(300);
    const total = doc.statistics.rows[0];
    expect(total.values[total.values.length - 1]).toBe(300);
    expect(doc.statistics.columns).toContain("LĐLĐ huyện Ba Tri");
    expect(doc.statistics.columns[doc.statistics.columns.length - 1]).toBe("Tổng cộng");
    // Ten upper units of 30 cadres each.
    expect(total.values.slice(0, -1)).toEqual(Array(10).fill(30));
  });

  it("carries the indicators of every upper unit and the total, each with its target", () => {
    const units = new Set(doc.indicators.map((i) => i.unit));
    expect(units.size).toBe(11);
    for (const i of doc.indicators.filter((x) => x.id === "I1")) expect(i.target).toBe(1);
    for (const i of doc.indicators.filter((x) => x.id === "I2")) expect(i.target).toBe(0.9);
  });

  it("reproduces the built-in plan's appendix: 8 rows, 3,211 people", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Phụ lục 2016-2020")!;
    const counts: number[] = [];
    ws.eachRow((row) => {
      const year = row.getCell(1).value;
      const count = row.getCell(3).value;
      if (typeof year === "number" && typeof count === "number") counts.push(count);
    });
    expect(counts).toEqual([600, 270, 15, 1500, 500, 15, 300, 11]);
  });

  it("opens in LibreOffice (converted to PDF)", async () => {
    const soffice = sofficeForTests("canbo report");
    if (!soffice) return;
    const pdf = await convertWithSoffice(soffice, out, "pdf", dir);
    expect(existsSync(pdf)).toBe(true);
  });
});

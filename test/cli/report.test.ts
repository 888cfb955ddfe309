import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { YEARLY_REPORT_SHEETS } from "../helpers/reportSheets";

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
  gap: number | null;
}

const read = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};

describe("canbo report", () => {
  const r = runCli([...args, "--json"]);
  const doc = JSON.parse(r.stdout) as {
    indicators: Indicator[];
    statistics: { columns: string[]; rows: { id: string; values: number[] }[] };
    summary: { cadres: number };
    coverage: { rowsRead: number; duplicates: number; counted: number; complete: boolean };
  };

  it("writes the report workbook, its first sheet saying what the figures cover", async () => {
    expect(r.code).toBe(1); // the sample roster has planted errors
    const wb = await read(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(YEARLY_REPORT_SHEETS(2019));
    const info = wb.getWorksheet("Thông tin báo cáo")!;
    const values = info
      .getSheetValues()
      .flat()
      .filter((v) => v !== null && v !== undefined);
    expect(values).toEqual(expect.arrayContaining(["Người có tên hai lần (chỉ tính một lần)", "Danh sách"]));
  });

  it("counts the person listed twice once: 299 of 300 rows (samples/README.md, B305)", () => {
    expect(doc.summary.cadres).toBe(300);
    expect(doc.coverage).toMatchObject({ rowsRead: 300, duplicates: 1, counted: 299, complete: true });
    const total = doc.statistics.rows[0];
    expect(total.values[total.values.length - 1]).toBe(299);
    expect(doc.statistics.columns).toContain("LĐLĐ huyện Ba Tri");
    // Ten upper units of 30 rows each; one row is the copy of a person already listed.
    expect([...total.values.slice(0, -1)].sort()).toEqual([...Array(9).fill(30), 29].sort());
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

  it("carries the indicators of every upper unit and the total, each with its target", () => {
    const units = new Set(doc.indicators.map((i) => i.unit));
    expect(units.size).toBe(11);
    for (const i of doc.indicators.filter((x) => x.id === "I1")) expect(i.target).toBe(1);
    for (const i of doc.indicators.filter((x) => x.id === "I2")) expect(i.target).toBe(0.9);
  });

  it("reproduces the built-in plan's appendix: 8 rows, 3,211 people as a formula", async () => {
    const ws = (await read(out)).getWorksheet("Phụ lục 2016-2020")!;
    const counts: number[] = [];
    let total: ExcelJS.CellFormulaValue | undefined;
    ws.eachRow((row) => {
      const year = row.getCell(1).value;
      const count = row.getCell(3).value;
      if (typeof year === "number" && typeof count === "number") counts.push(count);
      if (row.getCell(2).value === "Tổng cộng") total = count as ExcelJS.CellFormulaValue;
    });
    expect(counts).toEqual([600, 270, 15, 1500, 500, 15, 300, 11]);
    expect(total?.result).toBe(3211);
    expect(total?.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
  });

  it("links each finding to its cell in the submitted file, relative to where the report is written", async () => {
    const ws = (await read(out)).getWorksheet("KQ Kiểm tra")!;
    const links: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(4).value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === "object" && "formula" in v) links.push(v.formula);
    });
    const rel = path
      .relative(dir, path.resolve("samples/danh-sach-can-bo-tinh-2019.xlsx"))
      .split(path.sep)
      .join("/");
    expect(links.length).toBeGreaterThan(10);
    expect(links).toContain(`HYPERLINK("${rel}#'Danh sách'!B18","B18")`);
  });
});

describe("canbo report output file", () => {
  const roster = "samples/cdcs-truong-thcs-an-thoi.xlsx";

  it("--json without --out writes no file", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "canbo-json-"));
    copyFileSync(roster, path.join(cwd, "ds.xlsx"));
    const r = runCli(["report", "ds.xlsx", "--year", "2019", "--json"], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).coverage.counted).toBeGreaterThan(0);
    expect(readdirSync(cwd)).toEqual(["ds.xlsx"]);
  });

  it("never replaces an existing file without --force: writes 'name (2).xlsx' and says so", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "canbo-out-"));
    copyFileSync(roster, path.join(cwd, "ds.xlsx"));
    writeFileSync(path.join(cwd, "bao-cao-2019.xlsx"), "a file of the user's");
    const r = runCli(["report", "ds.xlsx", "--year", "2019"], { cwd });
    expect(r.stdout).toContain("Tệp bao-cao-2019.xlsx đã có nên không ghi đè; đã ghi bao-cao-2019 (2).xlsx");
    expect(existsSync(path.join(cwd, "bao-cao-2019 (2).xlsx"))).toBe(true);
    const forced = runCli(["report", "ds.xlsx", "--year", "2019", "--force"], { cwd });
    expect(forced.stdout).toContain("Đã ghi bao-cao-2019.xlsx");
    expect(readdirSync(cwd).sort()).toEqual(["bao-cao-2019 (2).xlsx", "bao-cao-2019.xlsx", "ds.xlsx"]);
  });

  it("refuses to write the report over one of its inputs, even with --force", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "canbo-in-"));
    copyFileSync(roster, path.join(cwd, "ds.xlsx"));
    const r = runCli(["report", "ds.xlsx", "--year", "2019", "--out", "ds.xlsx", "--force"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không ghi báo cáo vào ds.xlsx vì đó là một tệp đầu vào.");
  });

  it("with an unreadable input, still writes the report, its first sheet saying so, and exits 2; no tables of zeros", async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "canbo-bad-"));
    const r = runCli(
      ["report", path.resolve("test/fixtures/bad/hong.xlsx"), "--year", "2019", "--out", "bc.xlsx"],
      { cwd },
    );
    expect(r.code).toBe(2);
    const wb = await read(path.join(cwd, "bc.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin báo cáo", "KQ Kiểm tra"]);
    const texts = wb.getWorksheet("Thông tin báo cáo")!.getSheetValues().flat().map(String);
    expect(texts.some((t) => t.startsWith("KHÔNG CÓ SỐ LIỆU"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Không đọc được:"))).toBe(true);
  });

  it("with an unreadable --finance, marks the report incomplete on every sheet and exits 2", async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "canbo-fin-"));
    copyFileSync(roster, path.join(cwd, "ds.xlsx"));
    const r = runCli(
      [
        "report",
        "ds.xlsx",
        "--year",
        "2019",
        "--finance",
        path.resolve("test/fixtures/bad/hong.xlsx"),
        "--out",
        "bc.xlsx",
      ],
      { cwd },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("hong.xlsx");
    const wb = await read(path.join(cwd, "bc.xlsx"));
    expect(wb.worksheets[0].name).toBe("Thông tin báo cáo");
    const attainment = wb.getWorksheet("Chỉ tiêu 2019")!.getSheetValues().flat().map(String);
    expect(attainment.some((t) => t.startsWith("Số liệu chưa đầy đủ"))).toBe(true);
  });
});

import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { rosterWorkbook } from "../helpers/rosterWorkbook";

describe("canbo report --plan FILE", () => {
  it("counts, for each plan row of the year, the people of its group trained that year", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-plan-"));
    const chair = { level: "Cơ sở", position: "Chủ tịch", employment: "Không chuyên trách" };
    const roster = rosterWorkbook([
      { name: "Lê Văn Tám", born: 1980, unit: "CĐCS Trường THCS An Thới", ...chair, unionTraining: 2019 },
      {
        name: "Trần Thị Mai",
        born: 1982,
        unit: "CĐCS Trường Tiểu học Phú Lễ",
        ...chair,
        unionTraining: 2019,
      },
      { name: "Phạm Văn Hải", born: 1978, unit: "CĐCS Công ty Giao Long", ...chair, unionTraining: 2018 },
    ]);
    await roster.xlsx.writeFile(path.join(dir, "ds.xlsx"));

    const plan = new ExcelJS.Workbook();
    const p = plan.addWorksheet("Phụ lục");
    p.addRow(["PHỤ LỤC ĐÀO TẠO NĂM 2019"]);
    p.addRow(["Thời gian", "Đối tượng", "Số lượng", "Đơn vị thực hiện", "Nội dung"]);
    p.addRow([
      "Năm 2019",
      "Chủ tịch các CĐCS chưa qua tập huấn",
      5,
      "LĐLĐ tỉnh",
      "Các chuyên đề hoạt động của CĐCS",
    ]);
    await plan.xlsx.writeFile(path.join(dir, "phu-luc.xlsx"));

    const r = runCli([
      "report",
      path.join(dir, "ds.xlsx"),
      "--year",
      "2019",
      "--plan",
      path.join(dir, "phu-luc.xlsx"),
      "--out",
      path.join(dir, "bc.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schedule: { year: number; group: string; count: number; actual: number | null }[];
    };
    expect(doc.schedule[0]).toMatchObject({
      year: 2019,
      group: "Chủ tịch các CĐCS chưa qua tập huấn",
      count: 5,
      actual: 2,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "bc.xlsx"));
    // With the federation's own plan there is no built-in 2016–2020 appendix sheet.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Thông tin báo cáo",
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
    ]);
  });
});

import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";

describe("canbo report --plan FILE", () => {
  it("counts, for each plan row of the year, the people of its group trained that year", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-plan-"));
    const roster = new ExcelJS.Workbook();
    const ws = roster.addWorksheet("DS");
    ws.addRow([
      "Họ và tên",
      "Năm sinh",
      "Đơn vị",
      "Cấp",
      "Chức danh",
      "Chuyên trách/Không chuyên trách",
      "Tập huấn NVCĐ",
    ]);
    ws.addRow([
      "Lê Văn Tám",
      1980,
      "CĐCS Trường THCS An Thới",
      "Cơ sở",
      "Chủ tịch",
      "Không chuyên trách",
      2019,
    ]);
    ws.addRow([
      "Trần Thị Mai",
      1982,
      "CĐCS Trường Tiểu học Phú Lễ",
      "Cơ sở",
      "Chủ tịch",
      "Không chuyên trách",
      2019,
    ]);
    ws.addRow([
      "Phạm Văn Hải",
      1978,
      "CĐCS Công ty Giao Long",
      "Cơ sở",
      "Chủ tịch",
      "Không chuyên trách",
      2018,
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

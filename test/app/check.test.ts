import { checkWorkbook, detectRosterSheets } from "../../src/app/check";
import { DEFAULT_FRAMEWORK, standardsSheetSpec, type StandardsFramework } from "../../src/core/standards";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";

/** A user's workbook with one roster sheet (written with ExcelJS, as Excel would: not a sheet the add-in owns). */
async function userWorkbook(rows: (string | number)[][]): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow([
    "Họ và tên",
    "Năm sinh",
    "Đơn vị",
    "Cấp",
    "Chức danh",
    "Chuyên trách/Không chuyên trách",
    "Biên chế/HĐLĐ",
    "Trình độ chuyên môn",
    "LLCT",
    "Tập huấn NVCĐ",
  ]);
  for (const r of rows) ws.addRow(r);
  return XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

// A full-time district chair with a university degree, trung cấp LLCT and union training meets S1 and S2.
const chair = [
  "Nguyễn Văn An",
  1975,
  "LĐLĐ huyện Ba Tri",
  "Cấp trên cơ sở",
  "Chủ tịch",
  "Chuyên trách",
  "Biên chế",
  "Đại học",
  "Trung cấp",
  2016,
];

describe("checkWorkbook and the workbook's own standards", () => {
  it("uses the built-in template when the workbook has no Tiêu chuẩn sheet", async () => {
    const r = await checkWorkbook(await userWorkbook([chair]), { year: 2019 });
    expect(r.standards.origin).toBe("builtin");
    expect(r.cadres.map((c) => [c.fullName, c.level, c.positions, c.politicalTheory])).toEqual([
      ["Nguyễn Văn An", "tren-co-so", ["chu-tich"], "trung-cap"],
    ]);
    expect(r.findings.filter((f) => f.code === "below-standard")).toEqual([]);
  });

  it("measures against the Tiêu chuẩn sheet when there is one (a stricter rule: cao cấp LLCT)", async () => {
    const strict: StandardsFramework = {
      ...DEFAULT_FRAMEWORK,
      standards: [
        {
          id: "T1",
          title: "Chủ tịch cấp huyện",
          levels: ["tren-co-so"],
          positions: ["chu-tich"],
          employment: "any",
          requires: { politicalTheory: "cao-cap" },
        },
      ],
    };
    const wb = await userWorkbook([chair]);
    await wb.writeSheet(standardsSheetSpec(strict));
    const again = await XlsxWorkbook.open(await wb.toBytes());
    const r = await checkWorkbook(again, { year: 2019 });
    expect(r.standards.origin).toBe("sheet");
    expect(r.cadres).toHaveLength(1);
    expect(r.findings.filter((f) => f.code === "below-standard").map((f) => [f.cell, f.params])).toEqual([
      [
        "A2",
        {
          rules: ["T1"],
          ruleTitles: ["Chủ tịch cấp huyện"],
          criterion: "politicalTheory",
          required: "Cao cấp trở lên",
          actual: "Trung cấp",
        },
      ],
    ]);
    expect((await detectRosterSheets(again)).map((s) => [s.name, s.isRoster])).toEqual([
      ["DS", true],
      ["Tiêu chuẩn", false],
    ]);
  });
});

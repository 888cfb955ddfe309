import { readdirSync } from "node:fs";
import path from "node:path";
import { checkWorkbook, checkWorkbookListed, detectRosterSheets } from "../../src/app/check";
import { checkFile } from "../../src/app/checkFiles";
import { DEFAULT_FRAMEWORK, standardsSheetSpec, type StandardsFramework } from "../../src/core/standards";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { rosterWorkbook, type RosterPerson } from "../helpers/rosterWorkbook";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { listedPerson } from "../../src/core/validate";
import { readXlsxGrids } from "../../src/workbook/xlsxNode";

const CORPUS = path.join(__dirname, "..", "fixtures", "rosters");

/** A user's workbook with one roster sheet (written with ExcelJS, as Excel would: not a sheet the add-in owns). */
async function userWorkbook(people: RosterPerson[]): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(new Uint8Array(await rosterWorkbook(people).xlsx.writeBuffer()));
}

// A full-time district chair with a university degree, trung cấp LLCT and union training meets S1 and S2.
const chair: RosterPerson = {
  name: "Nguyễn Văn An",
  born: 1975,
  unit: "LĐLĐ huyện Ba Tri",
  level: "Cấp trên cơ sở",
  position: "Chủ tịch",
  employment: "Chuyên trách",
  payroll: "Biên chế",
  education: "Đại học",
  politicalTheory: "Trung cấp",
  unionTraining: 2016,
};

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
          required: { kind: "politicalTheory", code: "cao-cap" },
          actual: { kind: "politicalTheory", code: "trung-cap" },
        },
      ],
    ]);
    expect((await detectRosterSheets(again)).map((s) => [s.name, s.isRoster])).toEqual([
      ["DS", true],
      ["Tiêu chuẩn", false],
    ]);
  });
});

describe("findings of the workbook around the roster", () => {
  it("reads the first of two columns of one field and names both in a duplicate-column finding", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["Họ và tên", "Đơn vị", "Cấp", "Chức danh", "Đơn vị"]);
    ws.addRow(["Nguyễn Văn An", "LĐLĐ huyện Ba Tri", "Cấp trên cơ sở", "Chủ tịch", "Huyện Ba Tri"]);
    const r = await checkWorkbook(await XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer())), {
      year: 2019,
    });
    expect(r.findings.filter((f) => f.code === "duplicate-column").map((f) => [f.sheet, f.params])).toEqual([
      ["DS", { field: "unit", first: "B", second: "E" }],
    ]);
    expect(r.cadres.map((c) => c.unit)).toEqual(["LĐLĐ huyện Ba Tri"]);
  });

  it("says a hidden sheet is not read with hidden-sheet, and checks the visible roster", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("DS").addRow(["Họ và tên", "Đơn vị", "Cấp", "Chức danh"]);
    wb.getWorksheet("DS")!.addRow(["Nguyễn Văn An", "LĐLĐ huyện Ba Tri", "Cấp trên cơ sở", "Chủ tịch"]);
    const hidden = wb.addWorksheet("Cũ", { state: "hidden" });
    hidden.addRow(["Họ và tên", "Chức danh"]);
    const r = await checkWorkbook(await XlsxWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer())), {
      year: 2019,
    });
    expect(r.findings.filter((f) => f.code === "hidden-sheet").map((f) => f.sheet)).toEqual(["Cũ"]);
    expect(r.cadres).toHaveLength(1);
  });

  it("reports an unreadable cell of the Tiêu chuẩn sheet as invalid-standard, with its problem's code", async () => {
    const wb = await userWorkbook([chair]);
    await wb.writeSheet(standardsSheetSpec(DEFAULT_FRAMEWORK));
    // The user types a level the union does not have into the first standard's row, as a person would in Excel.
    const book = await loadWithExcelJs(await wb.toBytes());
    const sheet = book.getWorksheet("Tiêu chuẩn")!;
    let levels: ExcelJS.Cell | undefined;
    sheet.eachRow((row) =>
      row.eachCell((cell) => void (cell.value === "Cấp công đoàn" && !levels && (levels = cell))),
    );
    sheet.getCell(Number(levels!.row) + 1, Number(levels!.col)).value = "Cấp xã";
    const r = await checkWorkbook(await XlsxWorkbook.open(new Uint8Array(await book.xlsx.writeBuffer())), {
      year: 2019,
    });
    const bad = r.findings.filter((f) => f.code === "invalid-standard");
    expect(bad.map((f) => [f.sheet, f.params])).toEqual([
      ["Tiêu chuẩn", { problem: { code: "unknown-levels", params: { text: "Cấp xã" } } }],
    ]);
  });

  it("skips a report canbo wrote itself, met again among the rosters, with own-report", async () => {
    const report = XlsxWorkbook.create();
    await report.writeSheet(standardsSheetSpec(DEFAULT_FRAMEWORK));
    const bytes = await report.toBytes();
    const outcome = await checkFile("bao-cao.xlsx", () => XlsxWorkbook.open(bytes), { year: 2019 });
    expect(outcome).toMatchObject({ skipped: { code: "own-report", file: "bao-cao.xlsx" } });
  });
});

describe("checkWorkbookListed", () => {
  // Every roster of the corpus (each layout, TCVN3 and VNI, LibreOffice files, several sheets and tables) and the
  // provincial sample: letting each cadre go once measured must change nothing the check says.
  const files = [
    ...readdirSync(CORPUS)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(CORPUS, f)),
    path.join(__dirname, "..", "..", "samples", "danh-sach-can-bo-tinh-2019.xlsx"),
  ];

  it.each(files.map((f) => [path.basename(f), f]))(
    "says of %s what the whole check says, keeping of each cadre what finding them twice needs",
    async (_name, file) => {
      const whole = await checkWorkbook(await readXlsxGrids(file), { year: 2019, file });
      const listed = await checkWorkbookListed(await readXlsxGrids(file), { year: 2019, file });
      expect(whole.cadres.length).toBeGreaterThan(0);
      expect(listed.findings).toEqual(whole.findings);
      expect(listed.summary).toEqual(whole.summary);
      expect(listed.sheets).toEqual(whole.sheets);
      expect(listed.cadres).toEqual(whole.cadres.map(listedPerson));
    },
  );
});

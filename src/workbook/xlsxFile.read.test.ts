import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { xlsxBytes } from "../../test/helpers/excelFiles";
import { makeTempDir } from "../../test/helpers/tempDir";
import { rewriteXlsx } from "../../test/helpers/zipRewrite";
import { XlsxWorkbook } from "./xlsxFile";

/** A roster-like workbook with every kind of cell value Excel can hold, written to disk by ExcelJS. */
async function rosterFile(dir: string): Promise<string> {
  const bytes = await xlsxBytes((wb) => {
    const ws = wb.addWorksheet("DS cán bộ");
    ws.mergeCells("A1:D1");
    ws.getCell("A1").value = "DANH SÁCH CÁN BỘ CÔNG ĐOÀN";
    ws.getRow(2).values = ["STT", "Họ và tên", "Ngày sinh", "Đảng viên"];
    ws.getCell("A3").value = 1;
    ws.getCell("B3").value = { richText: [{ text: "Nguyễn ", font: { bold: true } }, { text: "Văn A" }] };
    ws.getCell("C3").value = new Date(Date.UTC(1985, 4, 15));
    ws.getCell("C3").numFmt = "dd/mm/yyyy";
    ws.getCell("D3").value = true;
    ws.getCell("A4").value = 2.5;
    ws.getCell("B4").value = { text: "Trần Thị B", hyperlink: "https://example.com/b" };
    // A date typed as its serial number with a date format: ExcelJS reads it back as a Date.
    ws.getCell("C4").value = 31182;
    ws.getCell("C4").numFmt = "dd/mm/yyyy";
    ws.getCell("D4").value = false;
    // Date and time.
    ws.getCell("C5").value = new Date(Date.UTC(2023, 2, 15, 12, 0, 0));
    ws.getCell("C5").numFmt = "dd/mm/yyyy hh:mm";
    // Formulas: cached results of every type, a falsy result, and none at all.
    ws.getCell("E2").value = { formula: "A3+1", result: 2 } as never;
    ws.getCell("E3").value = { formula: "A3-1", result: 0 } as never;
    ws.getCell("E4").value = { formula: 'B2&""', result: "Họ và tên" } as never;
    ws.getCell("E5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
    ws.getCell("E6").value = { formula: "A3>5", result: false } as never;
    ws.getCell("E7").value = { formula: "A3*3" } as never;
    // Shared formula over F2:F4.
    ws.getCell("F2").value = { formula: "A3*10", result: 10, shareType: "shared", ref: "F2:F4" } as never;
    ws.getCell("F3").value = { sharedFormula: "F2", result: 25 } as never;
    ws.getCell("F4").value = { sharedFormula: "F2", result: 0 } as never;
    // Error values typed into cells.
    ws.getCell("G2").value = { error: "#N/A" } as never;
    ws.getCell("G3").value = { error: "#REF!" } as never;
    // Legacy font on a TCVN3 text; a plain font elsewhere.
    ws.getCell("B6").value = "NguyÔn V¨n C";
    ws.getCell("B6").font = { name: ".VnTime", size: 13 };
    ws.getCell("B2").font = { name: "Times New Roman" };
    ws.getCell("H8").value = "";
    const hidden = wb.addWorksheet("Ẩn");
    hidden.state = "hidden";
    hidden.getCell("B2").value = "x";
    const veryHidden = wb.addWorksheet("Rất ẩn");
    veryHidden.state = "veryHidden";
    wb.addWorksheet("Trống");
  });
  const file = join(dir, "ds.xlsx");
  writeFileSync(file, bytes);
  return file;
}

describe("XlsxWorkbook reading", () => {
  const tmp = makeTempDir();
  afterAll(tmp.cleanup);
  let book: XlsxWorkbook;
  beforeAll(async () => {
    book = await XlsxWorkbook.open(readFileSync(await rosterFile(tmp.dir)));
  });

  it("lists sheets with their used size (up to the last value) and visibility", async () => {
    expect(await book.listSheets()).toEqual([
      // E7 (a formula without a result) and H8 ("") hold no value: the used size ends at G6.
      { name: "DS cán bộ", rowCount: 6, columnCount: 7, visible: true, owned: false },
      { name: "Ẩn", rowCount: 2, columnCount: 2, visible: false, owned: false },
      { name: "Rất ẩn", rowCount: 0, columnCount: 0, visible: false, owned: false },
      { name: "Trống", rowCount: 0, columnCount: 0, visible: true, owned: false },
    ]);
  });

  it("reads values the way Excel's range.values gives them, each row cut after its last value", async () => {
    const g = await book.readSheet("DS cán bộ");
    expect(g.name).toBe("DS cán bộ");
    expect(g.values).toEqual([
      ["DANH SÁCH CÁN BỘ CÔNG ĐOÀN"],
      ["STT", "Họ và tên", "Ngày sinh", "Đảng viên", 2, 10, "#N/A"],
      [1, "Nguyễn Văn A", 31182, true, 0, 25, "#REF!"],
      [2.5, "Trần Thị B", 31182, false, "Họ và tên", 0],
      ["", "", 45000.5, "", "#DIV/0!"],
      ["", "NguyÔn V¨n C", "", "", false],
    ]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(g.fonts).toBeUndefined();
  });

  it("reads font names of non-empty cells when asked", async () => {
    const g = await book.readSheet("DS cán bộ", { fonts: true });
    expect(g.fonts?.[5]?.[1]).toBe(".VnTime");
    expect(g.fonts?.[1]?.[1]).toBe("Times New Roman");
    // Cells in the default style get the workbook's default font (Calibri in a file written by ExcelJS).
    expect(g.fonts?.[2]?.[0]).toBe("Calibri");
    // One font row per row of the grid, as long as the rows go.
    expect(g.fonts).toHaveLength(6);
  });

  it("reads hidden sheets too (the engine decides what to do with them)", async () => {
    expect((await book.readSheet("Ẩn")).values).toEqual([[], ["", "x"]]);
    expect(await book.readSheet("Trống")).toEqual({ name: "Trống", values: [], merges: [] });
  });

  it("finds a sheet whatever the case of its name, as Excel does", async () => {
    expect((await book.readSheet("ds CÁN BỘ")).name).toBe("DS cán bộ");
  });

  it("throws sheet-missing for a sheet that is not there", async () => {
    await expect(book.readSheet("Không có")).rejects.toMatchObject({
      problem: "sheet-missing",
      sheet: "Không có",
    });
  });

  it("gives cells in the default style the workbook's default font (.VnTime in TCVN3 files)", async () => {
    const plain = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "Danh s¸ch";
    });
    // What Excel writes when the Normal style uses .VnTime: font 0 of styles.xml.
    const legacy = rewriteXlsx(plain, (name, text) =>
      name === "xl/styles.xml" ? text.replace('<name val="Calibri"/>', '<name val=".VnTime"/>') : text,
    );
    expect((await (await XlsxWorkbook.open(legacy)).readSheet("S", { fonts: true })).fonts).toEqual([
      [".VnTime"],
    ]);
  });

  it("reads dates of a 1904-system workbook as 1900-system serials", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(1985, 4, 15));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    const g = await (await XlsxWorkbook.open(bytes)).readSheet("S");
    expect(g.values).toEqual([[31182]]);
  });
});

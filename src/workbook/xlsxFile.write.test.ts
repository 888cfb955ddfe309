import type ExcelJS from "exceljs";
import { join } from "node:path";
import type { SheetSpec } from "../core/sheet";
import { loadWithExcelJs } from "../../test/helpers/excelFiles";
import { makeTempDir } from "../../test/helpers/tempDir";
import { readZipText } from "../../test/helpers/zipReader";
import { XlsxWorkbook } from "./xlsxFile";
import { saveXlsxFile } from "./xlsxNode";
import { readFileSync } from "node:fs";

/** A report like the "KQ Kiểm tra" sheet, using every feature of a SheetSpec. */
function reportSpec(): SheetSpec {
  return {
    name: "KQ Kiểm tra",
    columnWidths: [6, 24, 16, 8, 11, 12, 40, 14],
    blocks: [
      {
        kind: "text",
        row: 0,
        col: 0,
        text: "KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN",
        style: "title",
        span: 8,
      },
      { kind: "text", row: 1, col: 0, text: "Năm báo cáo: 2024", style: "italic", span: 8, align: "center" },
      { kind: "text", row: 2, col: 0, text: "Ghi chú: số liệu tạm tính", style: "note" },
      {
        kind: "table",
        name: "KQKiemTra",
        row: 4,
        col: 0,
        columns: [
          { header: "STT", format: "integer", width: 6 },
          { header: "Tệp", format: "text" },
          { header: "Trang tính", format: "text" },
          { header: "Ô", format: "text" },
          { header: "Mức độ", format: "text" },
          { header: "Tỉ lệ đạt", format: "percent" },
          { header: "Nội dung", format: "text", wrap: true, width: 70 },
          { header: "Ngày", format: "date" },
          { header: "Điểm", format: "decimal" },
        ],
        rows: [
          [1, "", "DS cán bộ", "B15", "Lỗi", 0.5, "Thiếu họ và tên", 45000, 7.25],
          [1234, "ds/Ba Tri.xlsx", "DS cán bộ", "C7", "Cảnh báo", 1, "Năm sinh không hợp lệ", null, 8],
          [3, "", "", "", "Thông tin", 0.25, "Không có danh sách", "", 0],
        ],
        links: {
          column: 3,
          targets: [
            { sheet: "DS cán bộ", cell: "B15" },
            { file: "ds/Ba Tri.xlsx", sheet: "DS cán bộ", cell: "C7" },
            null,
          ],
        },
        flags: [
          { column: 4, equals: "Lỗi", style: "bad" },
          { column: 4, equals: "Thông tin", style: "good" },
        ],
      },
      { kind: "text", row: 9, col: 5, text: "NGƯỜI LẬP BIỂU", style: "heading", span: 3, align: "center" },
      {
        kind: "table",
        name: "Tong",
        row: 11,
        col: 0,
        numbered: true,
        columns: [
          { header: "Đơn vị" },
          { header: "Số", format: "integer" },
          { header: "Tỷ lệ", number: "(3) = (2)/10", format: "percent" },
        ],
        rows: [["Ba Tri", 4, { formula: "B14/10", result: 0.4 }]],
        totals: [["Tổng cộng", { formula: "SUM(B14:B14)", result: 4 }, null]],
        totalsFormats: [[undefined, "decimal"]],
      },
    ],
    rowHeights: [20, 18],
    page: { orientation: "landscape", repeatRows: [4, 4], scale: 95, rowBreaks: [9], pageNumbers: true },
    freezeRows: 5,
  };
}

describe("XlsxWorkbook.writeSheet", () => {
  const tmp = makeTempDir();
  afterAll(tmp.cleanup);
  let file: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet({
      name: "Tổng hợp",
      blocks: [{ kind: "text", row: 0, col: 0, text: "TỔNG HỢP" }],
      page: { orientation: "portrait" },
    });
    await book.writeSheet(reportSpec());
    file = join(tmp.dir, "report.xlsx");
    await saveXlsxFile(book, file);
    bytes = new Uint8Array(readFileSync(file));
    wb = await loadWithExcelJs(bytes);
    ws = wb.getWorksheet("KQ Kiểm tra") as ExcelJS.Worksheet;
  });

  it("adds the sheet after the last one", () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "KQ Kiểm tra"]);
  });

  it("writes text blocks in Times New Roman with their styles, merged over their span", () => {
    const title = ws.getCell("A1");
    expect(title.value).toBe("KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN");
    expect(title.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(title.alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 13, italic: true });
    expect(ws.getCell("A3").font).toMatchObject({ size: 11, italic: true });
    expect(ws.getCell("F10").font).toMatchObject({ bold: true });
    expect([ws.getRow(1).height, ws.getRow(2).height]).toEqual([20, 18]);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect([...merges].sort()).toEqual(["A1:H1", "A2:H2", "F10:H10"]);
  });

  it("writes a real Excel table with its name, range, header filters and style", () => {
    const tables = ws
      .getTables()
      .map((t) => (t as unknown as { table: { name: string; tableRef: string; headerRow: boolean } }).table);
    expect(tables.map((t) => [t.name, t.tableRef, t.headerRow])).toEqual([
      ["KQKiemTra", "A5:I8", true],
      ["Tong", "A13:C14", true],
    ]);
    const xml = readZipText(bytes, "xl/tables/table1.xml") ?? "";
    expect(xml).toContain('name="KQKiemTra"');
    expect(xml).toContain('ref="A5:I8"');
    expect(xml).toContain('<autoFilter ref="A5:I8">');
    expect(xml).toContain('hiddenButton="0"');
    expect(xml).toContain('<tableStyleInfo name="TableStyleLight1"');
    expect(xml).toContain('showRowStripes="0"');
    expect(xml).toContain('<tableColumn id="7" name="Nội dung"');
    expect(ws.getCell("A5").value).toBe("STT");
    expect(ws.getCell("A5").font).toMatchObject({ name: "Times New Roman", bold: true });
  });

  it("draws every table cell with a thin black border, data in 11 pt", () => {
    for (const a of ["A5", "I5", "A6", "G7", "I8"]) {
      const b = ws.getCell(a).border;
      expect([b?.top?.style, b?.bottom?.style, b?.left?.style, b?.right?.style]).toEqual([
        "thin",
        "thin",
        "thin",
        "thin",
      ]);
      expect(b?.top?.color).toEqual({ argb: "FF000000" });
    }
    expect(ws.getCell("G6").font).toMatchObject({ name: "Times New Roman", size: 11 });
  });

  it("writes a numbered table: titles above, the numbering as the table's header, totals under it as formulas", () => {
    expect([ws.getCell("A12").value, ws.getCell("C12").value]).toEqual(["Đơn vị", "Tỷ lệ"]);
    expect(ws.getCell("A12").font).toMatchObject({ bold: true });
    expect([ws.getCell("A13").value, ws.getCell("C13").value]).toEqual(["(1)", "(3) = (2)/10"]);
    expect(ws.getCell("A13").font).toMatchObject({ italic: true });
    expect([ws.getCell("C14").formula, ws.getCell("C14").result]).toEqual(["B14/10", 0.4]);
    expect([ws.getCell("B15").formula, ws.getCell("B15").result]).toEqual(["SUM(B14:B14)", 4]);
    expect(ws.getCell("A15").font).toMatchObject({ bold: true });
    expect(ws.getCell("B15").numFmt).toBe("#,##0.0");
    expect(ws.getCell("C15").value).toBeNull();
    expect(ws.getCell("C15").border?.bottom?.style).toBe("thin");
  });

  it("gives table columns their number formats, wrap and widths", () => {
    expect(ws.getCell("A6").numFmt).toBe("#,##0");
    expect(ws.getCell("A7").value).toBe(1234);
    expect(ws.getCell("B6").numFmt).toBe("@");
    expect(ws.getCell("F6").numFmt).toBe("0.0%");
    expect(ws.getCell("I6").numFmt).toBe("#,##0.0");
    expect(ws.getCell("I6").value).toBe(7.25);
    // A number in a date column is a date to ExcelJS (and Excel) because of its format.
    expect(ws.getCell("H6").numFmt).toBe("dd/mm/yyyy");
    expect((ws.getCell("H6").value as Date).toISOString()).toBe("2023-03-15T00:00:00.000Z");
    expect(ws.getCell("G6").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("F6").alignment?.wrapText).toBeFalsy();
    expect(ws.getColumn(1).width).toBe(6);
    expect(ws.getColumn(2).width).toBe(24);
    expect(ws.getColumn(7).width).toBe(70);
  });

  it("writes links as HYPERLINK formulas with cached text, to this workbook and to another file", () => {
    expect(ws.getCell("D6").formula).toBe(`HYPERLINK("#'DS cán bộ'!B15","B15")`);
    expect(ws.getCell("D6").result).toBe("B15");
    expect(ws.getCell("D6").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(ws.getCell("D7").formula).toBe(`HYPERLINK("ds/Ba Tri.xlsx#'DS cán bộ'!C7","C7")`);
    expect(ws.getCell("D8").formula).toBeUndefined();
    // empty means an empty cell, never ""
    expect(ws.getCell("D8").value).toBeNull();
    expect(ws.getCell("B6").value).toBeNull();
    const sheetXml = readZipText(bytes, "xl/worksheets/sheet2.xml") ?? "";
    expect(sheetXml).not.toContain("<hyperlink ");
  });

  it("marks flagged values with conditional formats, and draws no data bars", () => {
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = cfs.map((cf) => [
      cf.ref,
      cf.rules[0].type,
      (cf.rules[0] as ExcelJS.CellIsRuleType).formulae,
    ]);
    expect(rules).toEqual([
      ["E6:E8", "cellIs", ['"Lỗi"']],
      ["E6:E8", "cellIs", ['"Thông tin"']],
    ]);
    const bad = cfs[0].rules[0].style;
    expect(bad?.fill).toMatchObject({ type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } });
    expect(bad?.font).toMatchObject({ color: { argb: "FF9C0006" } });
    expect(cfs[1].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFC6EFCE" } });
    expect(readZipText(bytes, "xl/worksheets/sheet2.xml")).not.toContain("dataBar");
  });

  it("sets up A4 printing: orientation, margins, scale, repeated header row, breaks, page numbers from page 2", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 95,
      printTitlesRow: "5:5",
      firstPageNumber: 1,
    });
    // Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.7874, bottom: 0.7874, left: 1.1811, right: 0.5906 });
    expect(ws.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"Times New Roman,Regular"&13&P',
    });
    const xml = readZipText(bytes, "xl/worksheets/sheet2.xml") ?? "";
    expect(xml).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="9" max="\d+" man="1"\/><\/rowBreaks>/,
    );
    expect(wb.getWorksheet("Tổng hợp")?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: false,
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(readZipText(bytes, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;KQ Kiểm tra&apos;!$5:$5</definedName>`,
    );
  });

  it("reads back through the adapter as the grid the engine would see", async () => {
    const g = await (await XlsxWorkbook.open(readFileSync(file))).readSheet("KQ Kiểm tra");
    expect(g.values[4]).toEqual([
      "STT",
      "Tệp",
      "Trang tính",
      "Ô",
      "Mức độ",
      "Tỉ lệ đạt",
      "Nội dung",
      "Ngày",
      "Điểm",
    ]);
    // the grid reads a styled empty cell as "", as Excel's range.values does
    expect(g.values[5]).toEqual([1, "", "DS cán bộ", "B15", "Lỗi", 0.5, "Thiếu họ và tên", 45000, 7.25]);
    expect(g.values[7]).toEqual([3, "", "", "", "Thông tin", 0.25, "Không có danh sách", "", 0]);
  });

  it("gives an empty table one blank data row (Excel needs one) and makes headers Excel-valid", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet({
      name: "Trống",
      blocks: [
        {
          kind: "table",
          name: "1 bảng",
          row: 0,
          col: 1,
          columns: [{ header: "Tên" }, { header: "tên" }, { header: " Ghi\nchú " }, { header: "" }],
          rows: [],
        },
      ],
      page: { orientation: "portrait" },
    });
    const out = await book.toBytes();
    const xml = readZipText(out, "xl/tables/table1.xml") ?? "";
    expect(xml).toContain('name="_1_bang" displayName="_1_bang" ref="B1:E2"');
    expect(xml).toContain('<tableColumn id="2" name="tên (2)"');
    expect(xml).toContain('<tableColumn id="3" name="Ghi chú"');
    expect(xml).toContain('<tableColumn id="4" name="Cột 4"');
    const g = await (await XlsxWorkbook.open(out)).readSheet("Trống");
    expect(g.values).toEqual([["", "Tên", "tên (2)", "Ghi chú", "Cột 4"]]);
  });

  it("keeps table names unique across sheets", async () => {
    const book = XlsxWorkbook.create();
    const table = (sheet: string): SheetSpec => ({
      name: sheet,
      blocks: [{ kind: "table", name: "Bang", row: 0, col: 0, columns: [{ header: "A" }], rows: [["x"]] }],
      page: { orientation: "portrait" },
    });
    await book.writeSheet(table("Một"));
    await book.writeSheet(table("Hai"));
    const out = await book.toBytes();
    expect(readZipText(out, "xl/tables/table1.xml")).toContain('name="Bang"');
    expect(readZipText(out, "xl/tables/table2.xml")).toContain('name="Bang_2"');
  });

  it("refuses sheet names Excel or ExcelJS cannot write, before changing anything", async () => {
    const book = XlsxWorkbook.create();
    for (const name of ["", "a/b", "Sheet[1]", "x".repeat(32), "Bob's", "History"]) {
      await expect(book.writeSheet({ name, blocks: [], page: { orientation: "portrait" } })).rejects.toThrow(
        /Invalid report sheet name/,
      );
    }
    expect(await book.listSheets()).toEqual([]);
  });
});

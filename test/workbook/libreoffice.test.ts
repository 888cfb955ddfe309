import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetSpec } from "../../src/core/sheet";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { saveXlsxFile } from "../../src/workbook/xlsxNode";
import { convertWithSoffice, sofficeForTests } from "../helpers/soffice";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { makeTempDir } from "../helpers/tempDir";
import { readZipText, zipNames } from "../helpers/zipReader";

/**
 * Our reports must work outside ExcelJS: LibreOffice must open them (printing to PDF proves it read the whole
 * file), and must keep the link targets, the table and our ownership names when it saves them as .xlsx.
 */

const soffice = sofficeForTests("libreoffice.test.ts");
const describeIfSoffice = soffice ? describe : describe.skip;

const LINKS = [
  { sheet: "DS cán bộ", cell: "B15" },
  { sheet: "DS cán bộ", cell: "C3" },
  { file: "đơn vị/Ba Tri.xlsx", sheet: "DS", cell: "D7" },
];

function report(): SheetSpec {
  return {
    name: "KQ Kiểm tra",
    columnWidths: [6, 16, 8, 12, 50, 12],
    blocks: [
      {
        kind: "text",
        row: 0,
        col: 0,
        text: "KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN",
        style: "title",
        span: 6,
      },
      { kind: "text", row: 1, col: 0, text: "Năm báo cáo: 2024", style: "italic", span: 6 },
      {
        kind: "table",
        name: "KQKiemTra",
        row: 3,
        col: 0,
        columns: [
          { header: "STT", format: "integer" },
          { header: "Trang tính" },
          { header: "Ô" },
          { header: "Mức độ" },
          { header: "Nội dung", wrap: true },
          { header: "Tỉ lệ", format: "percent" },
        ],
        rows: [
          [1, "DS cán bộ", "B15", "Lỗi", "Thiếu họ và tên", 0.5],
          [2, "DS cán bộ", "C3", "Cảnh báo", "=cmd|' /C calc'!A0", 1],
          [3, "DS", "D7", "Lỗi", "Năm sinh không hợp lệ", 0.25],
        ],
        links: { column: 2, targets: LINKS },
        flags: [{ column: 3, equals: "Lỗi", style: "bad" }],
      },
    ],
    page: { orientation: "landscape", repeatRows: [3, 3], pageNumbers: true },
    freezeRows: 4,
  };
}

describeIfSoffice("LibreOffice", () => {
  const tmp = makeTempDir("canbo-lo-");
  afterAll(tmp.cleanup);
  let file: string;

  beforeAll(async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet({
      name: "DS cán bộ",
      blocks: [
        {
          kind: "table",
          name: "DS",
          row: 0,
          col: 0,
          columns: [{ header: "STT" }, { header: "Họ và tên" }],
          rows: [[1, "Nguyễn Văn A"]],
        },
      ],
      page: { orientation: "portrait" },
    });
    await book.writeSheet(report());
    file = join(tmp.dir, "bao-cao.xlsx");
    await saveXlsxFile(book, file);
  });

  it("prints the report to PDF", async () => {
    const pdf = await convertWithSoffice(soffice as string, file, "pdf", join(tmp.dir, "pdf"));
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
  }, 180_000);

  describe("saved again as .xlsx by LibreOffice", () => {
    let out: Uint8Array;
    let ws: ExcelJS.Worksheet;
    beforeAll(async () => {
      out = new Uint8Array(
        readFileSync(await convertWithSoffice(soffice as string, file, "xlsx", join(tmp.dir, "lo"))),
      );
      ws = (await loadWithExcelJs(out)).getWorksheet("KQ Kiểm tra") as ExcelJS.Worksheet;
    }, 180_000);

    it("keeps the link targets and texts", () => {
      expect([5, 6, 7].map((r) => [ws.getCell(`C${r}`).formula, ws.getCell(`C${r}`).result])).toEqual([
        [`HYPERLINK("#'DS cán bộ'!B15","B15")`, "B15"],
        [`HYPERLINK("#'DS cán bộ'!C3","C3")`, "C3"],
        [`HYPERLINK("đơn vị/Ba Tri.xlsx#'DS'!D7","D7")`, "D7"],
      ]);
    });

    it("keeps the data as text, the table, and our ownership names", async () => {
      expect(ws.getCell("E6").value).toBe("=cmd|' /C calc'!A0");
      expect(ws.getCell("E6").formula).toBeUndefined();
      const tables = zipNames(out)
        .filter((n) => n.startsWith("xl/tables/"))
        .map((n) => readZipText(out, n) ?? "");
      expect(tables.some((t) => t.includes('name="KQKiemTra"') && t.includes('ref="A4:F7"'))).toBe(true);
      const workbookXml = readZipText(out, "xl/workbook.xml") ?? "";
      expect(workbookXml).toMatch(/name="canbo_owned_\d+"[^>]*>&apos;KQ Kiểm tra&apos;!\$A\$1</);
    });

    it("lets the adapter read it and still replace its own sheet", async () => {
      const loFile = join(tmp.dir, "lo", "bao-cao.xlsx");
      const book = await XlsxWorkbook.open(readFileSync(loFile));
      const g = await book.readSheet("KQ Kiểm tra");
      expect(g.values[4]).toEqual([1, "DS cán bộ", "B15", "Lỗi", "Thiếu họ và tên", 0.5]);
      await book.writeSheet(report());
      expect((await book.listSheets()).map((s) => s.name)).toEqual(["DS cán bộ", "KQ Kiểm tra"]);
    });
  });
});

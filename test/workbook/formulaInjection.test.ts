import type ExcelJS from "exceljs";
import { buildReport } from "../../src/app/buildReport";
import { checkWorkbook } from "../../src/app/check";
import { writeReportSheets } from "../../src/app/writeReports";
import type { SheetSpec } from "../../src/core/sheet";
import { messagesFor } from "../../src/i18n";

const vi = messagesFor("vi");
import { loadWithExcelJs, xlsxBytes } from "../helpers/excelFiles";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";
import { readZipText } from "../helpers/zipReader";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { YEARLY_REPORT_SHEETS } from "../helpers/reportSheets";

/**
 * Text from rosters ends up in reports. Whatever it starts with, it must stay text: a cell that became a
 * formula could call out to the network or run a command (DDE) when the report is opened.
 */
const DANGEROUS = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "@SUM(A1)",
  "+1-2",
  "-2+3",
  "\t=1+1",
  "\r=1+1",
  "=1+1\r\n",
  "_x0041_ literal escape",
  "bell\u0007char",
];

/** ExcelJS's cell type numbers: Merge 1 (a cell of a merged area other than its first), String 3, Formula 6. */
const MERGE = 1;
const STRING = 3;

describe("formula injection", () => {
  let ws: ExcelJS.Worksheet;
  let xml: string;
  let grid: (string | number | boolean | null)[][];

  beforeAll(async () => {
    const book = XlsxWorkbook.create();
    const spec: SheetSpec = {
      name: "KQ",
      blocks: [
        ...DANGEROUS.map((text, i) => ({ kind: "text" as const, row: i, col: 0, text })),
        {
          kind: "table",
          name: "T",
          row: 0,
          col: 2,
          columns: [{ header: "=SUM(1)" }, { header: "Ô" }],
          rows: DANGEROUS.map((text) => [text, text]),
          links: { column: 1, targets: DANGEROUS.map(() => ({ sheet: "KQ", cell: "A1" })) },
          flags: [{ column: 0, equals: '=1")+EVIL("', style: "bad" }],
        },
      ],
      page: { orientation: "portrait" },
    };
    await book.writeSheet(spec);
    const bytes = await book.toBytes();
    xml = readZipText(bytes, "xl/worksheets/sheet1.xml") ?? "";
    ws = (await loadWithExcelJs(bytes)).getWorksheet("KQ") as ExcelJS.Worksheet;
    grid = (await (await XlsxWorkbook.open(bytes)).readSheet("KQ")).values;
  });

  it("writes text blocks and table cells as strings, never formulas, and reads them back unchanged", () => {
    DANGEROUS.forEach((text, i) => {
      for (const address of [`A${i + 1}`, `C${i + 2}`]) {
        const cell = ws.getCell(address);
        expect([address, cell.type, cell.formula]).toEqual([address, STRING, undefined]);
        expect(cell.value).toBe(text);
      }
      expect(grid[i][0]).toBe(text);
      expect(grid[i + 1][2]).toBe(text);
    });
    expect(ws.getCell("C1").value).toBe("=SUM(1)");
    expect(ws.getCell("C1").type).toBe(STRING);
  });

  it("puts no formula in the sheet except the link formulas, whose text is a quoted literal", () => {
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas).toHaveLength(DANGEROUS.length);
    for (const f of formulas) expect(f).toMatch(/^HYPERLINK\(&quot;#&apos;KQ&apos;!A1&quot;,&quot;/);
    expect(ws.getCell("D2").formula).toBe(`HYPERLINK("#'KQ'!A1","=HYPERLINK(""http://x"",""y"")")`);
    expect(ws.getCell("D3").formula).toBe(`HYPERLINK("#'KQ'!A1","=cmd|' /C calc'!A0")`);
    // Control characters cannot live in a formula literal: they become spaces in the link text.
    expect(ws.getCell("D8").formula).toBe(`HYPERLINK("#'KQ'!A1"," =1+1")`);
    expect(ws.getCell("D8").result).toBe(" =1+1");
  });

  it("quotes flag values in conditional formats", () => {
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect((cfs[0].rules[0] as ExcelJS.CellIsRuleType).formulae).toEqual(['"=1"")+EVIL("""']);
  });
});

/**
 * The same promise end to end: roster text goes through a real check into the "KQ Kiểm tra" findings sheet and
 * the yearly report sheets, written by both writers (ExcelJS for files, office.js through the fake of Excel).
 */
describe("formula injection from a checked roster, through both writers", () => {
  const ROSTER_TEXT = [
    '=HYPERLINK("http://evil","x")',
    "=cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "+1+1",
    "-1+1",
    "\t=1+1",
    "\r=1+1",
  ];
  /**
   * Upper units are grouped by their normalised text (spaces collapsed, edges trimmed), so in "Chỉ tiêu" and
   * "Thống kê" the tab and carriage-return variants become one unit "=1+1" — still text, never a formula.
   */
  const UPPER_UNITS = [
    '=HYPERLINK("http://evil","x")',
    "=cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "+1+1",
    "-1+1",
    "=1+1",
  ];
  const NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Võ Thị Giang",
    "Đặng Văn Hùng",
  ];
  const HEADER = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Chức vụ",
    "Đơn vị",
    "Đơn vị cấp trên",
    "Cấp",
    "Kiêm nhiệm/Chuyên trách",
  ];
  /** Each roster row carries one string as its position (not a known one: reported with the cell's text), unit and upper unit. */
  const rows = ROSTER_TEXT.map((text, i) => [
    i + 1,
    NAMES[i],
    1980 + i,
    "Nam",
    text,
    text,
    text,
    "Cơ sở",
    "Kiêm nhiệm",
  ]);
  /** The sheets a yearly report writes (buildReport with the built-in plan). */
  const REPORT_SHEETS = YEARLY_REPORT_SHEETS(2019);
  /** The only formulas a report may hold: links to a cell, and the report's own sums and shares over its cells. */
  const LINK =
    /^=?HYPERLINK\("#'[^']+'!\$?[A-Z]+\$?\d+",|^=?(?:IF|SUM|SUMIF)\([A-Z0-9$:,<>=*/+\-.()" ]*(?:"(?:Đạt|Chưa đạt|I[1-7])"[A-Z0-9$:,<>=*/+\-.()" ]*)*\)$/;
  /** What Excel would parse as a formula (or a formula after a control character) when typed into a cell. */
  const FORMULA_LIKE = /^[=+\-@\t\r]/;

  async function report(port: WorkbookPort): Promise<void> {
    const result = await checkWorkbook(port, { year: 2019, sheets: ["DS"] });
    // The check does see each position as text it does not know, cell by cell.
    expect(result.findings.filter((f) => f.code === "invalid-value").map((f) => [f.cell, f.value])).toEqual(
      ROSTER_TEXT.map((text, i) => [`E${i + 2}`, text]),
    );
    const data = buildReport(result.cadres, result.findings, {
      year: 2019,
      standards: result.standards,
      messages: vi,
      date: new Date(2019, 11, 20),
    });
    expect(await writeReportSheets(port, data)).toEqual(REPORT_SHEETS);
  }

  it("through the file writer: every string is a text cell, read back exactly, and no formula but links", async () => {
    const input = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("DS");
      ws.addRow(HEADER);
      // ExcelJS writes a carriage return raw, which XML readers turn into a line feed; Excel stores it escaped.
      for (const row of rows)
        ws.addRow(row.map((v) => (typeof v === "string" ? v.replace(/\r/g, "_x000D_") : v)));
    });
    expect((await loadWithExcelJs(input)).getWorksheet("DS")!.getCell("E8").value).toBe("\r=1+1");
    const book = await XlsxWorkbook.open(input);
    await report(book);
    const bytes = await book.toBytes();
    const wb = await loadWithExcelJs(bytes);
    const reopened = await XlsxWorkbook.open(bytes);

    const texts = new Map<string, string[]>();
    for (const name of REPORT_SHEETS) {
      const ws = wb.getWorksheet(name)!;
      const strings: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula)
            expect([name, cell.address, `=${cell.formula}`]).toEqual([
              name,
              cell.address,
              expect.stringMatching(LINK),
            ]);
          else if (cell.type !== MERGE && typeof cell.value === "string") {
            expect([name, cell.address, cell.type]).toEqual([name, cell.address, STRING]);
            strings.push(cell.value);
          }
        }),
      );
      // What the adapter reads back is what ExcelJS sees: the escapes decode to the same text.
      const grid = (await reopened.readSheet(name)).values.flat().filter((v) => typeof v === "string");
      for (const s of strings) expect(grid).toContain(s);
      texts.set(name, strings);
    }
    for (const text of ROSTER_TEXT) expect(texts.get("KQ Kiểm tra")).toContain(text);
    for (const unit of UPPER_UNITS) {
      expect(texts.get("Chỉ tiêu 2019")).toContain(unit);
      expect(texts.get("Thống kê 2019")).toContain(unit);
    }
  });

  it("through the Office writer: every string is a value in a text-formatted cell, never a formula but links", async () => {
    const fake = new FakeExcel();
    const sheet = new FakeSheet("DS");
    [HEADER, ...rows].forEach((row, r) => row.forEach((v, c) => (sheet.cell(r, c).v = v)));
    fake.sheets.push(sheet);
    await report(new OfficeWorkbook(fake.run));

    const texts = new Map<string, string[]>();
    for (const name of REPORT_SHEETS) {
      const s = fake.sheet(name)!;
      const strings: string[] = [];
      for (const [key, cell] of s.cells) {
        if (cell.f !== undefined)
          expect([name, key, cell.f]).toEqual([name, key, expect.stringMatching(LINK)]);
        else if (typeof cell.v === "string") {
          // Excel would parse these as formulas unless the cell is formatted as text before the value arrives.
          if (FORMULA_LIKE.test(cell.v))
            expect([name, key, cell.v, cell.nf]).toEqual([name, key, cell.v, "@"]);
          strings.push(cell.v);
        }
      }
      texts.set(name, strings);
    }
    for (const text of ROSTER_TEXT) expect(texts.get("KQ Kiểm tra")).toContain(text);
    for (const unit of UPPER_UNITS) {
      expect(texts.get("Chỉ tiêu 2019")).toContain(unit);
      expect(texts.get("Thống kê 2019")).toContain(unit);
    }
  });
});

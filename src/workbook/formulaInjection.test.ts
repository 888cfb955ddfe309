import type ExcelJS from "exceljs";
import type { SheetSpec } from "../core/sheet";
import { loadWithExcelJs } from "../../test/workbook/excelFiles";
import { readZipText } from "../../test/workbook/zipReader";
import { XlsxWorkbook } from "./xlsxFile";

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

/** ExcelJS's cell type numbers: String 3, Formula 6. */
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

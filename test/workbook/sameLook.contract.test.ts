import type ExcelJS from "exceljs";
import { OfficeMockObject } from "office-addin-mock";
import { makeCadre } from "../../src/core/attainment/makeCadre.testHelper";
import { computeAttainment } from "../../src/core/attainment";
import { attainmentSheet } from "../../src/core/reportSheets";
import { excelColumnPoints, tableHeaderRow, tableRowCount, type SheetSpec } from "../../src/core/sheet";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { FakeExcel, type FakeSheet } from "../helpers/fakeExcel";
import { readZipText } from "../helpers/zipReader";

/**
 * Part of the port contract: a report written inside Excel through office.js looks the same as the .xlsx file the
 * command writes — the same fonts, alignment, ruled grid, number formats, row heights, column widths, merges and
 * print setup — because both adapters read the one document style. Each side is read back in its own terms (the
 * file with ExcelJS, Excel through the fake that records what the adapter set) and brought to one description.
 */

/** A cell's look in plain terms. */
interface Look {
  font: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  horizontal: string;
  wrap: boolean;
  borders: string;
  numFmt?: string;
}

function spec(): SheetSpec {
  const roster = [
    makeCadre({
      upperUnit: "LĐLĐ huyện Ba Tri",
      employment: "chuyen-trach",
      level: "tren-co-so",
      positions: ["chu-tich"],
    }),
    makeCadre({
      upperUnit: "LĐLĐ huyện Ba Tri",
      employment: "khong-chuyen-trach",
      level: "co-so",
      positions: ["uv-bch"],
    }),
  ];
  const indicators = computeAttainment(roster, { year: 2019, meetsStandard: () => true });
  return attainmentSheet(indicators, {
    year: 2019,
    parentBody: "Tổng LĐLĐ Việt Nam",
    issuer: "Liên đoàn Lao động tỉnh Bến Tre",
    place: "Bến Tre",
    signature: { rightName: "Nguyễn Văn A" },
  });
}

/** The cells whose look is defined: the anchor of each text block, every cell of each table. */
function cellsOf(s: SheetSpec): [number, number][] {
  const out: [number, number][] = [];
  for (const b of s.blocks) {
    if (b.kind === "text") out.push([b.row, b.col]);
    else
      for (let r = b.row; r < b.row + tableRowCount(b); r++)
        for (let c = b.col; c < b.col + b.columns.length; c++) out.push([r, c]);
  }
  return out;
}

function fileLook(cell: ExcelJS.Cell, numeric: boolean): Look {
  const b = cell.border ?? {};
  return {
    font: String(cell.font?.name),
    size: Number(cell.font?.size),
    bold: cell.font?.bold === true,
    italic: cell.font?.italic === true,
    underline: cell.font?.underline === true || cell.font?.underline === "single",
    horizontal: String(cell.alignment?.horizontal ?? "general"),
    wrap: cell.alignment?.wrapText === true,
    borders: [b.top, b.bottom, b.left, b.right].map((x) => x?.style ?? "-").join(","),
    ...(numeric ? { numFmt: cell.numFmt } : {}),
  };
}

function excelLook(s: FakeSheet, r: number, c: number, numeric: boolean): Look {
  const look = s.look(r, c);
  const f = look.font;
  const edge = (e?: string) => (e === "Continuous" ? "thin" : "-");
  return {
    font: String(f.name),
    size: Number(f.size),
    bold: f.bold === true,
    italic: f.italic === true,
    underline: f.underline === "Single",
    horizontal: String(look.horizontal ?? "General").toLowerCase(),
    wrap: look.wrap === true,
    borders: [look.borders.top, look.borders.bottom, look.borders.left, look.borders.right]
      .map(edge)
      .join(","),
    ...(numeric ? { numFmt: s.cell(r, c).nf } : {}),
  };
}

describe("both adapters write a report with the same look", () => {
  let file: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  let excel: FakeSheet;
  const sheet = spec();

  beforeAll(async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheet(sheet);
    bytes = await book.toBytes();
    file = (await loadWithExcelJs(bytes)).getWorksheet(sheet.name)!;

    // An Excel with every requirement set the adapter uses (page layout is ExcelApi 1.9).
    (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
      context: { requirements: { isSetSupported: () => true } },
    });
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.run).writeSheet(sheet);
    excel = fake.sheet(sheet.name)!;
  });
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);

  it("gives every cell the same font, alignment, grid and number format", () => {
    const table = sheet.blocks.find((b) => b.kind === "table")!;
    const dataTop = table.kind === "table" ? tableHeaderRow(table) + 1 : 0;
    const dataEnd = table.kind === "table" ? table.row + tableRowCount(table) : 0;
    const cells = cellsOf(sheet);
    expect(cells.length).toBeGreaterThan(150);
    for (const [r, c] of cells) {
      // number formats are the table's (text blocks keep Excel's General)
      const numeric = r >= dataTop && r < dataEnd;
      expect([r, c, excelLook(excel, r, c, numeric)]).toEqual([
        r,
        c,
        fileLook(file.getCell(r + 1, c + 1), numeric),
      ]);
    }
  });

  it("gives the same row heights, column widths and merges", () => {
    (sheet.rowHeights ?? []).forEach((h, r) => {
      expect([r, excel.rowHeights.get(r)]).toEqual([r, h]);
      expect([r, file.getRow(r + 1).height]).toEqual([r, h]);
    });
    (sheet.columnWidths ?? []).forEach((w, c) => {
      expect(file.getColumn(c + 1).width).toBeCloseTo(w, 2);
      expect(excel.columnWidths.get(c)).toBe(excelColumnPoints(w));
    });
    const fileMerges = [...(file.model as unknown as { merges: string[] }).merges].sort();
    const excelMerges = excel.merges.map((m) => m.replace(/^.*!/, "")).sort();
    expect(excelMerges).toEqual(fileMerges);
  });

  it("sets up printing the same way: A4, orientation, margins, scale, titles, breaks, page numbers from page 2", () => {
    const mm = (pt: number) => Math.round((pt / 72) * 25.4 * 10) / 10;
    expect({
      orientation: String(excel.page.orientation).toLowerCase(),
      paper: excel.page.paperSize,
      margins: [
        excel.page.topMargin,
        excel.page.bottomMargin,
        excel.page.leftMargin,
        excel.page.rightMargin,
      ].map((x) => mm(x as number)),
      scale: (excel.page.zoom as { scale: number }).scale,
      titles: excel.page.printTitleRows,
      breaks: excel.rowBreaks,
      header: [excel.headers.state, excel.headers.first, excel.headers.all],
    }).toEqual({
      orientation: file.pageSetup.orientation,
      paper: "A4",
      margins: [20, 20, 30, 15],
      scale: file.pageSetup.scale,
      titles: `$${file.pageSetup.printTitlesRow?.replace(":", ":$")}`,
      breaks: sheet.page.rowBreaks,
      header: ["FirstAndDefault", "", file.headerFooter.oddHeader?.replace(/^&C/, "")],
    });
    const m = file.pageSetup.margins!;
    expect([m.top, m.bottom, m.left, m.right].map((x) => Math.round(x * 25.4 * 10) / 10)).toEqual([
      20, 20, 30, 15,
    ]);
    expect(file.headerFooter.differentFirst).toBe(true);
    const xml = readZipText(bytes, "xl/worksheets/sheet1.xml") ?? "";
    const fileBreaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((x) => Number(x[1]));
    expect(fileBreaks).toEqual(sheet.page.rowBreaks);
  });
});

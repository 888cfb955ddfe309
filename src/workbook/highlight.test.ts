import type ExcelJS from "exceljs";
import { loadWithExcelJs, xlsxBytes } from "../../test/helpers/excelFiles";
import { WorkbookError } from "./port";
import { XlsxWorkbook } from "./xlsxFile";

const YELLOW: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFFF00" },
};
const GRADIENT: ExcelJS.Fill = {
  type: "gradient",
  gradient: "angle",
  degree: 90,
  stops: [
    { position: 0, color: { argb: "FF0000FF" } },
    { position: 1, color: { argb: "FFFFFFFF" } },
  ],
};

/** Excel's "Bad" fill for errors and "Neutral" fill for warnings. */
const RED: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFC7CE" },
  bgColor: { argb: "FFFFC7CE" },
};
const AMBER: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFEB9C" },
  bgColor: { argb: "FFFFEB9C" },
};

/** A roster with fills of every kind; B2 and C2 share one style, as Excel stores equal formats. */
const roster = () =>
  xlsxBytes((wb) => {
    const ws = wb.addWorksheet("DS");
    ws.getCell("A2").value = "không tô";
    ws.getCell("B2").value = "vàng 1";
    ws.getCell("B2").fill = YELLOW;
    ws.getCell("C2").value = "vàng 2";
    ws.getCell("C2").fill = YELLOW;
    ws.getCell("D2").value = "chuyển màu";
    ws.getCell("D2").fill = GRADIENT;
    ws.getCell("D2").font = { bold: true, name: "Arial" };
  });

const fills = async (bytes: Uint8Array) => {
  const ws = (await loadWithExcelJs(bytes)).getWorksheet("DS") as ExcelJS.Worksheet;
  return ["A2", "B2", "C2", "D2", "E5"].map((a) => ws.getCell(a).fill);
};

describe("highlight and clearHighlight", () => {
  it("fills the cells in the colour of their severity, leaving cells that share their style alone", async () => {
    const book = await XlsxWorkbook.open(await roster());
    expect(await book.highlightedCells()).toBe(0);
    await book.highlight([
      { sheet: "DS", cell: "A2", severity: "error" },
      { sheet: "DS", cell: "B2", severity: "warning" },
      { sheet: "DS", cell: "$D$2" },
      { sheet: "DS", cell: "E5", severity: "error" },
    ]);
    expect(await book.highlightedCells()).toBe(4);
    const [a, b, c, d, e] = await fills(await book.toBytes());
    expect(a).toEqual(RED);
    expect(b).toEqual(AMBER);
    expect(c).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(d).toEqual(RED);
    expect(e).toEqual(RED);
  });

  it("restores exactly the original fills, including none, after highlighting twice", async () => {
    const original = await roster();
    const before = await fills(original);
    const book = await XlsxWorkbook.open(original);
    const cells = ["A2", "B2", "D2", "E5"].map((cell) => ({ sheet: "DS", cell }));
    await book.highlight(cells);
    await book.highlight(cells.slice(0, 2));
    await book.clearHighlight();
    const after = await fills(await book.toBytes());
    expect(after).toEqual(before);
    expect(after[0]).toBeUndefined();
    expect(after[3]).toEqual(GRADIENT);
    // Other parts of the style survive both steps.
    const ws = (await loadWithExcelJs(await book.toBytes())).getWorksheet("DS") as ExcelJS.Worksheet;
    expect(ws.getCell("D2").font).toMatchObject({ bold: true, name: "Arial" });
  });

  it("can highlight again after clearing", async () => {
    const book = await XlsxWorkbook.open(await roster());
    await book.highlight([{ sheet: "DS", cell: "B2" }]);
    await book.clearHighlight();
    await book.highlight([{ sheet: "DS", cell: "B2" }]);
    expect((await fills(await book.toBytes()))[1]).toEqual(RED);
    await book.clearHighlight();
    expect((await fills(await book.toBytes()))[1]).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  });

  it("refuses cells of a missing sheet before touching any cell", async () => {
    const original = await roster();
    const book = await XlsxWorkbook.open(original);
    const error = await book
      .highlight([
        { sheet: "DS", cell: "A2" },
        { sheet: "Không có", cell: "A1" },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ problem: "sheet-missing", sheet: "Không có" });
    await expect(book.highlight([{ sheet: "DS", cell: "not a cell" }])).rejects.toMatchObject({
      problem: "not-found",
    });
    expect(await fills(await book.toBytes())).toEqual(await fills(original));
  });
});

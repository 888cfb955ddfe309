import ExcelJS from "exceljs";
import { columnIndex, type WorkbookSpec } from "../model";
import { layoutSheet, rowHeights, type CellFormat, type LaidCell } from "./layout";
import { FIXED_DATE, stableZip } from "./stableZip";

/** Writer (a): ExcelJS, as many small tools and web exports produce .xlsx files. */
export async function writeWithExcelJs(book: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ban Tổ chức";
  wb.lastModifiedBy = "Ban Tổ chức";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (book.date1904) wb.properties.date1904 = true;
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 10000,
      firstSheet: 0,
      activeTab: book.activeSheet ?? 0,
      visibility: "visible",
    },
  ];

  for (const sheet of book.sheets) {
    const [xSplit, ySplit] = sheet.freeze ? splitOf(sheet.freeze) : [0, 0];
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.state ?? "visible",
      views: sheet.freeze ? [{ state: "frozen", xSplit, ySplit }] : [],
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    for (const [col, width] of Object.entries(sheet.widths ?? {}))
      ws.getColumn(columnIndex(col) + 1).width = width;
    for (const cell of layoutSheet(sheet)) writeCell(ws.getCell(cell.row, cell.col + 1), cell);
    for (const [r, h] of rowHeights(sheet)) ws.getRow(r).height = h;
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const v of sheet.validations ?? []) {
      const [from, to] = v.range.split(":");
      const [c1, r1] = splitAddress(from);
      const [c2, r2] = splitAddress(to);
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++)
          ws.getCell(r, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [v.list] };
    }
  }
  return stableZip(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function writeCell(target: ExcelJS.Cell, cell: LaidCell): void {
  const c = cell.content;
  if (c.kind === "text") target.value = c.formula ? { formula: c.formula, result: c.text } : c.text;
  else if (c.kind === "number") target.value = c.formula ? { formula: c.formula, result: c.n } : c.n;
  else if (c.kind === "date") target.value = new Date(`${c.iso}T00:00:00Z`);
  else if (c.kind === "error")
    target.value = c.formula
      ? { formula: c.formula, result: { error: c.error } }
      : ({ error: c.error } as ExcelJS.CellErrorValue);
  target.style = styleOf(cell.format);
}

function styleOf(f: CellFormat): Partial<ExcelJS.Style> {
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
  return {
    font: { name: f.font, size: f.size, bold: f.bold || undefined, italic: f.italic || undefined },
    alignment: { horizontal: f.align, vertical: "middle", wrapText: f.wrap || undefined },
    border: f.border ? { top: thin, left: thin, bottom: thin, right: thin } : {},
    numFmt: f.date ? "dd/mm/yyyy" : undefined,
  };
}

function splitAddress(a: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`bad address ${a}`);
  return [columnIndex(m[1]), Number(m[2])];
}

function splitOf(topLeft: string): [number, number] {
  const [c, r] = splitAddress(topLeft);
  return [c, r - 1];
}

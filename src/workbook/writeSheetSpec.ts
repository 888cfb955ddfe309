import type ExcelJS from "exceljs";
import { columnLetter } from "../core/grid";
import { marginsInInches, PAGE_NUMBER_HEADER, type PageSetup, type SheetSpec } from "../core/sheet";
import { writeTableBlock } from "./writeTableBlock";
import { writeTextBlock } from "./writeTextBlock";

/**
 * Fills an empty worksheet from a SheetSpec: column widths, row heights, blocks, print setup (A4, orientation,
 * margins, scale, repeated rows and columns, manual page breaks, page numbers from page 2) and frozen rows.
 * `takenNames` holds the table and defined names already used in the workbook; names given to this sheet's tables
 * are added to it.
 */
export function writeSheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec, takenNames: Set<string>): void {
  (spec.columnWidths ?? []).forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = storedWidth(w);
  });
  for (const block of spec.blocks) {
    if (block.kind === "text") writeTextBlock(ws, block);
    else {
      const name = writeTableBlock(ws, block, takenNames);
      if (name) takenNames.add(name.toLowerCase());
    }
  }
  (spec.rowHeights ?? []).forEach((h, i) => {
    if (h !== undefined && Number.isFinite(h) && h > 0) ws.getRow(i + 1).height = h;
  });
  // Merged into ExcelJS's defaults (dpi …) rather than replacing them.
  Object.assign(ws.pageSetup, pageSetup(spec.page));
  for (const r of spec.page.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  if (spec.page.pageNumbers)
    ws.headerFooter = { differentFirst: true, firstHeader: "", oddHeader: PAGE_NUMBER_HEADER };
  if (spec.freezeRows && spec.freezeRows > 0)
    ws.views = [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }];
}

/** A4 is paper size 9; margins of Nghị định 30/2020 (see documentStyle.ts); pages numbered from 1 on each sheet. */
export function pageSetup(page: PageSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: page.orientation,
    horizontalCentered: true,
    margins: marginsInInches(),
    scale: page.scale ?? 100,
    fitToPage: false,
    firstPageNumber: 1,
  };
  if (page.repeatRows) setup.printTitlesRow = `${page.repeatRows[0] + 1}:${page.repeatRows[1] + 1}`;
  if (page.repeatColumns)
    setup.printTitlesColumn = `${columnLetter(page.repeatColumns[0])}:${columnLetter(page.repeatColumns[1])}`;
  return setup;
}

/**
 * ExcelJS takes a width of exactly 9 for its default and leaves the column out of the file (Excel then draws 8.43):
 * a hair more keeps it.
 */
export function storedWidth(chars: number): number {
  return chars === 9 ? 9.001 : chars;
}

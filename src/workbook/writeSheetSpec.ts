import type ExcelJS from "exceljs";
import type { PageSetup, SheetSpec } from "../core/sheet";
import { writeTableBlock } from "./writeTableBlock";
import { writeTextBlock } from "./writeTextBlock";

/**
 * Fills an empty worksheet from a SheetSpec: column widths, blocks, print setup (A4, orientation, fit to
 * width, repeated title rows) and frozen rows. `takenNames` holds the table and defined names already used in
 * the workbook; names given to this sheet's tables are added to it.
 */
export function writeSheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec, takenNames: Set<string>): void {
  (spec.columnWidths ?? []).forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const block of spec.blocks) {
    if (block.kind === "text") writeTextBlock(ws, block);
    else {
      const name = writeTableBlock(ws, block, takenNames);
      if (name) takenNames.add(name.toLowerCase());
    }
  }
  // Merged into ExcelJS's defaults (dpi, scale …) rather than replacing them.
  Object.assign(ws.pageSetup, pageSetup(spec.page));
  if (spec.freezeRows && spec.freezeRows > 0)
    ws.views = [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }];
}

/** A4 is paper size 9. "Fit to width" is Excel's fit-to-page with no limit on the number of pages down. */
export function pageSetup(page: PageSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: page.orientation,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (page.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (page.repeatRows) setup.printTitlesRow = `${page.repeatRows[0] + 1}:${page.repeatRows[1] + 1}`;
  return setup;
}

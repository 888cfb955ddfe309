import type ExcelJS from "exceljs";
import { TEXT_LOOKS, type TextBlock } from "../core/sheet";
import { cellText } from "./cellText";
import { alignmentOf, fontOf } from "./reportStyles";

/**
 * A line of text of a report (header, title, notes, signature), merged across `span` columns. The text is always a
 * plain string value, so a title that starts with "=" stays text.
 */
export function writeTextBlock(ws: ExcelJS.Worksheet, block: TextBlock): void {
  const look = TEXT_LOOKS[block.style ?? "normal"];
  const row = block.row + 1;
  const col = block.col + 1;
  const span = Math.max(1, Math.floor(block.span ?? 1));
  const cell = ws.getCell(row, col);
  cell.value = cellText(block.text);
  // A fresh style object per cell: ExcelJS shares style objects, and editing a shared one restyles other cells.
  cell.style = {
    font: fontOf(look),
    alignment: alignmentOf(block.align ?? look.align, block.wrap === true, block.wrap ? "top" : "middle"),
  };
  if (span > 1) ws.mergeCells(row, col, row, col + span - 1);
}

import type ExcelJS from "exceljs";
import {
  DOCUMENT_FONT,
  GRID_BORDER,
  LINK_COLOR,
  NUMBER_FORMATS,
  type Align,
  type ColumnFormat,
  type TextLook,
} from "../core/sheet";

/**
 * The document style (`DOCUMENT_STYLE` in src/core/sheet) in ExcelJS's terms, for the .xlsx writer. The Office
 * adapter maps the same definition to office.js (officeLook.ts); the port contract compares what both write.
 */

export { NUMBER_FORMATS };

/** The ExcelJS font of a look. */
export function fontOf(look: TextLook, color?: string): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: DOCUMENT_FONT, size: look.size };
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (color) font.color = { argb: color };
  return font;
}

/** Thin black lines on all four sides: the ruled grid of every table cell. */
export const GRID: Partial<ExcelJS.Borders> = {
  top: { style: GRID_BORDER.style, color: { argb: GRID_BORDER.color } },
  left: { style: GRID_BORDER.style, color: { argb: GRID_BORDER.color } },
  bottom: { style: GRID_BORDER.style, color: { argb: GRID_BORDER.color } },
  right: { style: GRID_BORDER.style, color: { argb: GRID_BORDER.color } },
};

/** The number format of a column format. */
export function numberFormat(format: ColumnFormat | undefined): string {
  return NUMBER_FORMATS[format ?? "text"];
}

export function alignmentOf(
  align: Align,
  wrap: boolean,
  vertical: "top" | "middle" = "middle",
): Partial<ExcelJS.Alignment> {
  return { horizontal: align, vertical, wrapText: wrap };
}

/** Link text colour, as Excel's Hyperlink cell style draws it. */
export const LINK_ARGB = LINK_COLOR;

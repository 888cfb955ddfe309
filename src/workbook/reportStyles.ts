import type ExcelJS from "exceljs";
import type { Align, ColumnFormat, TextStyle } from "../core/sheet";

/**
 * The look of report sheets, in one place: fonts, number formats and colours. Official Vietnamese documents
 * are set in Times New Roman (Nghị định 30/2020/NĐ-CP), so reports printed from the workbook match them.
 */

export const REPORT_FONT = "Times New Roman";
export const BODY_SIZE = 12;

/** Font and default alignment of each text style (title 14 pt bold centred, note small italic …). */
export const TEXT_STYLES: Record<TextStyle, { font: Partial<ExcelJS.Font>; align: Align }> = {
  title: { font: { name: REPORT_FONT, size: 14, bold: true }, align: "center" },
  subtitle: { font: { name: REPORT_FONT, size: 12, bold: true }, align: "center" },
  heading: { font: { name: REPORT_FONT, size: BODY_SIZE, bold: true }, align: "left" },
  bold: { font: { name: REPORT_FONT, size: BODY_SIZE, bold: true }, align: "left" },
  italic: { font: { name: REPORT_FONT, size: BODY_SIZE, italic: true }, align: "left" },
  normal: { font: { name: REPORT_FONT, size: BODY_SIZE }, align: "left" },
  note: { font: { name: REPORT_FONT, size: 10, italic: true }, align: "left" },
};

/** Excel number formats of the table column formats; dates are written dd/mm/yyyy as Vietnamese documents do. */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  integer: "#,##0",
  decimal: "0.00",
  percent: "0.0%",
  date: "dd/mm/yyyy",
  text: "@",
};

export const TABLE_THEME = "TableStyleMedium2";

/** Excel's own "Light red fill with dark red text" and "Green fill with dark green text" presets. */
export const FLAG_COLORS = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
} as const;

export const DATA_BAR_COLOR = "FF638EC6";

/** The colour of a cell link, as Excel's Hyperlink cell style draws it. */
export const LINK_FONT: Partial<ExcelJS.Font> = {
  name: REPORT_FONT,
  size: BODY_SIZE,
  underline: true,
  color: { argb: "FF0563C1" },
};

/** Fill put on cells the user should look at (`highlight`): light red, readable under black text. */
export const HIGHLIGHT_FILL: ExcelJS.FillPattern = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFC7CE" },
  bgColor: { argb: "FFFFC7CE" },
};

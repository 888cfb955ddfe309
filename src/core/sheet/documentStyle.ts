import type { Align, TextStyle } from "./sheetSpec";

/**
 * The look of every report sheet, in one place, read by the layout (to measure rows and pages) and by both
 * adapters (.xlsx and office.js), so a report looks the same whichever wrote it.
 *
 * The rules are those of Nghị định 30/2020/NĐ-CP, Phụ lục I, which the trade union applies through
 * Quyết định 933/QĐ-TLĐ (14/5/2024): A4, Times New Roman (Unicode), margins top and bottom 20–25 mm, left
 * 30–35 mm, right 15–20 mm; Quốc hiệu 12–13 pt upper-case bold, Tiêu ngữ 13–14 pt bold with a rule as long as
 * the line; parent body upper-case upright and issuer upper-case bold at the Quốc hiệu's size, a short rule of
 * 1/3–1/2 the line under the issuer; "Số:" 13 pt; place and date 13–14 pt italic; the signer's title and name
 * 13–14 pt bold; "Nơi nhận:" 12 pt bold italic, its list 11 pt; page numbers 13–14 pt upright, centred in the
 * top margin, none on the first page. Tables are set at 11 pt (dense tables 11–12 pt) and never print below 10 pt.
 */

export interface TextLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align: Align;
}

export const DOCUMENT_FONT = "Times New Roman";

export const TEXT_LOOKS: Readonly<Record<TextStyle, TextLook>> = {
  parentBody: { size: 13, align: "center" },
  issuer: { size: 13, bold: true, align: "center" },
  rule: { size: 13, align: "center" },
  nation: { size: 13, bold: true, align: "center" },
  motto: { size: 14, bold: true, underline: true, align: "center" },
  number: { size: 13, align: "center" },
  dateLine: { size: 14, italic: true, align: "center" },
  title: { size: 14, bold: true, align: "center" },
  subtitle: { size: 13, bold: true, align: "center" },
  heading: { size: 13, bold: true, align: "left" },
  bold: { size: 13, bold: true, align: "left" },
  italic: { size: 13, italic: true, align: "center" },
  normal: { size: 13, align: "left" },
  note: { size: 11, italic: true, align: "left" },
  warning: { size: 13, bold: true, align: "left" },
  signTitle: { size: 13, bold: true, align: "center" },
  signHint: { size: 12, italic: true, align: "center" },
  signName: { size: 13, bold: true, align: "center" },
  recipientsHead: { size: 12, bold: true, italic: true, align: "left" },
  recipients: { size: 11, align: "left" },
};

/** Cells of a table: column titles, the numbering row, data, totals. */
export const TABLE_LOOKS = {
  title: { size: 11, bold: true, align: "center" },
  numbering: { size: 11, italic: true, align: "center" },
  body: { size: 11, align: "left" },
  totals: { size: 11, bold: true, align: "left" },
} as const satisfies Record<string, TextLook>;

/** Page margins in millimetres; the page number sits in the top margin, `header` mm from the edge. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

export const PAGE_NUMBER_SIZE = 13;

/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

/** No text may print smaller than this (points), whatever the scale. */
export const MIN_PRINTED_SIZE = 10;

/** Every table cell is drawn with a thin black border on all four sides. */
export const GRID_BORDER = { style: "thin", color: "FF000000" } as const;

/** Excel's own "Light red fill with dark red text" and "Green fill with dark green text" presets. */
export const FLAG_COLORS = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
} as const;

/** The colour of a cell link, as Excel's Hyperlink cell style draws it. */
export const LINK_COLOR = "FF0563C1";

/** Excel number formats of the table column formats; dates are written dd/mm/yyyy as Vietnamese documents do. */
export const NUMBER_FORMATS = {
  integer: "#,##0",
  /** A year, or a number read as one (a birth year): no thousands separator. */
  year: "0",
  decimal: "#,##0.0",
  percent: "0.0%",
  date: "dd/mm/yyyy",
  text: "@",
} as const;

/** The page number in Excel's header/footer codes: Times New Roman 13, the page number. */
export const PAGE_NUMBER_CODE = `&"${DOCUMENT_FONT},Regular"&${PAGE_NUMBER_SIZE}&P`;
/** The whole page-number header as the file format writes it: the centre section. */
export const PAGE_NUMBER_HEADER = `&C${PAGE_NUMBER_CODE}`;

const POINTS_PER_MM = 72 / 25.4;

/** The printable area of an A4 page inside the margins, in points. */
export function printableArea(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4_MM.width, A4_MM.height] : [A4_MM.height, A4_MM.width];
  return {
    width: (w - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * POINTS_PER_MM,
    height: (h - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) * POINTS_PER_MM,
  };
}

/** Margins in inches, as both Excel's file format and ExcelJS want them. */
export function marginsInInches(): Record<keyof typeof PAGE_MARGINS_MM, number> {
  const out = {} as Record<keyof typeof PAGE_MARGINS_MM, number>;
  for (const [k, mm] of Object.entries(PAGE_MARGINS_MM))
    out[k as keyof typeof PAGE_MARGINS_MM] = Math.round((mm / 25.4) * 10000) / 10000;
  return out;
}

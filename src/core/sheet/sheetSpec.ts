import type { CellValue } from "../grid";

/**
 * A report sheet described as data, so the same report is written by the .xlsx adapter and by the Office adapter.
 * Rows and columns are 0-based. Text taken from rosters is always written as text, never as a formula.
 * How each style looks (fonts, sizes, borders, margins) is `DOCUMENT_STYLE`, read by both adapters.
 */

/**
 * The looks of a line of text. The first group is the official header of Nghị định 30/2020 (parent body, issuer,
 * its short rule, Quốc hiệu, Tiêu ngữ, number, place and date); then titles, body text, notes and the signature.
 */
export type TextStyle =
  | "parentBody"
  | "issuer"
  | "rule"
  | "nation"
  | "motto"
  | "number"
  | "dateLine"
  | "title"
  | "subtitle"
  | "heading"
  | "bold"
  | "italic"
  | "normal"
  | "note"
  | "warning"
  | "signTitle"
  | "signHint"
  | "signName"
  | "recipientsHead"
  | "recipients";
export type Align = "left" | "center" | "right";

/** A line of text at (row, col), optionally merged across `span` columns (header, title, notes, signature). */
export interface TextBlock {
  kind: "text";
  row: number;
  col: number;
  text: string;
  style?: TextStyle;
  span?: number;
  align?: Align;
  /** Wrap inside the merged cells (long notes, titles wider than the page); the layout makes the row tall enough. */
  wrap?: boolean;
}

/** A formula (A1, without "=") with the value it computes, so readers that do not calculate still show it. */
export interface Formula {
  formula: string;
  result: number | string | null;
}

/** What a table cell holds: a value (null = an empty cell) or a formula. */
export type SpecValue = CellValue | Formula;

export function isFormula(v: SpecValue | undefined): v is Formula {
  return typeof v === "object" && v !== null && "formula" in v;
}

export type ColumnFormat = "text" | "integer" | "year" | "decimal" | "percent" | "date";

export interface TableColumn {
  /** The column's title, shown above the numbering row (or as the table's header when the table has none). */
  header: string;
  /** The numbering label ("(5) = (3)/(4)") of a numbered table; "(n)" by position when absent. */
  number?: string;
  /** Width in characters (Excel's column width unit). */
  width?: number;
  format?: ColumnFormat;
  /** Wrap long text (lists of topics, messages). */
  wrap?: boolean;
  align?: Align;
  /** Not printed nor shown (kept for filtering, e.g. a finding's code). */
  hidden?: boolean;
}

/** A jump to a cell, shown as the cell's text: in this workbook, or in another one by its path relative to this one. */
export interface CellLink {
  file?: string;
  sheet: string;
  cell: string;
}

/** Visible marking of cells of one column: equal to `equals` → the style (e.g. "Chưa đạt" → bad). */
export interface ColumnFlag {
  column: number;
  equals: CellValue;
  style: "bad" | "good";
}

/**
 * A real Excel table with filters, drawn with a black ruled grid. A `numbered` table prints the column titles in a
 * row of their own and uses the numbering row "(1) (2) (3)…" as the Excel table's header, so filters sit under
 * the titles and sorting never moves the numbering. `totals` are rows under the table, outside it, so filters and
 * pivots never count them twice.
 */
export interface TableBlock {
  kind: "table";
  /** Table name in the workbook: letters, digits and underscores, unique per workbook. */
  name: string;
  /** The first row of the block: the titles row of a numbered table, the table's header row otherwise. */
  row: number;
  col: number;
  columns: TableColumn[];
  rows: SpecValue[][];
  numbered?: boolean;
  /** Rows written under the table, outside it, in bold (totals computed by formulas over the rows above). */
  totals?: SpecValue[][];
  /** Number formats of totals cells that differ from their column's (a row in another unit, e.g. money). */
  totalsFormats?: (ColumnFormat | undefined)[][];
  /** Number formats of data cells that differ from their column's (a birth year in a column of birth dates). */
  rowFormats?: (ColumnFormat | undefined)[][];
  /** Links to show in one column: targets[i] belongs to rows[i]. */
  links?: { column: number; targets: (CellLink | null)[] };
  flags?: ColumnFlag[];
}

export type Block = TextBlock | TableBlock;

export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Excel rows (0-based, inclusive) repeated at the top of each printed page. */
  repeatRows?: [number, number];
  /** Columns (0-based, inclusive) repeated at the left of each printed page, for tables wider than a page. */
  repeatColumns?: [number, number];
  /** Print scale in percent (10–400); 100 when absent. */
  scale?: number;
  /** Rows (0-based) that start a new printed page: manual breaks that keep blocks whole. */
  rowBreaks?: number[];
  /** Page numbers centred at the top, from page 2 (the first page shows none). */
  pageNumbers?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Column widths in characters, from column A; missing ones keep the default. */
  columnWidths?: number[];
  /** Row heights in points, by row; missing ones keep the default. */
  rowHeights?: (number | undefined)[];
  blocks: Block[];
  page: PageSetup;
  /** Rows (count from the top) kept in view while scrolling. */
  freezeRows?: number;
  /**
   * Once written the sheet is the user's own data, not a report (the consolidated roster): it is not recorded as
   * canbo's, so it is read and checked like any roster, and never replaced.
   */
  userData?: boolean;
}

/** The rows a table block takes: titles row (numbered), header row, data rows, totals rows. */
export function tableRowCount(block: TableBlock): number {
  return (block.numbered ? 2 : 1) + Math.max(1, block.rows.length) + (block.totals?.length ?? 0);
}

/** The 0-based row of the Excel table's header (the numbering row of a numbered table). */
export function tableHeaderRow(block: TableBlock): number {
  return block.row + (block.numbered ? 1 : 0);
}

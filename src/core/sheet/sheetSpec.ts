import type { CellValue } from "../grid";

/**
 * A report sheet described as data, so the same report is written by the .xlsx adapter and by the Office adapter.
 * Rows and columns are 0-based. Text taken from rosters is always written as text, never as a formula.
 */

export type TextStyle = "title" | "subtitle" | "heading" | "bold" | "italic" | "normal" | "note";
export type Align = "left" | "center" | "right";

/** A line of text at (row, col), optionally merged across `span` columns (title block, date line, signature). */
export interface TextBlock {
  kind: "text";
  row: number;
  col: number;
  text: string;
  style?: TextStyle;
  span?: number;
  align?: Align;
}

export type ColumnFormat = "text" | "integer" | "decimal" | "percent" | "date";

export interface TableColumn {
  header: string;
  /** Width in characters (Excel's column width unit). */
  width?: number;
  format?: ColumnFormat;
  /** Wrap long text (lists of topics, messages). */
  wrap?: boolean;
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

/** A real Excel table: a header row and data rows, with filters. */
export interface TableBlock {
  kind: "table";
  /** Table name in the workbook: letters, digits and underscores, unique per workbook. */
  name: string;
  row: number;
  col: number;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Links to show in one column: targets[i] belongs to rows[i]. */
  links?: { column: number; targets: (CellLink | null)[] };
  flags?: ColumnFlag[];
  /** Columns (0-based within the table) drawn with data bars, for percentages. */
  dataBars?: number[];
}

export type Block = TextBlock | TableBlock;

export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Excel rows (0-based, inclusive) repeated at the top of each printed page. */
  repeatRows?: [number, number];
  /** Fit all columns on one page width. */
  fitToWidth?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Column widths in characters, from column A; missing ones keep the default. */
  columnWidths?: number[];
  blocks: Block[];
  page: PageSetup;
  /** Rows (count from the top) kept in view while scrolling. */
  freezeRows?: number;
}

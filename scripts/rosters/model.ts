/**
 * The shape of a roster workbook as the corpus describes it: literal rows at literal addresses, the fonts the
 * clerk typed them in, merges, hidden sheets and the date system. Text is written here in Unicode; a cell whose
 * font is a legacy one (.VnTime, .VnTimeH, VNI-Times), or which says `encode`, is stored the way that font's
 * keyboard stored it (see legacyText.ts), so the modules stay readable and the expected Unicode text is the literal.
 */

export type FontName = "Times New Roman" | ".VnTime" | ".VnTimeH" | "VNI-Times" | "Arial" | "Calibri";
export type Encoding = "TCVN3" | "VNI";
export type ExcelError = "#N/A" | "#REF!" | "#VALUE!" | "#DIV/0!";

/** What a row is, for its formatting only (the corpus never tells the reader what a row is). */
export type RowKind = "title" | "header" | "number" | "data" | "section" | "total" | "note" | "sign";

export interface CellSpec {
  v?: string | number;
  /** An Excel date (a serial in the workbook's date system, formatted dd/mm/yyyy): "1978-04-12". */
  date?: string;
  /** An error value. */
  error?: ExcelError;
  /** A formula whose cached result is `v` or `error` (what Excel saved last time it calculated). */
  formula?: string;
  font?: FontName;
  /** Store the text in this encoding whatever the font says ("none": keep Unicode in a legacy font). */
  encode?: Encoding | "none";
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
}

export type Cell = string | number | null | CellSpec;

export interface RowSpec {
  kind: RowKind;
  /** From column A, or keyed by column letter. */
  cells: Cell[] | Record<string, Cell>;
  font?: FontName;
  height?: number;
}

/** A bare array is a data row from column A. */
export type Row = Cell[] | RowSpec;

export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** Font of every cell unless its row or the cell says otherwise. */
  font: FontName;
  size?: number;
  /** Columns of the table ("A:N"): its rows get borders on every cell, empty ones too, as clerks format them. */
  table?: string;
  /** Excel row number → row. */
  rows: Record<number, Row>;
  merges?: string[];
  /** Column letter → width in characters. */
  widths?: Record<string, number>;
  /** Top-left cell of the scrolling pane ("C9"): rows above and columns left of it are frozen. */
  freeze?: string;
  /** In-cell dropdowns, e.g. { range: "E10:E40", list: "DM!$A$2:$A$12" }. */
  validations?: { range: string; list: string }[];
}

export interface WorkbookSpec {
  /** File name in test/fixtures/rosters/. */
  file: string;
  /** exceljs: ExcelJS; xml: parts assembled as Excel writes them; libreoffice: either, then re-saved by LibreOffice. */
  writer: "exceljs" | "xml";
  resave?: "libreoffice";
  date1904?: boolean;
  /** Index of the sheet shown when the file opens. */
  activeSheet?: number;
  sheets: SheetSpec[];
}

// Row helpers: a module reads like the sheet it describes.
export const title = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({ kind: "title", cells, font });
export const header = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({
  kind: "header",
  cells,
  font,
});
export const numbering = (cells: RowSpec["cells"]): RowSpec => ({ kind: "number", cells });
export const section = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({
  kind: "section",
  cells,
  font,
});
export const total = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({ kind: "total", cells, font });
export const note = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({ kind: "note", cells, font });
export const sign = (cells: RowSpec["cells"], font?: FontName): RowSpec => ({ kind: "sign", cells, font });

/** A data row from column A typed in a font other than the sheet's. */
export const rowIn = (font: FontName, cells: Cell[]): RowSpec => ({ kind: "data", cells, font });

// Cell helpers.
export const date = (iso: string): CellSpec => ({ date: iso });
export const err = (error: ExcelError, formula?: string): CellSpec => ({ error, formula });
export const calc = (formula: string, v: string | number): CellSpec => ({ formula, v });
export const inFont = (font: FontName, v: string | number, encode?: CellSpec["encode"]): CellSpec => ({
  v,
  font,
  encode,
});
/** "(1) (2) … (n)": the numbering row under a header. */
export const columnNumbers = (n: number): string[] => Array.from({ length: n }, (_, i) => `(${i + 1})`);

/** Column letters ↔ 0-based indices. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A row's cells by 0-based column index. */
export function rowCells(row: Row): Map<number, Cell> {
  const spec = Array.isArray(row) ? { cells: row } : row;
  const out = new Map<number, Cell>();
  if (Array.isArray(spec.cells)) spec.cells.forEach((c, i) => c !== null && c !== undefined && out.set(i, c));
  else for (const [col, c] of Object.entries(spec.cells)) if (c !== null) out.set(columnIndex(col), c);
  return out;
}

export function rowKind(row: Row): RowKind {
  return Array.isArray(row) ? "data" : row.kind;
}

export function rowFont(row: Row): FontName | undefined {
  return Array.isArray(row) ? undefined : row.font;
}

export function isCellSpec(c: Cell): c is CellSpec {
  return typeof c === "object" && c !== null;
}

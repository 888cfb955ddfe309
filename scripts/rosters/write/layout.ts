import { storedText } from "../legacyText";
import {
  columnIndex,
  isCellSpec,
  rowCells,
  rowFont,
  rowKind,
  type ExcelError,
  type FontName,
  type RowKind,
  type SheetSpec,
} from "../model";

/**
 * A sheet laid out cell by cell for a writer: what each cell stores (legacy text already encoded) and how it is
 * formatted. Both writers start from this, so an ExcelJS file and a hand-assembled one of the same spec hold the
 * same cells.
 */

export interface CellFormat {
  font: FontName;
  size: number;
  bold: boolean;
  italic: boolean;
  border: boolean;
  align?: "left" | "center" | "right";
  wrap: boolean;
  date: boolean;
}

export type CellContent =
  | { kind: "text"; text: string; formula?: string }
  | { kind: "number"; n: number; formula?: string }
  | { kind: "date"; iso: string }
  | { kind: "error"; error: ExcelError; formula?: string }
  | { kind: "empty" };

export interface LaidCell {
  row: number;
  col: number;
  content: CellContent;
  format: CellFormat;
}

const BORDERED: ReadonlySet<RowKind> = new Set(["header", "number", "data", "section", "total"]);

export function layoutSheet(sheet: SheetSpec): LaidCell[] {
  const [first, last] = (sheet.table ?? "A:A").split(":").map(columnIndex);
  const out: LaidCell[] = [];
  const rowNumbers = Object.keys(sheet.rows)
    .map(Number)
    .sort((a, b) => a - b);
  for (const r of rowNumbers) {
    const row = sheet.rows[r];
    const kind = rowKind(row);
    const cells = rowCells(row);
    const cols = new Set(cells.keys());
    if (sheet.table && BORDERED.has(kind)) for (let c = first; c <= last; c++) cols.add(c);
    for (const c of [...cols].sort((a, b) => a - b)) {
      const cell = cells.get(c) ?? null;
      const spec = isCellSpec(cell) ? cell : { v: cell ?? undefined };
      const font = spec.font ?? rowFont(row) ?? sheet.font;
      const content: CellContent =
        spec.error !== undefined
          ? { kind: "error", error: spec.error, formula: spec.formula }
          : spec.date !== undefined
            ? { kind: "date", iso: spec.date }
            : typeof spec.v === "number"
              ? { kind: "number", n: spec.v, formula: spec.formula }
              : typeof spec.v === "string"
                ? { kind: "text", text: storedText(spec.v, font, spec.encode), formula: spec.formula }
                : { kind: "empty" };
      const bordered = !!sheet.table && BORDERED.has(kind) && c >= first && c <= last;
      out.push({
        row: r,
        col: c,
        content,
        format: {
          font,
          size: sheet.size ?? 12,
          bold: spec.bold ?? ["title", "header", "section", "total", "sign"].includes(kind),
          italic: spec.italic ?? (kind === "number" || kind === "note"),
          border: bordered,
          align: spec.align ?? defaultAlign(kind, content),
          wrap: kind === "header",
          date: content.kind === "date",
        },
      });
    }
  }
  return out;
}

function defaultAlign(kind: RowKind, content: CellContent): CellFormat["align"] {
  if (kind === "header" || kind === "number" || kind === "sign") return "center";
  if (kind === "data" && (content.kind === "number" || content.kind === "date")) return "center";
  return undefined;
}

/** Excel's serial number of a day, in the 1900 system (with its phantom 29/02/1900) or the 1904 one. */
export function excelSerial(iso: string, date1904: boolean): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Date.UTC(y, m - 1, d) / 86_400_000;
  return date1904 ? days - Date.UTC(1904, 0, 1) / 86_400_000 : days - Date.UTC(1899, 11, 30) / 86_400_000;
}

/** Rows' heights: header rows get room for wrapped text unless the spec says. */
export function rowHeights(sheet: SheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  for (const [r, row] of Object.entries(sheet.rows)) {
    if (Array.isArray(row)) continue;
    if (row.height !== undefined) out.set(Number(r), row.height);
    else if (row.kind === "header") out.set(Number(r), 33);
  }
  return out;
}

import type ExcelJS from "exceljs";
import { cellAddress, type CellValue } from "../core/grid";
import type { TableBlock } from "../core/sheet";
import { cellText, plainText } from "./cellText";
import { linkFormula } from "./linkFormula";
import { BODY_SIZE, LINK_FONT, NUMBER_FORMATS, REPORT_FONT, TABLE_THEME } from "./reportStyles";
import { addDataBar, addFlag } from "./tableFormats";
import { uniqueTableName } from "./tableNames";

/**
 * A report table as a real Excel table (ExcelJS addTable): header row with filter buttons, banded style,
 * column formats, links and conditional formats. Returns the name the table got in the workbook.
 */
export function writeTableBlock(
  ws: ExcelJS.Worksheet,
  block: TableBlock,
  takenNames: ReadonlySet<string>,
): string {
  const width = block.columns.length;
  if (width === 0) return "";
  const name = uniqueTableName(block.name, takenNames);
  const headers = tableHeaders(block.columns.map((c) => c.header));
  // Excel needs at least one data row under the header, or it repairs the file.
  const rows = (block.rows.length ? block.rows : [[]]).map((r) =>
    Array.from({ length: width }, (_, j) => storedValue(r[j])),
  );
  const top = block.row + 1;
  const left = block.col + 1;

  ws.addTable({
    name,
    ref: cellAddress(block.row, block.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_THEME, showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });

  const headerStyle: Partial<ExcelJS.Style> = {
    font: { name: REPORT_FONT, size: BODY_SIZE, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  };
  for (let j = 0; j < width; j++) ws.getCell(top, left + j).style = headerStyle;

  block.columns.forEach((column, j) => {
    const numFmt = NUMBER_FORMATS[column.format ?? "text"];
    const alignment: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: column.wrap === true };
    // One style object per column, shared by its cells: ExcelJS deduplicates styles when writing anyway.
    const style: Partial<ExcelJS.Style> = { font: { name: REPORT_FONT, size: BODY_SIZE }, numFmt, alignment };
    const linkStyle: Partial<ExcelJS.Style> = { font: LINK_FONT, numFmt, alignment };
    const links = block.links?.column === j ? block.links.targets : undefined;
    for (let i = 0; i < rows.length; i++) {
      const cell = ws.getCell(top + 1 + i, left + j);
      const target = links?.[i];
      const link = target ? linkFormula(target, block.rows[i]?.[j] ?? null) : undefined;
      if (link) {
        cell.value = { formula: link.formula, result: link.result } as ExcelJS.CellFormulaValue;
        cell.style = linkStyle;
      } else cell.style = style;
    }
    if (column.width !== undefined) ws.getColumn(left + j).width = column.width;
  });

  fitRowHeights(ws, block, top, left);

  const dataRef = (j: number) =>
    `${cellAddress(block.row + 1, block.col + j)}:${cellAddress(block.row + rows.length, block.col + j)}`;
  for (const flag of block.flags ?? [])
    if (flag.column >= 0 && flag.column < width) addFlag(ws, dataRef(flag.column), flag);
  for (const j of block.dataBars ?? [])
    if (j >= 0 && j < width) addDataBar(ws, dataRef(j), block.columns[j].format === "percent");
  return name;
}

/**
 * Header texts Excel accepts for table columns: one line, not empty, unique ignoring case (Excel would
 * otherwise rename them itself and report the file as damaged).
 */
export function tableHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((h, j) => {
    const base = plainText(h).replace(/\s+/g, " ").trim() || `Cột ${j + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLocaleLowerCase()); k++) name = `${base} (${k})`;
    seen.add(name.toLocaleLowerCase());
    return name;
  });
}

/** A spec value as ExcelJS should store it: text escaped, numbers only when finite, never a formula. */
function storedValue(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return cellText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  return v;
}

/** Points per line of body text; wrapped cells need their row made tall, since LibreOffice does not auto-fit on open. */
const LINE_HEIGHT = 15;

/** Sets the height of rows whose wrapped cells hold more than one line (header and data). */
function fitRowHeights(ws: ExcelJS.Worksheet, block: TableBlock, top: number, left: number): void {
  const widthOf = (j: number) => block.columns[j].width ?? ws.getColumn(left + j).width ?? 10;
  const lines = (text: string, width: number) =>
    text
      .split("\n")
      .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(1, width * 1.1))), 0);
  const headerLines = Math.max(...block.columns.map((c, j) => lines(c.header, widthOf(j))));
  if (headerLines > 1) ws.getRow(top).height = headerLines * LINE_HEIGHT;
  block.rows.forEach((row, i) => {
    let most = 1;
    block.columns.forEach((c, j) => {
      const v = row[j];
      if (c.wrap && typeof v === "string") most = Math.max(most, lines(v, widthOf(j)));
    });
    if (most > 1) ws.getRow(top + 1 + i).height = most * LINE_HEIGHT;
  });
}

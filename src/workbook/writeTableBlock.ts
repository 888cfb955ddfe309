import type ExcelJS from "exceljs";
import { cellAddress, type CellValue } from "../core/grid";
import {
  isFormula,
  TABLE_LOOKS,
  tableHeaderRow,
  type ColumnFormat,
  type SpecValue,
  type TableBlock,
} from "../core/sheet";
import { cellText, plainText } from "./cellText";
import { linkFormula } from "./linkFormula";
import { alignmentOf, fontOf, GRID, LINK_ARGB, numberFormat } from "./reportStyles";
import { addFlag } from "./tableFormats";
import { uniqueTableName } from "./tableNames";
import { storedWidth } from "./writeSheetSpec";

/** Table style: a light one without stripes, so the printed table is the black ruled grid we draw. */
export const TABLE_STYLE = "TableStyleLight1";

/**
 * A report table as a real Excel table (ExcelJS addTable) with filter buttons, drawn with a black ruled grid: the
 * titles row of a numbered table, the header row (its numbering), the data rows and the totals rows under the
 * table. Formulas keep their cached values. Returns the name the table got in the workbook.
 */
export function writeTableBlock(
  ws: ExcelJS.Worksheet,
  block: TableBlock,
  takenNames: ReadonlySet<string>,
): string {
  const width = block.columns.length;
  if (width === 0) return "";
  const name = uniqueTableName(block.name, takenNames);
  const headerRow = tableHeaderRow(block);
  const labels = block.numbered
    ? block.columns.map((c, j) => c.number ?? `(${j + 1})`)
    : block.columns.map((c) => c.header);
  // Excel needs at least one data row under the header, or it repairs the file.
  const rows = block.rows.length ? block.rows : [[]];
  const left = block.col + 1;

  ws.addTable({
    name,
    ref: cellAddress(headerRow, block.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: false },
    columns: tableHeaders(labels).map((h) => ({ name: h, filterButton: true })),
    rows: rows.map((r) => Array.from({ length: width }, (_, j) => tableValue(r[j]))),
  });

  const grid = (
    row: number,
    j: number,
    look: (typeof TABLE_LOOKS)[keyof typeof TABLE_LOOKS],
    wrap: boolean,
  ) => {
    const cell = ws.getCell(row, left + j);
    cell.style = {
      font: fontOf(look),
      alignment: alignmentOf(block.columns[j].align ?? "center", wrap),
      border: GRID,
    };
    return cell;
  };
  if (block.numbered)
    block.columns.forEach(
      (c, j) => (grid(block.row + 1, j, TABLE_LOOKS.title, true).value = cellText(c.header)),
    );
  block.columns.forEach((_, j) => {
    const cell = grid(headerRow + 1, j, block.numbered ? TABLE_LOOKS.numbering : TABLE_LOOKS.title, true);
    cell.style = { ...cell.style, alignment: alignmentOf("center", true) };
  });

  type BodyLook = (typeof TABLE_LOOKS)["body"] | (typeof TABLE_LOOKS)["totals"];
  // Cells that look alike share one style object, never changed once made: ExcelJS files a cell's style by the
  // object before rendering it to XML, so a style object per cell cost a rendering per cell (a fifth of writing
  // a report of 100,000 cadres in the page).
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (look: BodyLook, j: number, format: ColumnFormat | undefined, link: boolean) => {
    const key = `${look === TABLE_LOOKS.body ? "body" : "totals"} ${j} ${format ?? ""} ${link}`;
    let style = styles.get(key);
    if (!style) {
      const column = block.columns[j];
      const numeric = column.format && column.format !== "text";
      const font = fontOf(look, link ? LINK_ARGB : undefined);
      style = {
        font: link ? { ...font, underline: true } : font,
        numFmt: numberFormat(format),
        alignment: alignmentOf(column.align ?? (numeric ? "right" : "left"), column.wrap === true, "top"),
        border: GRID,
      };
      styles.set(key, style);
    }
    return style;
  };
  const body = (
    values: readonly SpecValue[],
    row: number,
    look: BodyLook,
    i?: number,
    formats?: readonly (ColumnFormat | undefined)[],
  ) =>
    block.columns.forEach((column, j) => {
      const cell = ws.getCell(row, left + j);
      const target = i !== undefined && block.links?.column === j ? block.links.targets[i] : undefined;
      const link = target ? linkFormula(target, plainValue(values[j])) : undefined;
      if (link) cell.value = { formula: link.formula, result: link.result } as ExcelJS.CellFormulaValue;
      else cell.value = stored(values[j]);
      cell.style = styleOf(look, j, formats?.[j] ?? column.format, link !== undefined);
    });
  rows.forEach((r, i) => body(r, headerRow + 2 + i, TABLE_LOOKS.body, i, block.rowFormats?.[i]));
  (block.totals ?? []).forEach((r, i) =>
    body(r, headerRow + 2 + rows.length + i, TABLE_LOOKS.totals, undefined, block.totalsFormats?.[i]),
  );

  block.columns.forEach((column, j) => {
    const col = ws.getColumn(left + j);
    if (column.width !== undefined) col.width = storedWidth(column.width);
    if (column.hidden) col.hidden = true;
  });

  const dataRef = (j: number) =>
    `${cellAddress(headerRow + 1, block.col + j)}:${cellAddress(headerRow + rows.length, block.col + j)}`;
  for (const flag of block.flags ?? [])
    if (flag.column >= 0 && flag.column < width) addFlag(ws, dataRef(flag.column), flag);
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

/** What ExcelJS's addTable gets: values as stored; formulas are set on the cells right after. */
function tableValue(v: SpecValue | undefined): string | number | boolean | null {
  return isFormula(v) ? null : storedPlain(v);
}

/** A spec value as ExcelJS should store it: text escaped, numbers only when finite, formulas with their result. */
function stored(v: SpecValue | undefined): ExcelJS.CellValue {
  if (isFormula(v)) return { formula: v.formula, result: v.result ?? "" } as ExcelJS.CellFormulaValue;
  return storedPlain(v);
}

function storedPlain(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "string") return cellText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  return v;
}

function plainValue(v: SpecValue | undefined): CellValue {
  if (v === undefined) return null;
  return isFormula(v) ? v.result : v;
}

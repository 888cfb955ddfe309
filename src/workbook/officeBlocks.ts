import {
  DOCUMENT_FONT,
  excelColumnPoints,
  FLAG_COLORS,
  GRID_BORDER,
  isFormula,
  LINK_COLOR,
  NUMBER_FORMATS,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_CODE,
  TABLE_LOOKS,
  TEXT_LOOKS,
  tableHeaderRow,
  type Align,
  type SheetSpec,
  type SpecValue,
  type TableBlock,
  type TextBlock,
  type TextLook,
} from "../core/sheet";
import { columnLetter, type CellValue } from "../core/grid";
import { fitCell } from "./cellText";
import { linkFormula } from "./linkFormula";
import { chunks, payloadBytes, rowsPerChunk, safeNumberFormats } from "./officePlan";
import { TABLE_STYLE, tableHeaders } from "./writeTableBlock";

/**
 * Report blocks and page setup through office.js, from the same document style the .xlsx writer reads
 * (src/core/sheet/documentStyle.ts): fonts, ruled grid, alignment, row heights, margins, scale, breaks and page
 * numbers. `add` queues the bytes of each piece so the caller can sync under Excel's request limit.
 */

export type Queue = (bytes: number) => Promise<void>;

/** Bytes a small instruction (a format, a merge, a name) adds to a request, beyond the values it carries. */
export const OVERHEAD = 200;

export function applyLook(range: Excel.Range, look: TextLook, color?: string): void {
  const font = range.format.font;
  font.name = DOCUMENT_FONT;
  font.size = look.size;
  font.bold = look.bold === true;
  font.italic = look.italic === true;
  font.underline = look.underline ? "Single" : "None";
  if (color) font.color = `#${color.slice(2)}`;
}

function align(range: Excel.Range, horizontal: Align, wrap: boolean, vertical: "Top" | "Center"): void {
  range.format.horizontalAlignment =
    horizontal === "center" ? "Center" : horizontal === "right" ? "Right" : "Left";
  range.format.verticalAlignment = vertical;
  range.format.wrapText = wrap;
}

/** Thin black lines around and inside the range: the ruled grid. */
function rule(range: Excel.Range, rows: number, columns: number): void {
  const edges: `${Excel.BorderIndex}`[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = GRID_BORDER.style === "thin" ? "Thin" : "Medium";
    border.color = `#${GRID_BORDER.color.slice(2)}`;
  }
}

export async function writeText(add: Queue, ws: Excel.Worksheet, block: TextBlock): Promise<void> {
  const look = TEXT_LOOKS[block.style ?? "normal"];
  const range = ws.getRangeByIndexes(block.row, block.col, 1, Math.max(1, block.span ?? 1));
  const cell = ws.getRangeByIndexes(block.row, block.col, 1, 1);
  const text = fitCell(block.text);
  cell.numberFormat = safeNumberFormats([[text]], ["General"]);
  cell.values = [[text]];
  if ((block.span ?? 1) > 1) range.merge();
  applyLook(range, look);
  align(range, block.align ?? look.align, block.wrap === true, block.wrap ? "Top" : "Center");
  await add(OVERHEAD + block.text.length * 2);
}

/** A real table with filters, its values in pieces under the request limit, formulas and links after them. */
export async function writeTable(add: Queue, ws: Excel.Worksheet, block: TableBlock): Promise<void> {
  const width = block.columns.length;
  const header = tableHeaderRow(block);
  const rows = block.rows.length ? block.rows : [[]];
  const totals = block.totals ?? [];
  const formats = block.columns.map((c) => NUMBER_FORMATS[c.format ?? "text"]);
  const labels = block.numbered
    ? block.columns.map((c, j) => c.number ?? `(${j + 1})`)
    : block.columns.map((c) => c.header);

  if (block.numbered) {
    const titles = ws.getRangeByIndexes(block.row, block.col, 1, width);
    titles.numberFormat = [block.columns.map(() => "@")];
    titles.values = [block.columns.map((c) => c.header)];
    applyLook(titles, TABLE_LOOKS.title);
    align(titles, "center", true, "Center");
  }
  const head = ws.getRangeByIndexes(header, block.col, 1, width);
  head.numberFormat = [labels.map(() => "@")];
  head.values = [tableHeaders(labels)];
  applyLook(head, block.numbered ? TABLE_LOOKS.numbering : TABLE_LOOKS.title);
  align(head, "center", true, "Center");
  await add(OVERHEAD * 4 + payloadBytes([labels]) * 4);

  const all = [...rows, ...totals];
  const perCell = Math.max(
    8,
    (payloadBytes(values(all.slice(0, 50), width)) / Math.max(1, Math.min(50, all.length) * width)) * 2,
  );
  for (const [from, count] of chunks(0, all.length, rowsPerChunk(width, perCell))) {
    const part = values(all.slice(from, from + count), width);
    const numberFormat = part.map((row, i) => {
      const at = from + i;
      const own = at < rows.length ? block.rowFormats?.[at] : block.totalsFormats?.[at - rows.length];
      return safeNumberFormats(
        [row],
        formats.map((f, j) => (own?.[j] ? NUMBER_FORMATS[own[j]] : f)),
      )[0];
    });
    const formulas = formulaColumns(block, all.slice(from, from + count), from);
    await add(
      OVERHEAD +
        payloadBytes(part) +
        payloadBytes(numberFormat) +
        payloadBytes(formulas.flatMap((f) => f.cells)),
    );
    const range = ws.getRangeByIndexes(header + 1 + from, block.col, count, width);
    range.numberFormat = numberFormat;
    range.values = part;
    for (const f of formulas)
      ws.getRangeByIndexes(header + 1 + from, block.col + f.column, count, 1).formulas = f.cells;
  }

  const data = ws.getRangeByIndexes(header + 1, block.col, rows.length + totals.length, width);
  applyLook(data, TABLE_LOOKS.body);
  if (totals.length)
    applyLook(
      ws.getRangeByIndexes(header + 1 + rows.length, block.col, totals.length, width),
      TABLE_LOOKS.totals,
    );
  block.columns.forEach((c, j) => {
    const numeric = c.format !== undefined && c.format !== "text";
    const column = ws.getRangeByIndexes(header + 1, block.col + j, rows.length + totals.length, 1);
    align(column, c.align ?? (numeric ? "right" : "left"), c.wrap === true, "Top");
    if (c.width !== undefined)
      ws.getRangeByIndexes(0, block.col + j, 1, 1).format.columnWidth = excelColumnPoints(c.width);
    if (c.hidden) ws.getRangeByIndexes(0, block.col + j, 1, 1).columnHidden = true;
  });
  if (block.links) {
    const links = ws.getRangeByIndexes(header + 1, block.col + block.links.column, rows.length, 1);
    links.format.font.color = `#${LINK_COLOR.slice(2)}`;
    links.format.font.underline = "Single";
  }
  const whole = block.row;
  const height = header - whole + 1 + rows.length + totals.length;
  rule(ws.getRangeByIndexes(whole, block.col, height, width), height, width);

  const table = ws.tables.add(ws.getRangeByIndexes(header, block.col, rows.length + 1, width), true);
  table.name = block.name;
  table.style = TABLE_STYLE;
  table.showBandedRows = false;
  if (supports("1.6"))
    for (const flag of block.flags ?? []) {
      const cf = ws
        .getRangeByIndexes(header + 1, block.col + flag.column, rows.length, 1)
        .conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = `#${FLAG_COLORS[flag.style].fill.slice(2)}`;
      cf.cellValue.format.font.color = `#${FLAG_COLORS[flag.style].font.slice(2)}`;
      cf.cellValue.rule = { formula1: JSON.stringify(String(flag.equals ?? "")), operator: "EqualTo" };
    }
  await add(OVERHEAD * (6 + 3 * width));
}

/** Cell values to write: a formula's cached result, "" for an empty cell (office.js clears with ""). */
/** The values of table rows as Excel takes them; text over 32,767 characters, which Excel refuses, is cut (fitCell). */
function values(rows: readonly (readonly SpecValue[])[], width: number): CellValue[][] {
  return rows.map((r) =>
    Array.from({ length: width }, (_, j) => {
      const v = r[j];
      if (isFormula(v)) return v.result ?? "";
      return typeof v === "string" ? fitCell(v) : (v ?? "");
    }),
  );
}

/** The columns of a piece that hold formulas or links, each as the column's `formulas` (other cells keep their value). */
function formulaColumns(
  block: TableBlock,
  rows: readonly (readonly SpecValue[])[],
  from: number,
): { column: number; cells: (string | number | boolean)[][] }[] {
  const out: { column: number; cells: (string | number | boolean)[][] }[] = [];
  block.columns.forEach((_, j) => {
    const isLinks = block.links?.column === j;
    if (!isLinks && !rows.some((r) => isFormula(r[j]))) return;
    out.push({
      column: j,
      cells: rows.map((r, i) => {
        const v = r[j];
        if (isFormula(v)) return [`=${v.formula}`];
        const target = isLinks ? block.links?.targets[from + i] : undefined;
        const link = target ? linkFormula(target, v ?? null) : undefined;
        return [link ? `=${link.formula}` : (v ?? "")];
      }),
    });
  });
  return out;
}

/** Row heights (runs of equal heights in one request each), orientation, A4, margins, scale, titles, breaks, numbers. */
export function layoutPage(ws: Excel.Worksheet, spec: SheetSpec): void {
  const heights = spec.rowHeights ?? [];
  for (let r = 0; r < heights.length;) {
    let k = r + 1;
    while (k < heights.length && heights[k] === heights[r]) k++;
    const h = heights[r];
    if (h !== undefined) ws.getRangeByIndexes(r, 0, k - r, 1).format.rowHeight = h;
    r = k;
  }
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  if (!supports("1.9")) return;
  const page = spec.page;
  const layout = ws.pageLayout;
  const pt = (mm: number) => (mm * 72) / 25.4;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.topMargin = pt(PAGE_MARGINS_MM.top);
  layout.bottomMargin = pt(PAGE_MARGINS_MM.bottom);
  layout.leftMargin = pt(PAGE_MARGINS_MM.left);
  layout.rightMargin = pt(PAGE_MARGINS_MM.right);
  layout.headerMargin = pt(PAGE_MARGINS_MM.header);
  layout.footerMargin = pt(PAGE_MARGINS_MM.footer);
  layout.centerHorizontally = true;
  layout.printGridlines = false;
  layout.firstPageNumber = 1;
  layout.zoom = { scale: page.scale ?? 100 };
  if (page.repeatRows) layout.setPrintTitleRows(`$${page.repeatRows[0] + 1}:$${page.repeatRows[1] + 1}`);
  if (page.repeatColumns)
    layout.setPrintTitleColumns(
      `$${columnLetter(page.repeatColumns[0])}:$${columnLetter(page.repeatColumns[1])}`,
    );
  if (page.pageNumbers) {
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.firstPage.centerHeader = "";
    layout.headersFooters.defaultForAllPages.centerHeader = PAGE_NUMBER_CODE;
  }
  for (const r of page.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

/** Whether the running Excel has a requirement set (false outside Office, e.g. in tests without a mock). */
export function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

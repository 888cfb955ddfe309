import type { Block, SheetSpec, TableBlock, TextBlock } from "../core/sheet";
import { linkFormula } from "./linkFormula";
import {
  chunks,
  MAX_REQUEST_BYTES,
  payloadBytes,
  rowsPerChunk,
  safeNumberFormats,
  widthInPoints,
} from "./officePlan";
import { OWNER_NAME_PREFIX, referencedSheet } from "./ownership";
import { WorkbookError } from "./port";
import { NUMBER_FORMATS } from "./reportStyles";

/**
 * Writing report sheets through office.js. All the sheets of one report share the requests: one round trip to
 * learn which sheets exist and which are ours, then the writes queue up and go to Excel only when the next
 * piece would take the request past 4 MB, and once at the end — so a report costs about ⌈bytes / 4 MB⌉ + 2
 * syncs however many sheets it has. Each sheet is built under a temporary name and takes the place of the old one
 * only once complete; a sheet of that name we did not write makes the whole call fail before anything is added.
 */

/** Queued bytes of the request being built; syncs before a piece that would not fit. */
class Request {
  private queued = 0;
  constructor(readonly ctx: Excel.RequestContext) {}

  async add(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > MAX_REQUEST_BYTES) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    this.ctx.application.suspendApiCalculationUntilNextSync();
    await this.ctx.sync();
    this.queued = 0;
  }
}

/** Bytes a small instruction (a format, a merge, a name) adds to a request, beyond the values it carries. */
const OVERHEAD = 200;

export async function writeSpecs(ctx: Excel.RequestContext, specs: readonly SheetSpec[]): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  const olds = specs.map((spec) => {
    const old = sheets.getItemOrNullObject(spec.name);
    old.load("name,position");
    return old;
  });
  const owned = ownedNames(ctx);
  await ctx.sync();
  const mine = ownedSheets(owned.items);
  for (const old of olds)
    if (!old.isNullObject && !mine.has(old.name.toLowerCase()))
      throw new WorkbookError("not-owned", old.name);

  const request = new Request(ctx);
  const names = owned.items.map((n) => ({
    name: n.name,
    formula: String(n.formula),
    item: n as Excel.NamedItem | undefined,
  }));
  const stamp = Date.now().toString(36);
  for (const [i, spec] of specs.entries()) {
    const old = olds[i];
    const ws = sheets.add(`canbo_${stamp}_${i}`);
    for (const block of spec.blocks) await writeBlock(request, ws, block);
    spec.columnWidths?.forEach(
      (w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w)),
    );
    layoutPage(ws, spec);
    if (!old.isNullObject) {
      ws.position = old.position;
      const key = old.name.toLowerCase();
      for (let k = names.length - 1; k >= 0; k--) {
        if (referencedSheet(names[k].formula.replace(/^=/, ""))?.toLowerCase() !== key) continue;
        names[k].item?.delete();
        names.splice(k, 1);
      }
      old.delete();
    }
    ws.name = spec.name;
    const name = freeOwnerName(names.map((n) => n.name));
    ctx.workbook.names.add(name, ws.getRange("A1"));
    names.push({ name, formula: `='${spec.name.replace(/'/g, "''")}'!$A$1`, item: undefined });
    await request.add(OVERHEAD * 4);
  }
  await request.flush();
}

export function ownedNames(ctx: Excel.RequestContext): Excel.NamedItemCollection {
  const names = ctx.workbook.names;
  names.load("items/name,items/formula");
  return names;
}

/** Lower-cased names of the sheets our workbook names point at. */
export function ownedSheets(items: readonly { name: string; formula: unknown }[]): Set<string> {
  const out = new Set<string>();
  for (const n of items) {
    if (!n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX)) continue;
    const sheet = referencedSheet(String(n.formula).replace(/^=/, ""));
    if (sheet) out.add(sheet.toLowerCase());
  }
  return out;
}

function freeOwnerName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let k = 1;
  while (used.has(`${OWNER_NAME_PREFIX}${k}`)) k++;
  return `${OWNER_NAME_PREFIX}${k}`;
}

async function writeBlock(request: Request, ws: Excel.Worksheet, block: Block): Promise<void> {
  if (block.kind === "text") {
    writeText(ws, block);
    await request.add(OVERHEAD + block.text.length * 2);
  } else await writeTable(request, ws, block);
}

function writeText(ws: Excel.Worksheet, block: TextBlock): void {
  const range = ws.getRangeByIndexes(block.row, block.col, 1, Math.max(1, block.span ?? 1));
  const cell = ws.getRangeByIndexes(block.row, block.col, 1, 1);
  cell.numberFormat = safeNumberFormats([[block.text]], ["General"]);
  cell.values = [[block.text]];
  if ((block.span ?? 1) > 1) range.merge();
  const style = block.style ?? "normal";
  range.format.font.bold = ["title", "subtitle", "heading", "bold"].includes(style);
  range.format.font.italic = style === "italic" || style === "note";
  range.format.font.size = style === "title" ? 14 : style === "subtitle" ? 12 : style === "note" ? 10 : 11;
  if (block.align)
    range.format.horizontalAlignment =
      block.align === "center" ? "Center" : block.align === "right" ? "Right" : "Left";
}

/** A real table, its values written in pieces under the request limit, links as HYPERLINK formulas we build. */
async function writeTable(request: Request, ws: Excel.Worksheet, block: TableBlock): Promise<void> {
  const width = block.columns.length;
  const rows = block.rows.length
    ? block.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ""))
    : [Array(width).fill("")];
  const formats = block.columns.map((c) => NUMBER_FORMATS[c.format ?? "text"]);
  const header = ws.getRangeByIndexes(block.row, block.col, 1, width);
  header.numberFormat = [block.columns.map(() => "@")];
  header.values = [block.columns.map((c) => c.header)];
  await request.add(OVERHEAD + payloadBytes([block.columns.map((c) => c.header)]) * 2);
  const perCell = Math.max(
    8,
    (payloadBytes(rows.slice(0, 50)) / Math.max(1, Math.min(50, rows.length) * width)) * 2,
  );
  for (const [from, count] of chunks(0, rows.length, rowsPerChunk(width, perCell))) {
    const part = rows.slice(from, from + count);
    const numberFormat = safeNumberFormats(part, formats);
    let formulas: (string | number | boolean | null)[][] | undefined;
    if (block.links) {
      const j = block.links.column;
      formulas = part.map((r, i) => {
        const target = block.links?.targets[from + i];
        const link = target ? linkFormula(target, r[j]) : undefined;
        return [link ? `=${link.formula}` : r[j]];
      });
    }
    // What this piece carries, measured as it will travel, before it is queued.
    await request.add(
      OVERHEAD + payloadBytes(part) + payloadBytes(numberFormat) + (formulas ? payloadBytes(formulas) : 0),
    );
    const range = ws.getRangeByIndexes(block.row + 1 + from, block.col, count, width);
    range.numberFormat = numberFormat;
    range.values = part;
    if (formulas)
      ws.getRangeByIndexes(block.row + 1 + from, block.col + block.links!.column, count, 1).formulas =
        formulas;
  }
  const table = ws.tables.add(ws.getRangeByIndexes(block.row, block.col, rows.length + 1, width), true);
  table.name = block.name;
  block.columns.forEach((c, j) => {
    const col = ws.getRangeByIndexes(block.row, block.col + j, rows.length + 1, 1);
    if (c.width !== undefined) col.format.columnWidth = widthInPoints(c.width);
    if (c.wrap) col.format.wrapText = true;
  });
  if (supports("1.6")) {
    for (const flag of block.flags ?? []) {
      const data = ws.getRangeByIndexes(block.row + 1, block.col + flag.column, rows.length, 1);
      const cf = data.conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = flag.style === "bad" ? "#FFC7CE" : "#C6EFCE";
      cf.cellValue.format.font.color = flag.style === "bad" ? "#9C0006" : "#006100";
      cf.cellValue.rule = { formula1: JSON.stringify(String(flag.equals ?? "")), operator: "EqualTo" };
    }
    for (const j of block.dataBars ?? [])
      ws.getRangeByIndexes(block.row + 1, block.col + j, rows.length, 1).conditionalFormats.add("DataBar");
  }
  await request.add(OVERHEAD * (2 + width));
}

function layoutPage(ws: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
  if (!supports("1.9")) return;
  ws.pageLayout.orientation = spec.page.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  if (spec.page.repeatRows)
    ws.pageLayout.setPrintTitleRows(`$${spec.page.repeatRows[0] + 1}:$${spec.page.repeatRows[1] + 1}`);
  if (spec.page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

/** Whether the running Excel has a requirement set (false outside Office, e.g. in tests without a mock). */
export function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

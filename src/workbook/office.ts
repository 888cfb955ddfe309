import { isDateFormat } from "./stream/dateFormats";
import { columnLetter, type CellArea, type CellValue, type Grid } from "../core/grid";
import { DEFAULT_READ_LIMITS } from "./bounds/readLimits";
import type { SheetSpec } from "../core/sheet";
import { chunks, payloadBytes, rowsPerChunk } from "./officePlan";
import { supports } from "./officeBlocks";
import { ownedNames, ownedSheets, writeSpecs } from "./officeWrite";
import { DEFAULT_PATIENCE, patientRunner, type ExcelRunner, type Patience } from "./officeErrors";
import { applyFixes, fixedCells, undoFixes } from "./officeFixes";
import type { CellFix } from "../core/fixes";
import {
  HIGHLIGHTS_NS,
  highlightsXml,
  readHighlightsXml,
  readSettingsXml,
  SETTINGS_NS,
  settingsXml,
} from "./customXml";
import {
  HIGHLIGHT_COLORS,
  WorkbookError,
  type CellRef,
  type FixOutcome,
  type HighlightCell,
  type ReadOptions,
  type SheetInfo,
  type UndoOutcome,
  type WorkbookPort,
  type WorkbookSettings,
} from "./port";

export type { ExcelRunner } from "./officeErrors";

/** Bytes per cell assumed before a probe has measured the sheet; conservative so the first chunk stays small. */
const PROBE_ROWS = 200;

/**
 * The workbook port over office.js: the only file that speaks to Excel. Reads come in row chunks under 4 MB each
 * (the number of syncs follows the number of chunks, not of rows); writes go in blocks with calculation
 * suspended; ownership is a workbook name per sheet (`canbo_owned_<n>` → 'Sheet'!$A$1), the same record the
 * .xlsx adapter keeps, so either adapter recognises the other's sheets. Every batch waits a little while the user
 * is typing in a cell (see `patientRunner`), and every sheet is looked up as a null object, so a sheet deleted
 * meanwhile is a `sheet-missing` said in words, never Excel's ItemNotFound.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;

  constructor(run: ExcelRunner = (batch) => Excel.run(batch), patience: Patience = DEFAULT_PATIENCE) {
    this.run = patientRunner(run, patience);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      const owned = ownedNames(ctx);
      await ctx.sync();
      const used = sheets.items.map((s) => {
        const r = s.getUsedRangeOrNullObject(true);
        r.load("rowIndex,columnIndex,rowCount,columnCount");
        return r;
      });
      await ctx.sync();
      const mine = ownedSheets(owned.items);
      return sheets.items.map((s, i) => ({
        name: s.name,
        rowCount: used[i].isNullObject ? 0 : used[i].rowIndex + used[i].rowCount,
        columnCount: used[i].isNullObject ? 0 : used[i].columnIndex + used[i].columnCount,
        visible: s.visibility === "Visible",
        owned: mine.has(s.name.toLowerCase()),
      }));
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // The first rows come in the same request: they measure the sheet's bytes per cell for sizing the chunks.
      const head = used.getIntersectionOrNullObject(ws.getRange(`1:${PROBE_ROWS}`));
      head.load("values");
      // DATE(2000,1,1) in the workbook's own date system: a 1904-system workbook gives 1,462 days less.
      const probe = ctx.workbook.functions.date(2000, 1, 1);
      probe.load("value");
      await ctx.sync();
      const date1904 = probe.value === SERIAL_2000_IN_1904;
      if (ws.isNullObject) throw new WorkbookError("sheet-missing", undefined, { sheet: name });
      const grid: Grid = { name, values: [], merges: [] };
      if (used.isNullObject) return grid;
      const rows = Math.min(used.rowIndex + used.rowCount, options.rows ?? Infinity);
      const columns = used.columnIndex + used.columnCount;
      // Excel gives the used range as a rectangle: its size is what reading it would cost, so the file's bounds
      // are checked on it before a single value is asked for (a stray cell at XFD1048576 would be 10^10 cells).
      if (columns > DEFAULT_READ_LIMITS.maxColumns)
        throw new WorkbookError("too-many-columns", columnLetter(columns - 1), { sheet: name });
      if (rows * columns > DEFAULT_READ_LIMITS.maxCells)
        throw new WorkbookError("too-many-cells", undefined, { sheet: name });
      // The grid is anchored at A1: pad what lies above and left of the used range.
      const pad = (row: CellValue[]) => [...Array<CellValue>(used.columnIndex).fill(""), ...row];
      for (let r = 0; r < Math.min(rows, used.rowIndex); r++)
        grid.values.push(Array<CellValue>(columns).fill(""));
      let headRows = head.isNullObject ? [] : (head.values as CellValue[][]);
      if (date1904 && !head.isNullObject) {
        head.load("values,numberFormat");
        await ctx.sync();
        headRows = to1900(head.values as CellValue[][], head.numberFormat as string[][]);
      }
      for (const row of headRows) if (grid.values.length < rows) grid.values.push(pad(row));

      const measured = Math.max(1, headRows.length * used.columnCount);
      const perCell = Math.max(4, (payloadBytes(headRows) / measured) * 1.1);
      for (const [from, count] of chunks(grid.values.length, rows, rowsPerChunk(used.columnCount, perCell))) {
        const range = ws.getRangeByIndexes(from, used.columnIndex, count, used.columnCount);
        // Only a 1904-system workbook needs the number formats, to tell its dates from its other numbers.
        range.load(date1904 ? "values,numberFormat" : "values");
        await ctx.sync();
        const values = range.values as CellValue[][];
        for (const row of date1904 ? to1900(values, range.numberFormat as string[][]) : values)
          grid.values.push(pad(row));
      }
      if (options.fonts) grid.fonts = await readColumnFonts(ctx, ws, grid.values, columns);
      grid.merges = await readMerges(ctx, ws, rows, columns);
      return grid;
    });
  }

  async writeSheet(spec: SheetSpec): Promise<void> {
    await this.writeSheets([spec]);
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    await this.run((ctx) => writeSpecs(ctx, specs));
  }

  async highlight(cells: HighlightCell[], onProgress?: (done: number, total: number) => void): Promise<void> {
    const bySheet = groupBySheet(cells);
    await this.run(async (ctx) => {
      const names = [...bySheet.keys()];
      const sheets = names.map((name) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load("name");
        ws.protection.load("protected");
        return ws;
      });
      const part = customPart(ctx, HIGHLIGHTS_NS);
      await ctx.sync();
      // Check every sheet before changing any, so a protected or missing sheet never leaves half a highlight.
      for (const [i, ws] of sheets.entries()) {
        if (ws.isNullObject) throw new WorkbookError("sheet-missing", undefined, { sheet: names[i] });
        if (ws.protection.protected) throw new WorkbookError("protected", undefined, { sheet: ws.name });
      }
      const before = part.isNullObject ? undefined : part.getXml();
      const targets = sheets.flatMap((ws, i) =>
        bySheet.get(names[i])!.map(({ cell, severity }) => {
          const fill = ws.getRange(cell).format.fill;
          fill.load("color");
          return { sheet: ws.name, cell, fill, color: HIGHLIGHT_COLORS[severity ?? "error"] };
        }),
      );
      await ctx.sync();
      const memory = new Map((before ? readHighlightsXml(before.value) : []).map((f) => [fillKey(f), f]));
      for (const t of targets) {
        const known = memory.get(fillKey(t));
        // A cell still wearing an earlier highlight keeps its true original; any other fill is the user's own.
        const original =
          known && sameColor(t.fill.color, known.highlight) ? known.original : noFill(t.fill.color);
        memory.set(fillKey(t), { sheet: t.sheet, cell: t.cell, original, highlight: t.color });
      }
      // The memory is written before any cell changes: a colouring cut short is still undone exactly.
      writePart(ctx, part, highlightsXml([...memory.values()]));
      await ctx.sync();
      for (let i = 0; i < targets.length; i += HIGHLIGHT_CHUNK) {
        for (const t of targets.slice(i, i + HIGHLIGHT_CHUNK)) t.fill.color = t.color;
        await ctx.sync();
        onProgress?.(Math.min(targets.length, i + HIGHLIGHT_CHUNK), targets.length);
      }
    });
  }

  async clearHighlight(): Promise<void> {
    await this.run(async (ctx) => {
      const part = customPart(ctx, HIGHLIGHTS_NS);
      await ctx.sync();
      if (part.isNullObject) return;
      const xml = part.getXml();
      await ctx.sync();
      const remembered = readHighlightsXml(xml.value);
      const sheets = new Map<string, Excel.Worksheet>();
      for (const name of new Set(remembered.map((f) => f.sheet))) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load("name");
        ws.protection.load("protected");
        sheets.set(name, ws);
      }
      await ctx.sync();
      for (const ws of sheets.values())
        if (!ws.isNullObject && ws.protection.protected)
          throw new WorkbookError("protected", undefined, { sheet: ws.name });
      // A sheet deleted or renamed since takes its cells with it.
      const cells = remembered.flatMap((f) => {
        const ws = sheets.get(f.sheet)!;
        if (ws.isNullObject) return [];
        const fill = ws.getRange(f.cell).format.fill;
        fill.load("color");
        return [{ ...f, fill }];
      });
      await ctx.sync();
      for (const c of cells) {
        // A cell the user has filled since keeps the user's fill.
        if (!sameColor(c.fill.color, c.highlight)) continue;
        if (c.original === null) c.fill.clear();
        else c.fill.color = c.original;
      }
      part.delete();
      await ctx.sync();
    });
  }

  async highlightedCells(): Promise<number> {
    const xml = await this.readPart(HIGHLIGHTS_NS);
    return xml ? readHighlightsXml(xml).length : 0;
  }

  async applyFixes(fixes: readonly CellFix[]): Promise<FixOutcome> {
    return this.run((ctx) => applyFixes(ctx, fixes));
  }

  async undoFixes(): Promise<UndoOutcome> {
    return this.run((ctx) => undoFixes(ctx));
  }

  async fixedCells(): Promise<number> {
    return this.run((ctx) => fixedCells(ctx));
  }

  async readSettings(): Promise<WorkbookSettings> {
    const xml = await this.readPart(SETTINGS_NS);
    return xml ? readSettingsXml(xml) : {};
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    await this.run(async (ctx) => {
      const part = customPart(ctx, SETTINGS_NS);
      await ctx.sync();
      writePart(ctx, part, settingsXml(settings));
      await ctx.sync();
    });
  }

  private readPart(ns: string): Promise<string | undefined> {
    return this.run(async (ctx) => {
      const part = customPart(ctx, ns);
      await ctx.sync();
      if (part.isNullObject) return undefined;
      const xml = part.getXml();
      await ctx.sync();
      return xml.value;
    });
  }

  /** Present only where Excel can insert sheets from a file (ExcelApi 1.13). */
  readonly insertSheetsFrom = supports("1.13")
    ? async (bytes: Uint8Array): Promise<void> => {
        await this.run(async (ctx) => {
          ctx.workbook.insertWorksheetsFromBase64(base64(bytes), { positionType: "End" });
          await ctx.sync();
        });
      }
    : undefined;

  async select(ref: CellRef): Promise<void> {
    await this.run(async (ctx) => {
      const ws = await existingSheet(ctx, ref.sheet);
      ws.activate();
      ws.getRange(ref.cell).select();
      await ctx.sync();
    });
  }

  async activate(sheet: string): Promise<void> {
    await this.run(async (ctx) => {
      (await existingSheet(ctx, sheet)).activate();
      await ctx.sync();
    });
  }
}

/** The sheet of that name, or a `sheet-missing` error naming it (deleted or renamed since it was listed). */
async function existingSheet(ctx: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
  await ctx.sync();
  if (ws.isNullObject) throw new WorkbookError("sheet-missing", undefined, { sheet: name });
  return ws;
}

/** Base64 without Node's Buffer (the adapter runs in the task pane's webview). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function groupBySheet(cells: readonly HighlightCell[]): Map<string, HighlightCell[]> {
  const out = new Map<string, HighlightCell[]>();
  for (const c of cells) {
    const list = out.get(c.sheet);
    if (list) list.push(c);
    else out.set(c.sheet, [c]);
  }
  return out;
}

/** Cells coloured per request: a few hundred KB each way, and a progress step each. */
const HIGHLIGHT_CHUNK = 2_000;

/** The add-in's part of a namespace (custom XML parts need ExcelApi 1.5), or a null object. */
function customPart(ctx: Excel.RequestContext, ns: string): Excel.CustomXmlPart {
  const part = ctx.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
  part.load("id");
  return part;
}

function writePart(ctx: Excel.RequestContext, part: Excel.CustomXmlPart, xml: string): void {
  if (part.isNullObject) ctx.workbook.customXmlParts.add(xml);
  else part.setXml(xml);
}

const fillKey = (f: { sheet: string; cell: string }) =>
  `${f.sheet.toLowerCase()}\u0000${f.cell.toUpperCase()}`;

/** Excel reports "no fill" as white. */
const noFill = (color: string) => (color.toUpperCase() === "#FFFFFF" ? null : color);

const sameColor = (a: string | undefined, b: string) => a?.toUpperCase() === b.toUpperCase();

/**
 * Fonts by column, in one request: legacy encodings come with a font (.VnTime, VNI-Times) set on whole columns or
 * sheets, and one font name per column costs a few bytes where per-cell properties would triple the payload.
 * A column of mixed fonts reports none, and detection then relies on the letters alone.
 */
async function readColumnFonts(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  values: CellValue[][],
  columns: number,
): Promise<(string | undefined)[][]> {
  const fonts = Array.from({ length: columns }, (_, c) => {
    const font = ws.getRangeByIndexes(0, c, Math.max(1, values.length), 1).format.font;
    font.load("name");
    return font;
  });
  await ctx.sync();
  const names = fonts.map((f) => f.name ?? undefined);
  return values.map((row) => row.map((v, c) => (typeof v === "string" && v !== "" ? names[c] : undefined)));
}

/** Merged areas need ExcelApi 1.13; older Excel gives a grid without them (headers are then read without merges). */
async function readMerges(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  rows: number,
  columns: number,
): Promise<CellArea[]> {
  if (!supports("1.13")) return [];
  const areas = ws
    .getRangeByIndexes(0, 0, Math.max(1, rows), Math.max(1, columns))
    .getMergedAreasOrNullObject();
  areas.load("address");
  await ctx.sync();
  if (areas.isNullObject) return [];
  return areas.address.split(",").flatMap((a) => {
    const m = /!?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a);
    if (!m) return [];
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [
      { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: col(m[3] ?? m[1]) },
    ];
  });
}

/** DATE(2000,1,1) as a 1904-system workbook counts it (36,526 in the 1900 system). */
const SERIAL_2000_IN_1904 = 35_064;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DAYS_1900_TO_1904 = 1_462;

/**
 * A 1904-system workbook's dates as 1900-system serials, as the file reader gives them (and the engine counts):
 * only numbers shown in a date format move; years typed as numbers, counts and the rest stay.
 */
function to1900(values: CellValue[][], formats: string[][]): CellValue[][] {
  return values.map((row, i) =>
    row.map((v, j) =>
      typeof v === "number" && isDateFormat(-1, formats[i]?.[j]) ? v + DAYS_1900_TO_1904 : v,
    ),
  );
}

import type { CellArea, CellValue, Grid } from "../core/grid";
import type { SheetSpec } from "../core/sheet";
import { chunks, payloadBytes, rowsPerChunk } from "./officePlan";
import { supports } from "./officeBlocks";
import { ownedNames, ownedSheets, writeSpecs } from "./officeWrite";
import { WorkbookError, type CellRef, type ReadOptions, type SheetInfo, type WorkbookPort } from "./port";

/** Runs a batch against the workbook: Excel.run in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const HIGHLIGHT = "#FFC7CE";
/** Bytes per cell assumed before a probe has measured the sheet; conservative so the first chunk stays small. */
const PROBE_ROWS = 200;

/**
 * The workbook port over office.js: the only file that speaks to Excel. Reads come in row chunks under 4 MB each
 * (the number of syncs follows the number of chunks, not of rows); writes go in blocks with calculation
 * suspended; ownership is a workbook name per sheet (`canbo_owned_<n>` → 'Sheet'!$A$1), the same record the
 * .xlsx adapter keeps, so either adapter recognises the other's sheets.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly fills = new Map<string, Map<string, string | null>>();

  constructor(private readonly run: ExcelRunner = (batch) => Excel.run(batch)) {}

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
      await ctx.sync();
      if (ws.isNullObject) throw new WorkbookError("not-found", name);
      const grid: Grid = { name, values: [], merges: [] };
      if (used.isNullObject) return grid;
      const rows = Math.min(used.rowIndex + used.rowCount, options.rows ?? Infinity);
      const columns = used.columnIndex + used.columnCount;
      // The grid is anchored at A1: pad what lies above and left of the used range.
      const pad = (row: CellValue[]) => [...Array<CellValue>(used.columnIndex).fill(""), ...row];
      for (let r = 0; r < Math.min(rows, used.rowIndex); r++)
        grid.values.push(Array<CellValue>(columns).fill(""));
      const headRows = head.isNullObject ? [] : (head.values as CellValue[][]);
      for (const row of headRows) if (grid.values.length < rows) grid.values.push(pad(row));

      const measured = Math.max(1, headRows.length * used.columnCount);
      const perCell = Math.max(4, (payloadBytes(headRows) / measured) * 1.1);
      for (const [from, count] of chunks(grid.values.length, rows, rowsPerChunk(used.columnCount, perCell))) {
        const range = ws.getRangeByIndexes(from, used.columnIndex, count, used.columnCount);
        range.load("values");
        await ctx.sync();
        for (const row of range.values as CellValue[][]) grid.values.push(pad(row));
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

  async highlight(cells: CellRef[]): Promise<void> {
    const bySheet = groupBySheet(cells);
    await this.run(async (ctx) => {
      const sheets = [...bySheet.keys()].map((name) => {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
        ws.load("name");
        ws.protection.load("protected");
        return ws;
      });
      await ctx.sync();
      // Check every sheet before changing any, so a protected or missing sheet never leaves half a highlight.
      for (const [i, ws] of sheets.entries()) {
        if (ws.isNullObject) throw new WorkbookError("not-found", [...bySheet.keys()][i]);
        if (ws.protection.protected) throw new WorkbookError("protected", ws.name);
      }
      const fills = sheets.map((ws, i) =>
        [...bySheet.values()][i].map((cell) => {
          const fill = ws.getRange(cell).format.fill;
          fill.load("color");
          return { cell, fill };
        }),
      );
      await ctx.sync();
      sheets.forEach((ws, i) => {
        const memory = this.fills.get(ws.name) ?? new Map<string, string | null>();
        for (const { cell, fill } of fills[i]) {
          // Excel reports "no fill" as white; the first highlight of a cell is the one to remember.
          if (!memory.has(cell)) memory.set(cell, fill.color === "#FFFFFF" ? null : fill.color);
          fill.color = HIGHLIGHT;
        }
        this.fills.set(ws.name, memory);
      });
      await ctx.sync();
    });
  }

  async clearHighlight(): Promise<void> {
    if (this.fills.size === 0) return;
    await this.run(async (ctx) => {
      for (const [sheet, memory] of this.fills) {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        for (const [cell, color] of memory) {
          const fill = ws.getRange(cell).format.fill;
          if (color === null) fill.clear();
          else fill.color = color;
        }
      }
      await ctx.sync();
      this.fills.clear();
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
      const ws = ctx.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(ref.cell).select();
      await ctx.sync();
    });
  }

  async activate(sheet: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).activate();
      await ctx.sync();
    });
  }
}

/** Base64 without Node's Buffer (the adapter runs in the task pane's webview). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function groupBySheet(cells: CellRef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of cells) out.set(c.sheet, [...(out.get(c.sheet) ?? []), c.cell]);
  return out;
}

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

import ExcelJS from "exceljs";
import { parseAddress, type Grid } from "../core/grid";
import type { SheetSpec } from "../core/sheet";
import { FillMemory } from "./fillMemory";
import { repairLoadedWorkbook } from "./loadRepairs";
import { loadXlsx } from "./loadXlsx";
import { isOwned, markOwned } from "./ownership";
import {
  HIGHLIGHT_COLORS,
  WorkbookError,
  type CellRef,
  type HighlightCell,
  type ReadOptions,
  type SheetInfo,
  type WorkbookPort,
} from "./port";
import { readGrid, usedExtent } from "./readGrid";
import { activateSheet, selectCell } from "./sheetViews";
import type { SniffLimits } from "./sniffLimits";
import { sniffWorkbook } from "./sniffWorkbook";
import { sheetTableNames, takenNames } from "./tableNames";
import { writeSheetSpec } from "./writeSheetSpec";

/**
 * The WorkbookPort over an .xlsx file, through ExcelJS: bytes in, bytes out, so the same class serves the CLI
 * (see xlsxNode.ts for files on disk) and the browser page (file picker and download). No Node module here.
 */

export interface OpenOptions {
  /** Shown in error details. */
  fileName?: string;
  /** Overrides of the sniffing limits (tests, or a deployment with more memory). */
  limits?: Partial<SniffLimits>;
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly fills = new FillMemory();

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly fileName?: string,
    /** Font of cells in the default style, which ExcelJS reports as having none. */
    private readonly defaultFont?: string,
  ) {}

  /**
   * Reads a workbook from its bytes. Throws WorkbookError with the problem the user must be told: the
   * sniffer's verdict for files that are not usable .xlsx, "corrupted" when ExcelJS cannot read one that looked fine.
   */
  static async open(bytes: Uint8Array | ArrayBuffer, options: OpenOptions = {}): Promise<XlsxWorkbook> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const verdict = sniffWorkbook(data, options.limits);
    if (!verdict.ok) throw new WorkbookError(verdict.problem, withFile(options.fileName, verdict.detail));
    let loaded: Awaited<ReturnType<typeof loadXlsx>>;
    try {
      loaded = await loadXlsx(data);
    } catch (e) {
      throw new WorkbookError(
        "corrupted",
        withFile(options.fileName, e instanceof Error ? e.message : String(e)),
      );
    }
    repairLoadedWorkbook(loaded.workbook);
    return new XlsxWorkbook(loaded.workbook, options.fileName, loaded.defaultFont);
  }

  /** A new workbook without sheets, for a report of its own. */
  static create(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "canbo";
    return new XlsxWorkbook(wb);
  }

  async toBytes(): Promise<Uint8Array> {
    const buf = await this.wb.xlsx.writeBuffer();
    const view = buf as unknown as Uint8Array;
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => {
      const { rows, columns } = usedExtent(ws);
      return {
        name: ws.name,
        rowCount: rows,
        columnCount: columns,
        visible: ws.state === "visible",
        owned: isOwned(this.wb, ws.name),
      };
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<Grid> {
    return readGrid(this.sheet(name), {
      fonts: options.fonts === true,
      defaultFont: this.defaultFont,
      rows: options.rows,
    });
  }

  /**
   * Writes the report sheet at the end of the workbook, or in place of the sheet of that name when this
   * add-in wrote it (then it keeps its position). The new sheet is built under a temporary name first, so a
   * failure leaves the workbook as it was.
   */
  async writeSheet(spec: SheetSpec): Promise<void> {
    checkSheetName(spec.name);
    const old = this.findSheet(spec.name);
    if (old && !isOwned(this.wb, old.name))
      throw new WorkbookError("not-owned", undefined, { sheet: old.name });

    // The old sheet's tables go with it, so the new ones may take their names.
    const names = takenNames(this.wb);
    for (const t of old ? sheetTableNames(old) : []) names.delete(t.toLowerCase());
    const ws = this.wb.addWorksheet(temporaryName(this.wb));
    try {
      writeSheetSpec(ws, spec, names);
    } catch (e) {
      this.wb.removeWorksheet(ws.id);
      throw e;
    }
    if (old) {
      // The sheet order is ExcelJS's `orderNo`, public at runtime though not in its typings.
      const order = old as unknown as { orderNo: number };
      (ws as unknown as { orderNo: number }).orderNo = order.orderNo;
      this.wb.removeWorksheet(old.id);
    }
    ws.name = spec.name;
    if (!spec.userData) markOwned(this.wb, spec.name);
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<void> {
    // Refuse a sheet that is not ours before writing any, as the Office adapter does.
    for (const spec of specs) {
      const old = this.findSheet(spec.name);
      if (old && !isOwned(this.wb, old.name))
        throw new WorkbookError("not-owned", undefined, { sheet: old.name });
    }
    for (const spec of specs) await this.writeSheet(spec);
  }

  async highlight(cells: HighlightCell[]): Promise<void> {
    // Check every reference before touching any cell: all or nothing.
    const targets = cells.map((ref) => ({
      ws: this.sheet(ref.sheet),
      address: cellOf(ref),
      color: HIGHLIGHT_COLORS[ref.severity ?? "error"],
    }));
    // Excel refuses to change a protected sheet's fills; so does this adapter, as the Office one does.
    for (const { ws } of targets)
      if (isProtected(ws)) throw new WorkbookError("protected", undefined, { sheet: ws.name });
    for (const t of targets) this.fills.highlight(t.ws, t.address, t.color);
  }

  async highlightedCells(): Promise<number> {
    return this.fills.size;
  }

  async clearHighlight(): Promise<void> {
    this.fills.restore(this.wb);
  }

  async select(ref: CellRef): Promise<void> {
    const ws = this.visibleSheet(ref.sheet);
    const address = cellOf(ref);
    activateSheet(this.wb, ws);
    selectCell(ws, address);
  }

  async activate(sheet: string): Promise<void> {
    activateSheet(this.wb, this.visibleSheet(sheet));
  }

  /** Sheet names compare ignoring case, as in Excel; the exact spelling wins when both exist in a file. */
  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    return (
      this.wb.getWorksheet(name) ??
      this.wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase())
    );
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.findSheet(name);
    if (!ws) throw new WorkbookError("sheet-missing", undefined, { sheet: name });
    return ws;
  }

  /** Excel cannot show a hidden sheet; Excel's own API refuses to activate one, and so does this adapter. */
  private visibleSheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheet(name);
    if (ws.state !== "visible") throw new WorkbookError("sheet-missing", "hidden", { sheet: ws.name });
    return ws;
  }
}

function cellOf(ref: CellRef): string {
  const at = parseAddress(ref.cell);
  if (!at) throw new WorkbookError("not-found", `${ref.sheet}!${ref.cell}`);
  return ref.cell.replace(/\$/g, "").toUpperCase();
}

/** ExcelJS gives a loaded sheet's <sheetProtection> as `sheetProtection`, with `sheet: true` when it is on. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  return (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
}

function withFile(fileName: string | undefined, detail: string | undefined): string | undefined {
  if (!fileName) return detail;
  return detail ? `${fileName}: ${detail}` : fileName;
}

/**
 * Report sheet names come from code, so a bad one is a programming error, not a user problem. Apostrophes are
 * refused too: ExcelJS writes print titles as '<name>'!$1:$1 without doubling them, which Excel rejects.
 */
function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\']/.test(name) || name.toLowerCase() === "history") {
    throw new Error(`Invalid report sheet name: ${JSON.stringify(name)}`);
  }
}

function temporaryName(wb: ExcelJS.Workbook): string {
  let k = 1;
  while (wb.worksheets.some((ws) => ws.name.toLowerCase() === `canbo_tmp_${k}`)) k++;
  return `canbo_tmp_${k}`;
}

import type { Grid } from "../core/grid";
import type { SheetSpec } from "../core/sheet";
import type { CellFix, SkipReason } from "../core/fixes";

/**
 * The one door between the use cases and a workbook. Two adapters implement it: Excel through office.js
 * (src/workbook/office.ts) and .xlsx files through ExcelJS (src/workbook/xlsxFile.ts).
 */

export interface SheetInfo {
  name: string;
  /** Rows and columns of the used range (0 for an empty sheet). */
  rowCount: number;
  columnCount: number;
  visible: boolean;
  /** True for report sheets this add-in wrote (recorded by the adapter, not guessed from the name). */
  owned?: boolean;
}

export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A cell to colour; errors and warnings get different colours (`HIGHLIGHT_COLORS`). */
export interface HighlightCell extends CellRef {
  severity?: "error" | "warning";
}

/** Excel's own "Bad" and "Neutral" fills: light red for errors, light yellow for warnings, readable under black text. */
export const HIGHLIGHT_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** What the add-in remembers in the workbook for its next report: not personal data, only whose report it is. */
export interface WorkbookSettings {
  /** The parent body printed above the issuer ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"). */
  parentBody?: string;
  /** The issuing body ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE"). */
  issuer?: string;
  /** The place of the date line ("Bến Tre"). */
  place?: string;
}

export interface ReadOptions {
  /** Also read each text cell's font name (slower in Excel). */
  fonts?: boolean;
  /** Read only the first rows (enough to find a roster header); the whole used range when absent. */
  rows?: number;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string, options?: ReadOptions): Promise<Grid>;
  /**
   * Writes a report sheet. A sheet of that name is replaced only when this add-in wrote it before
   * (the adapter records which sheets it owns); any other existing sheet makes this fail, untouched.
   */
  writeSheet(spec: SheetSpec): Promise<void>;
  /**
   * Writes several report sheets as `writeSheet` does each, in order; an adapter may share its round trips
   * between them (Excel does: one report, a handful of requests). A sheet not ours fails the call before any change.
   */
  writeSheets(specs: readonly SheetSpec[]): Promise<void>;
  /**
   * Fills the cells with the colour of their severity (errors when absent), remembering each cell's original
   * fill. The Office adapter keeps that memory in the workbook itself, so it outlives the pane and the file's
   * closing; the .xlsx adapter keeps it for the session.
   */
  highlight(cells: HighlightCell[], onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Restores exactly the fills `highlight` replaced, whenever they were replaced. */
  clearHighlight(): Promise<void>;
  /** How many cells are highlighted and remembered (0 when none): the pane offers to clear them on opening. */
  highlightedCells(): Promise<number>;
  /** Selects and shows one cell. */
  select(ref: CellRef): Promise<void>;
  /** Makes a sheet the active one. */
  activate(sheet: string): Promise<void>;
  /**
   * Copies every sheet of another .xlsx file into this workbook, after its last sheet (Excel with ExcelApi 1.13
   * only; absent where the host cannot do it). The copies are the user's data: they are not owned.
   */
  insertSheetsFrom?(bytes: Uint8Array): Promise<void>;
  /**
   * Applies certain fixes (src/core/fixes), each judged again on the cell as it is now; the cells' values, number
   * formats and fonts are recorded in the workbook first (Excel: a custom XML part), so `undoFixes` restores them
   * in any later session. A protected sheet is refused before any change. Excel only.
   */
  applyFixes?(fixes: readonly CellFix[]): Promise<FixOutcome>;
  /** Restores every fixed cell the user has not edited since, exactly as it was; forgets the record. */
  undoFixes?(): Promise<UndoOutcome>;
  /** How many fixed cells are recorded (0 when none): the pane offers "Hoàn tác" on opening. */
  fixedCells?(): Promise<number>;
  /** The settings remembered in the workbook (Excel only: a custom XML part); absent where none are kept. */
  readSettings?(): Promise<WorkbookSettings>;
  writeSettings?(settings: WorkbookSettings): Promise<void>;
}

/** What applying fixes did: the fixes as applied, and the cells left as they were, with why. */
export interface FixOutcome {
  applied: CellFix[];
  skipped: { fix: CellFix; reason: SkipReason }[];
}

/** What an undo did: cells restored, and cells the user had edited since (kept as the user left them). */
export interface UndoOutcome {
  restored: number;
  kept: number;
}

/** The reading half of the port: all a check needs, and all a read-only source (a streamed file) offers. */
export type SheetReader = Pick<WorkbookPort, "listSheets" | "readSheet">;

export { WorkbookError, isWorkbookError, type ProblemPlace } from "./workbookError";

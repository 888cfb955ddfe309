import { findFixes } from "../app/findFixes";
import { rosterSheetName } from "../core/consolidate";
import { fixedText, selectFixes, type CellFix, type FixKind } from "../core/fixes";
import type { Progress } from "../app/types";
import type { EngineReply, ReportInputs } from "./engine";
import type { Place } from "./state";
import type { CommandDeps } from "./commandDeps";
import { engine } from "./workerClient";

/** What the fix and consolidation commands need of the pane's commands (usePaneCommands). */
export interface FixDeps extends CommandDeps {
  validYear: (place: Place) => number | undefined;
  /** The checks to consolidate, checked again first when the results are stale. */
  checkedKeys: (run: number, year: number, progress: (p: Progress) => void) => Promise<number[]>;
  reportInputs: (year: number, progress: (p: Progress) => void) => Promise<ReportInputs>;
  download: (bytes: Uint8Array, name: string) => void;
  formatCount: (n: number) => string;
}

/**
 * The pane's Sửa, Sửa tất cả, Chuyển cả trang sang Unicode, Hoàn tác, Tải bản đã sửa and Tổng hợp. Nothing changes
 * until the user confirms: the fixes are found first and counted, then applied (each cell's original recorded in
 * the workbook), and the changed cells are listed after.
 */
export function fixCommands(d: FixDeps) {
  const n = d.formatCount;

  /** Finds the certain fixes of the sheets checked (Excel mode); changes nothing. */
  async function findWorkbookFixes(): Promise<boolean> {
    const year = d.validYear("fix");
    const { port, workbook } = d.latest.current;
    if (year === undefined || !port || !workbook) return false;
    const sheets = workbook.sheets.filter((s) => s.checked).map((s) => s.name);
    return d.task("fix", "fix", async () => {
      const { fixes } = await findFixes(port, { year, sheets, wholeSheets: true });
      d.dispatch({ type: "fixes-found", fixes });
      return fixes.length ? undefined : { intent: "info", text: d.texts().fix.none, place: "fix" };
    });
  }

  /**
   * Applies the fixes found: of some kinds (Sửa tất cả), of one cell (Sửa), or a legacy sheet's conversion whole
   * (Chuyển cả trang sang Unicode: only its legacy steps).
   */
  async function applyWorkbookFixes(which: {
    kinds?: FixKind[];
    cell?: CellFix;
    sheet?: string;
  }): Promise<boolean> {
    const { port, workbook } = d.latest.current;
    const apply = port?.applyFixes?.bind(port);
    if (!apply || !workbook?.fixes) return false;
    let chosen = workbook.fixes;
    if (which.cell) chosen = [which.cell];
    if (which.sheet)
      chosen = selectFixes(
        chosen.filter((f) => f.sheet === which.sheet),
        ["legacy-encoding"],
      );
    if (which.kinds) chosen = selectFixes(chosen, which.kinds);
    return d.task("fix", "fix", async () => {
      const { fix } = d.texts();
      const out = await apply(chosen);
      const cells = (await port!.fixedCells?.()) ?? out.applied.length;
      const changed = out.applied.map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        before: String(f.before),
        after: fixedText(f),
      }));
      d.dispatch({ type: "fixed", cells, changed });
      const text = out.skipped.length
        ? fix.doneSkipped(n(out.applied.length), n(out.skipped.length))
        : fix.done(n(out.applied.length));
      return { intent: "success", text, place: "fix" };
    });
  }

  async function undoWorkbookFixes(): Promise<boolean> {
    const { port } = d.latest.current;
    const undo = port?.undoFixes?.bind(port);
    if (!undo) return false;
    return d.task("undo-fixes", "fix", async () => {
      const { fix } = d.texts();
      const out = await undo();
      d.dispatch({ type: "fixed", cells: 0 });
      const text = out.kept ? fix.undoneKept(n(out.restored), n(out.kept)) : fix.undone(n(out.restored));
      return { intent: "success", text, place: "fix" };
    });
  }

  /** "Tải bản đã sửa": a file's fixed copy, patched in its own package; the file given is never changed. */
  async function downloadFixed(name: string): Promise<boolean> {
    const year = d.validYear("fix");
    const file = d.latest.current.files.find((f) => f.name === name);
    if (year === undefined || !file) return false;
    return d.task("fix", "fix", async (_run, progress) => {
      const { fix } = d.texts();
      const out = await engine.run<Extract<EngineReply, { kind: "fixed-bytes" }>>(
        { kind: "fixed-copy", name: file.name, bytes: file.bytes, year },
        progress,
      );
      if (out.changed.length === 0) return { intent: "info", text: fix.none, place: "fix" };
      const copy = `${file.name.replace(/\.xlsx$/i, "")}-da-sua.xlsx`;
      d.download(out.bytes, copy);
      return { intent: "success", text: fix.downloaded(copy, n(out.changed.length)), place: "fix" };
    });
  }

  /** Tổng hợp: a new sheet in Excel mode (canbo's, so it is replaced next time and not checked as a unit's roster), a download in file mode. */
  async function consolidateRosters(): Promise<boolean> {
    const year = d.validYear("report");
    if (year === undefined) return false;
    return d.task("consolidate", "report", async (run, progress) => {
      const { consolidate, ui } = d.texts();
      const keys = await d.checkedKeys(run, year, progress);
      if (keys.length === 0) return { intent: "error", text: ui.noRosterFile, place: "report" };
      const inputs = await d.reportInputs(year, progress);
      const { port, workbook } = d.latest.current;
      if (port && workbook) {
        const out = await engine.run<Extract<EngineReply, { kind: "consolidated-sheets" }>>(
          { kind: "consolidate", keys, inputs, output: "sheets" },
          progress,
        );
        await port.writeSheets(out.sheets.map((s) => ({ ...s, userData: false })));
        await port.activate(rosterSheetName(year));
        return {
          intent: "success",
          text: consolidate.written(rosterSheetName(year), n(out.people)),
          place: "report",
        };
      }
      const out = await engine.run<Extract<EngineReply, { kind: "consolidated-bytes" }>>(
        { kind: "consolidate", keys, inputs, output: "xlsx" },
        progress,
      );
      const name = `tong-hop-${year}.xlsx`;
      d.download(out.bytes, name);
      return { intent: "success", text: consolidate.ready(name, n(out.people)), place: "report" };
    });
  }

  return { findWorkbookFixes, applyWorkbookFixes, undoWorkbookFixes, downloadFixed, consolidateRosters };
}

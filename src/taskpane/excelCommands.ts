import { detectRosterSheets } from "../app/check";
import { DEFAULT_FRAMEWORK, STANDARDS_SHEET_NAME, standardsSheetSpec } from "../core/standards";
import type { WorkbookPort } from "../workbook/port";
import type { CommandDeps } from "./commandDeps";
import { formatCount } from "./formatCount";

/**
 * The pane's commands that only Excel mode has, on the open workbook: open it, mark and unmark the cells of the
 * findings, insert the standards sheet, copy the chosen files' sheets in.
 */
export function excelCommands({ latest, dispatch, task, texts }: CommandDeps) {
  async function highlight(): Promise<boolean> {
    const { port, workbook } = latest.current;
    if (!port || !workbook?.view) return false;
    const cells = workbook.view.highlight;
    return task("highlight", "highlight", async (_run, progress) => {
      await port.highlight(cells, (done, total) =>
        progress({ step: "highlight", done, total, unit: "cells" }),
      );
      dispatch({ type: "highlighted", cells: await port.highlightedCells() });
      return {
        intent: "success",
        text: texts().pane.highlightDone(formatCount(cells.length, latest.current.lang)),
        place: "highlight",
      };
    });
  }

  async function clearHighlight(): Promise<boolean> {
    const { port } = latest.current;
    if (!port) return false;
    return task("clear-highlight", "highlight", async () => {
      await port.clearHighlight();
      dispatch({ type: "highlighted", cells: 0 });
      return { intent: "success", text: texts().pane.highlightCleared, place: "highlight" };
    });
  }

  async function insertStandards(): Promise<boolean> {
    const { port } = latest.current;
    if (!port) return false;
    return task("standards", "source", async () => {
      const { ui } = texts();
      if ((await port.listSheets()).some((s) => s.name === STANDARDS_SHEET_NAME))
        return { intent: "info", text: ui.standardsExists, place: "source" };
      await port.writeSheet(standardsSheetSpec(DEFAULT_FRAMEWORK));
      await port.activate(STANDARDS_SHEET_NAME);
      dispatch({ type: "standards-changed" });
      return { intent: "success", text: ui.standardsInserted, place: "source" };
    });
  }

  async function insertFileSheets(): Promise<boolean> {
    const { port, files } = latest.current;
    const insert = port?.insertSheetsFrom?.bind(port);
    if (!port || !insert) return false;
    return task("insert-sheets", "source", async () => {
      for (const f of files) await insert(new Uint8Array(await f.bytes.arrayBuffer()));
      dispatch({ type: "sheets-listed", sheets: await detectRosterSheets(port) });
      return { intent: "success", text: texts().ui.fileSheetsInserted(files.length), place: "source" };
    });
  }

  /** Opens the workbook in Excel mode; the returned cleanup drops the answer of a pane closed meanwhile. */
  function connectExcel(): () => void {
    let live = true;
    void (async () => {
      const port = await openExcel();
      const sheets = await detectRosterSheets(port);
      const highlighted = await port.highlightedCells();
      const fixed = (await port.fixedCells?.()) ?? 0;
      const remembered = (await port.readSettings?.()) ?? {};
      if (live) dispatch({ type: "workbook-opened", port, sheets, highlighted, fixed, remembered });
    })().catch(
      () =>
        live &&
        dispatch({
          type: "message",
          message: { intent: "error", text: texts().failures.unexpected, place: "source" },
        }),
    );
    return () => {
      live = false;
    };
  }

  return { highlight, clearHighlight, insertStandards, insertFileSheets, connectExcel };
}

/** The Office adapter is loaded only in Excel mode. */
async function openExcel(): Promise<WorkbookPort> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office" */ "../workbook/office");
  return new OfficeWorkbook();
}

import type ExcelJS from "exceljs";

/**
 * Which sheet and cell Excel shows when the file is opened: the workbook view's active tab, and the sheet
 * view's active cell and selection. Only one sheet may be "tab selected", or Excel opens with the sheets
 * grouped (and edits then go to all of them).
 */

/** ExcelJS's typings leave out `tabSelected`, which its reader and writer both handle. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** A copy of the sheet's first view; "normal" when it has none, since ExcelJS writes no selection without a state. */
function firstView(ws: ExcelJS.Worksheet): SheetView {
  const view = { ...((ws.views?.[0] ?? {}) as SheetView) };
  view.state ??= "normal";
  return view;
}

function setFirstView(ws: ExcelJS.Worksheet, view: SheetView): void {
  ws.views = [view as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
}

export function activateSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const sheets = wb.worksheets;
  const index = sheets.indexOf(ws);
  for (const other of sheets) setFirstView(other, { ...firstView(other), tabSelected: other === ws });
  const current: Partial<ExcelJS.WorkbookView> = wb.views?.[0] ?? {};
  const view: ExcelJS.WorkbookView = {
    x: current.x ?? 0,
    y: current.y ?? 0,
    width: current.width ?? 12000,
    height: current.height ?? 24000,
    visibility: current.visibility ?? "visible",
    // The first tab shown in the tab strip must not be after the active one, or the active tab is scrolled away.
    firstSheet: Math.min(current.firstSheet ?? 0, index),
    activeTab: index,
  };
  wb.views = [view, ...(wb.views ?? []).slice(1)];
}

/** Makes `address` the active cell and the selection, keeping the view's frozen panes and zoom. */
export function selectCell(ws: ExcelJS.Worksheet, address: string): void {
  setFirstView(ws, { ...firstView(ws), activeCell: address });
}

import type ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../core/grid";
import { definedNameList } from "./tableNames";

/**
 * Undoes what ExcelJS 4.4 gets wrong when it reads a workbook written by Excel, so that saving the user's
 * workbook again (with a report sheet added) does not damage what was already in it:
 *
 * - Excel leaves out `headerRowCount` when a table has its (default) header row; ExcelJS reads that as "no
 *   header" and would write `headerRowCount="0"` with the header inside the table.
 * - Excel leaves out `hiddenButton` on visible filter buttons; ExcelJS reads that as hidden. All buttons are
 *   shown again (ExcelJS cannot tell "absent" from "1"; a button hidden on purpose is rare and harmless to show).
 * - A table without an <autoFilter> would be written with an <autoFilter> lacking its `ref`.
 * - ExcelJS forgets which sheet a sheet-level name belongs to; Excel's hidden `_xlnm._FilterDatabase` names
 *   (one per filtered sheet) would be merged into one workbook name spanning several sheets. Excel rebuilds
 *   them from the sheets' filters, so they are dropped.
 */
export function repairLoadedWorkbook(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) for (const table of ws.getTables()) repairTable(ws, tableModel(table));
  const names = definedNameList(wb);
  const kept = names.filter((n) => n.name.toLowerCase() !== "_xlnm._filterdatabase");
  if (kept.length !== names.length) (wb.definedNames as unknown as { model: unknown }).model = kept;
}

/** The part of ExcelJS's table model these repairs touch. */
export interface LoadedTable {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

function tableModel(table: unknown): LoadedTable {
  return (table as { table: LoadedTable }).table;
}

export function repairTable(ws: ExcelJS.Worksheet, t: LoadedTable): void {
  const [from, to] = (t.tableRef ?? "").split(":").map(parseAddress);
  if (!from || !to) return;
  // A header row is recognised by its cells holding exactly the column names, as Excel requires.
  if (
    !t.headerRow &&
    t.columns.every((c, j) => String(ws.getCell(from.row + 1, from.col + 1 + j).text) === c.name)
  )
    t.headerRow = true;
  if (!t.headerRow) return;
  for (const c of t.columns) c.filterButton = true;
  if (!t.autoFilterRef)
    t.autoFilterRef = `${cellAddress(from.row, from.col)}:${cellAddress(t.totalsRow ? to.row - 1 : to.row, to.col)}`;
}

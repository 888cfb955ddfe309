import type ExcelJS from "exceljs";

/**
 * Table names Excel accepts: letters, digits, "_" and "."; starting with a letter or "_"; not a cell reference
 * ("A1", "R1C1", "R", "C"); unique in the workbook, ignoring case, among tables and defined names alike.
 * A clash or a bad character would make Excel repair the file and drop the table.
 */

export function uniqueTableName(raw: string, taken: ReadonlySet<string>): string {
  let base = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  base = base.replace(/[^A-Za-z0-9_.]/g, "_").slice(0, 200);
  if (!/^[A-Za-z_]/.test(base) || looksLikeReference(base)) base = `_${base}`;
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  return name;
}

/** Names already used by tables and defined names of the workbook, lower-cased. */
export function takenNames(wb: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of wb.worksheets) for (const t of sheetTableNames(ws)) names.add(t.toLowerCase());
  for (const n of definedNameList(wb)) names.add(n.name.toLowerCase());
  return names;
}

/** The names of a sheet's tables (ExcelJS keeps them on each table's model, loaded or added alike). */
export function sheetTableNames(ws: ExcelJS.Worksheet): string[] {
  return ws.getTables().map((t) => (t as unknown as { table?: { name?: string } }).table?.name ?? "");
}

/** The workbook's defined names with their references, as ExcelJS models them. */
export function definedNameList(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}

function looksLikeReference(s: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(s) || /^[Rr]([0-9]*)([Cc][0-9]*)?$/.test(s) || /^[Cc][0-9]*$/.test(s);
}

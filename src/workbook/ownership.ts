import type ExcelJS from "exceljs";
import { definedNameList } from "./tableNames";

/**
 * Which sheets this add-in wrote, recorded in the workbook itself so the record travels with the file and is
 * shared by the file adapter and the Excel adapter: one workbook-level defined name per owned sheet,
 * `canbo_owned_<n>`, referring to cell A1 of that sheet.
 *
 * A name pointing at the sheet, rather than a list of sheet names, keeps ownership attached to the sheet
 * itself: Excel and LibreOffice rewrite the reference when the user renames the sheet, and turn it into #REF!
 * when the user deletes it, so a sheet the user later creates under the same name is not mistaken for ours.
 * Names survive a save by Excel, LibreOffice and ExcelJS (checked in the tests).
 */

export const OWNER_NAME_PREFIX = "canbo_owned_";

/** The sheet a reference such as "'KQ Kiểm tra'!$A$1" or "Sheet1!$A$1" points at, or undefined. */
export function referencedSheet(ref: string): string | undefined {
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(ref);
  return plain ? plain[1] : undefined;
}

function ownerNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return definedNameList(wb).filter((n) => n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX));
}

/** True when a defined name of ours refers to the sheet (sheet names compare ignoring case, as in Excel). */
export function isOwned(wb: ExcelJS.Workbook, sheet: string): boolean {
  const key = sheet.toLowerCase();
  return ownerNames(wb).some((n) => n.ranges.some((r) => referencedSheet(r)?.toLowerCase() === key));
}

/** Records the sheet as ours (no-op when it already is). */
export function markOwned(wb: ExcelJS.Workbook, sheet: string): void {
  if (isOwned(wb, sheet)) return;
  const used = new Set(ownerNames(wb).map((n) => n.name.toLowerCase()));
  let k = 1;
  while (used.has(`${OWNER_NAME_PREFIX}${k}`)) k++;
  wb.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, `${OWNER_NAME_PREFIX}${k}`);
}

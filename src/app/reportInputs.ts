import type { Cadre } from "../core/cadre";
import { FINANCE_SHEET_NAME, readFinanceSheet, type FinanceYear } from "../core/finance";
import type { SheetProblem } from "../core/messages";
import type { SheetReader } from "../workbook/port";
import { checkWorkbook } from "./check";

/**
 * The finance workbook's years: its "Kinh phí" sheet, or its first sheet. Cells that cannot be read are problems
 * to show, never guessed; no year at all means it is not a finance workbook.
 */
export async function readFinanceInput(
  reader: SheetReader,
): Promise<{ years: FinanceYear[]; problems: SheetProblem[]; sheet: string }> {
  const sheets = await reader.listSheets();
  const sheet = sheets.find((s) => s.name === FINANCE_SHEET_NAME) ?? sheets[0];
  if (!sheet) return { years: [], problems: [], sheet: "" };
  return { ...readFinanceSheet(await reader.readSheet(sheet.name)), sheet: sheet.name };
}

/** Last year's cadres, read the way a roster is checked (for "higher than last year", I6). */
export async function readPreviousRoster(reader: SheetReader, year: number, file?: string): Promise<Cadre[]> {
  return (await checkWorkbook(reader, { year: year - 1, file })).cadres;
}

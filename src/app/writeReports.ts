import type { WorkbookPort } from "../workbook/port";
import type { ReportData } from "./buildReport";
import type { Progress } from "./types";

/**
 * Writes the report sheets through the port (replacing only sheets this add-in wrote before) and makes the
 * first one active. Returns the names written, in order.
 */
export async function writeReportSheets(
  port: WorkbookPort,
  report: ReportData,
  onProgress?: (p: Progress) => void,
): Promise<string[]> {
  const names: string[] = [];
  for (const [i, sheet] of report.sheets.entries()) {
    onProgress?.({ step: "write", sheet: sheet.name, done: i, total: report.sheets.length });
    await port.writeSheet(sheet);
    names.push(sheet.name);
  }
  onProgress?.({ step: "write", done: report.sheets.length, total: report.sheets.length });
  if (names.length) await port.activate(names[0]);
  return names;
}

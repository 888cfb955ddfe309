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
  const names = report.sheets.map((s) => s.name);
  onProgress?.({ step: "write", sheet: names[0], done: 0, total: names.length });
  // In one call, so the Office adapter can share its requests between the sheets.
  await port.writeSheets(report.sheets);
  onProgress?.({ step: "write", done: names.length, total: names.length });
  if (names.length) await port.activate(names[0]);
  return names;
}

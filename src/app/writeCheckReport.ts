import { findingsSheet, summarySheet, type SummaryLine } from "../core/checkSheets";
import type { Messages } from "../core/messages";
import type { WorkbookPort } from "../workbook/port";
import type { BatchResult, CheckedFile } from "./checkFiles";

export interface CheckReportOptions {
  year: number;
  date: Date;
  messages: Messages;
  /** The path a finding's link should use for its file (relative to the report), or undefined for this workbook. */
  linkFile?: (file: string | undefined) => string | undefined;
}

/** Writes the summary sheet and the "KQ Kiểm tra" sheet of a check; returns the names written, in order. */
export async function writeCheckReport(
  port: WorkbookPort,
  batch: BatchResult<CheckedFile>,
  options: CheckReportOptions,
): Promise<string[]> {
  const lines: SummaryLine[] = [];
  for (const f of batch.files) {
    if (!("result" in f)) {
      const [errors, infos] = "skipped" in f ? [0, 1] : [1, 0];
      lines.push({ file: f.path, sheet: "", headerRows: "", cadres: 0, errors, warnings: 0, infos });
      continue;
    }
    for (const s of f.result.sheets) {
      const mine = f.result.findings.filter((x) => x.sheet === s.name);
      lines.push({
        file: f.path,
        sheet: s.name,
        headerRows: s.headerRows ? `${s.headerRows[0]}–${s.headerRows[1]}` : "",
        cadres: s.dataRows,
        errors: mine.filter((x) => x.severity === "error").length,
        warnings: mine.filter((x) => x.severity === "warning").length,
        infos: mine.filter((x) => x.severity === "info").length,
      });
    }
  }
  const summary = summarySheet(lines, batch.findings, options);
  const findings = findingsSheet(batch.findings, options);
  await port.writeSheets([summary, findings]);
  return [summary.name, findings.name];
}

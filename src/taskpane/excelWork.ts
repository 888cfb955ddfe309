import { buildReport } from "../app/buildReport";
import { checkWorkbook, detectRosterSheets } from "../app/check";
import { snapshotSheets } from "../app/snapshotSheets";
import { writeReportSheets } from "../app/writeReports";
import type { CheckResult, Progress } from "../app/types";
import { DEFAULT_FRAMEWORK, STANDARDS_SHEET_NAME, standardsSheetSpec } from "../core/standards";
import type { Messages } from "../i18n";
import { GridWorkbook } from "../workbook/gridWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { inWorker } from "./workerClient";

/** The Office adapter is loaded only in Excel mode. */
export async function openExcel(): Promise<WorkbookPort> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office" */ "../workbook/office");
  return new OfficeWorkbook();
}

export const listRosterSheets = (port: WorkbookPort) => detectRosterSheets(port);

/**
 * Checks the chosen sheets of the open workbook. Only office.js can read them, on the pane's thread; the engine
 * then runs in the page's worker thread so the pane stays responsive (on the pane's thread where no worker runs).
 */
export async function checkOpenWorkbook(
  port: WorkbookPort,
  sheets: string[],
  year: number,
  onProgress: (p: Progress) => void,
): Promise<CheckResult> {
  const sheetsRead = await snapshotSheets(port, sheets, onProgress);
  return inWorker<CheckResult>({ kind: "sheets", sheets: sheetsRead, names: sheets, year }, onProgress, () =>
    checkWorkbook(new GridWorkbook(sheetsRead), { year, sheets }, onProgress),
  );
}

/** Writes the report sheets into the open workbook (replacing only sheets written before) and shows the first. */
export async function writeReportsToWorkbook(
  port: WorkbookPort,
  result: CheckResult,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<void> {
  const report = buildReport(result.cadres, result.findings, {
    year,
    standards: result.standards,
    messages: m,
    date: new Date(),
  });
  await writeReportSheets(port, report, onProgress);
}

/** Inserts the editable standards template unless the workbook has its own "Tiêu chuẩn" sheet; true when inserted. */
export async function insertStandardsTemplate(port: WorkbookPort): Promise<boolean> {
  if ((await port.listSheets()).some((s) => s.name === STANDARDS_SHEET_NAME)) return false;
  await port.writeSheet(standardsSheetSpec(DEFAULT_FRAMEWORK));
  await port.activate(STANDARDS_SHEET_NAME);
  return true;
}

/** Highlights the cells of errors and warnings (information points at no cell worth colouring). */
export function highlightFindings(port: WorkbookPort, result: CheckResult): Promise<void> {
  const cells = result.findings
    .filter((f) => f.severity !== "info" && f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet!, cell: f.cell! }));
  return port.highlight(cells);
}

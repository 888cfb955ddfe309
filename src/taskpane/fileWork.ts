import { buildReport } from "../app/buildReport";
import { writeReportSheets } from "../app/writeReports";
import type { CheckResult, Progress } from "../app/types";
import type { Messages } from "../i18n";
import { checkBytes, xlsx, type FileCheck } from "./checkBytes";
import { inWorker } from "./workerClient";

/**
 * Checks one opened file in the page's worker thread, so the pane stays responsive; on the pane's thread where
 * no worker can start.
 */
export function checkFile(
  name: string,
  bytes: Uint8Array,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<FileCheck> {
  return inWorker<FileCheck>({ kind: "file", name, bytes, year, lang: m.lang }, onProgress, () =>
    checkBytes(name, bytes, year, m, onProgress),
  );
}

/**
 * The report of the checked files as a new workbook (the user's files are never re-saved); links in "KQ Kiểm tra"
 * point at the submitted file by name, so they work when the report is saved beside it.
 */
export async function reportBytes(results: CheckResult[], year: number, m: Messages): Promise<Uint8Array> {
  const { XlsxWorkbook } = await xlsx();
  const wb = XlsxWorkbook.create();
  const cadres = results.flatMap((r) => r.cadres);
  const findings = results.flatMap((r) => r.findings);
  const report = buildReport(cadres, findings, {
    year,
    standards: results[0].standards,
    messages: m,
    date: new Date(),
  });
  await writeReportSheets(wb, report);
  return wb.toBytes();
}

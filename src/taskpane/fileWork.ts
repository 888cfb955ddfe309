import { buildReport } from "../app/buildReport";
import { checkFile as checkOneFile } from "../app/checkFiles";
import { writeReportSheets } from "../app/writeReports";
import type { CheckResult, Progress } from "../app/types";
import { formatFinding } from "../core/findings";
import type { Messages } from "../i18n";
import type { SheetReader } from "../workbook/port";

/** The readers are loaded only when a file is opened, keeping the first page load small; ExcelJS only to write. */
const xlsx = () => import(/* webpackChunkName: "xlsx" */ "../workbook/xlsxFile");
const stream = () => import(/* webpackChunkName: "reader" */ "../workbook/stream/readXlsxStream");

/**
 * Checks one opened file as the command line does: streamed into rows (light, and the page stays responsive
 * between chunks), or through ExcelJS in browsers without DecompressionStream. A file that cannot be used,
 * or holds no roster, gives the sentence to show instead.
 */
export async function checkFile(
  name: string,
  bytes: Uint8Array,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<{ result?: CheckResult; error?: string }> {
  const { canInflate, readXlsxStream } = await stream();
  const open = async (): Promise<SheetReader> => {
    if (canInflate()) return readXlsxStream(bytes, { fileName: name });
    const { XlsxWorkbook } = await xlsx();
    return XlsxWorkbook.open(bytes, { fileName: name });
  };
  const outcome = await checkOneFile(name, open, { year }, onProgress);
  return "result" in outcome ? { result: outcome.result } : { error: formatFinding(outcome.unreadable, m) };
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

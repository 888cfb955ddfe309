import { buildReport } from "../app/buildReport";
import { checkWorkbook } from "../app/check";
import { writeReportSheets } from "../app/writeReports";
import type { CheckResult, Progress } from "../app/types";
import type { Messages } from "../i18n";
import { WorkbookError } from "../workbook/port";

/** The xlsx adapter (and ExcelJS) is loaded only when a file is opened, keeping the first page load small. */
const xlsx = () => import(/* webpackChunkName: "xlsx" */ "../workbook/xlsxFile");

/** Checks one opened file; a file that cannot be used gives the sentence to show instead. */
export async function checkFile(
  name: string,
  bytes: Uint8Array,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<{ result?: CheckResult; error?: string }> {
  try {
    const { XlsxWorkbook } = await xlsx();
    const wb = await XlsxWorkbook.open(bytes, { fileName: name });
    return { result: await checkWorkbook(wb, { year, file: name }, onProgress) };
  } catch (e) {
    if (e instanceof WorkbookError && e.problem in m.fileProblems)
      return { error: m.fileProblems[e.problem as keyof Messages["fileProblems"]] };
    throw e;
  }
}

/**
 * Writes the report sheets into the first opened file's workbook (re-read from its bytes; the file on disk is not
 * touched) and returns the new workbook's bytes for download: the "KQ Kiểm tra" links then point at the roster
 * sheets beside them. With several files, the report covers all of them.
 */
export async function reportBytes(
  files: { name: string; bytes: Uint8Array; result?: CheckResult }[],
  year: number,
  m: Messages,
  onProgress?: (p: Progress) => void,
): Promise<Uint8Array> {
  const results = files.flatMap((f) => (f.result ? [f.result] : []));
  const { XlsxWorkbook } = await xlsx();
  const wb = await XlsxWorkbook.open(files[0].bytes, { fileName: files[0].name });
  const report = buildReport(
    results.flatMap((r) => r.cadres),
    results.flatMap((r) => r.findings),
    { year, standards: results[0].standards, messages: m, date: new Date() },
  );
  await writeReportSheets(wb, report, onProgress);
  return wb.toBytes();
}

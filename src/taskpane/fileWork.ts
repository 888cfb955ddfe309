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

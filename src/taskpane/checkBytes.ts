import { checkFile } from "../app/checkFiles";
import type { CheckResult, Progress } from "../app/types";
import { formatFinding } from "../core/findings";
import type { Messages } from "../i18n";
import type { SheetReader } from "../workbook/port";

/** A file's check as the page shows it: the result, or the sentence saying why the file cannot be used. */
export interface FileCheck {
  result?: CheckResult;
  error?: string;
}

/** The readers load only when a file is opened, keeping the first page load small; ExcelJS also writes reports. */
export const xlsx = () => import(/* webpackChunkName: "xlsx" */ "../workbook/xlsxFile");
const stream = () => import(/* webpackChunkName: "reader" */ "../workbook/stream/readXlsxStream");

/**
 * Checks one opened file as the command line does: streamed into rows, or through ExcelJS in browsers without
 * DecompressionStream. A file that cannot be used, or holds no roster, gives the sentence to show instead.
 */
export async function checkBytes(
  name: string,
  bytes: Uint8Array,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<FileCheck> {
  const { canInflate, readXlsxStream } = await stream();
  const open = async (): Promise<SheetReader> => {
    if (canInflate()) return readXlsxStream(bytes, { fileName: name });
    const { XlsxWorkbook } = await xlsx();
    return XlsxWorkbook.open(bytes, { fileName: name });
  };
  const outcome = await checkFile(name, open, { year }, onProgress);
  return "result" in outcome ? { result: outcome.result } : { error: formatFinding(outcome.unreadable, m) };
}

import { finding, type Finding } from "../core/findings";
import { findDuplicatePersons } from "../core/validate";
import { WorkbookError, type SheetReader } from "../workbook/port";
import { checkWorkbook, summarize } from "./check";
import type { CheckRequest, CheckResult, Summary } from "./types";

/** One file of a batch: its check, or why it could not be used. */
export type FileOutcome = { path: string; result: CheckResult } | { path: string; unreadable: Finding };

export interface BatchResult {
  files: FileOutcome[];
  /** Every finding of every file, plus the same person found in two different files. */
  findings: Finding[];
  summary: Summary;
}

/**
 * Checks a batch of submitted files one by one: a file that cannot be used becomes one `unreadable-file`
 * finding and the rest of the batch is still checked. People listed in two files are reported too, which is
 * what consolidating the rosters of many units needs.
 */
export async function checkFiles(
  paths: readonly string[],
  open: (path: string) => Promise<SheetReader>,
  request: Omit<CheckRequest, "file">,
  onFile?: (done: number, total: number, path: string) => void,
): Promise<BatchResult> {
  const files: FileOutcome[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    onFile?.(i, paths.length, path);
    try {
      const port = await open(path);
      files.push({ path, result: await checkWorkbook(port, { ...request, file: path }) });
    } catch (e) {
      if (!(e instanceof WorkbookError) || e.problem === "not-owned" || e.problem === "protected") throw e;
      files.push({ path, unreadable: finding("unreadable-file", { problem: e.problem }, { file: path }) });
    }
  }
  onFile?.(paths.length, paths.length, "");

  const findings: Finding[] = [];
  let cadres = 0;
  for (const f of files) {
    if ("unreadable" in f) findings.push(f.unreadable);
    else {
      cadres += f.result.summary.cadres;
      for (const x of f.result.findings) findings.push(x);
    }
  }
  const all = files.flatMap((f) => ("result" in f ? f.result.cadres : []));
  for (const d of findDuplicatePersons(all, { acrossFilesOnly: true })) findings.push(d);
  return { files, findings, summary: summarize(cadres, findings) };
}

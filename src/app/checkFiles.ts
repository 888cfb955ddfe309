import { finding, type FileProblem, type Finding } from "../core/findings";
import { findDuplicatePersons } from "../core/validate";
import { WorkbookError, type SheetReader } from "../workbook/port";
import { checkWorkbook, summarize } from "./check";
import type { CheckRequest, CheckResult, Progress, Summary } from "./types";

/** One file of a batch: its check, or why it could not be used. */
export type FileOutcome = { path: string; result: CheckResult } | { path: string; unreadable: Finding };

export interface BatchResult {
  files: FileOutcome[];
  /** Every finding of every file, plus the same person found in two different files. */
  findings: Finding[];
  summary: Summary;
}

/** Opens a submitted file for reading. */
export type OpenFile = (path: string) => Promise<SheetReader>;

/**
 * Checks one submitted file: a file that cannot be used becomes one `unreadable-file` finding, so the rest of
 * a batch is still checked. A workbook without any roster in it (empty, or a title and nothing else) is such a
 * file too: a submitted file that says "0 cán bộ" and nothing else would let a wrong attachment pass unseen.
 * Anything but a user's bad file (a bug, a full disk) is thrown.
 */
export async function checkFile(
  path: string,
  open: OpenFile,
  request: Omit<CheckRequest, "file">,
  onProgress?: (p: Progress) => void,
): Promise<FileOutcome> {
  try {
    const port = await open(path);
    const result = await checkWorkbook(port, { ...request, file: path }, onProgress);
    if (result.sheets.some((s) => s.headerRows !== null)) return { path, result };
    const empty = (await port.listSheets()).every((s) => s.rowCount === 0);
    return { path, unreadable: unreadable(path, empty ? "empty" : "no-roster") };
  } catch (e) {
    if (!(e instanceof WorkbookError) || e.problem === "not-owned" || e.problem === "protected") throw e;
    return { path, unreadable: unreadable(path, e.problem) };
  }
}

function unreadable(path: string, problem: FileProblem): Finding {
  return finding("unreadable-file", { problem }, { file: path });
}

/**
 * Checks a batch of submitted files one by one (the command line spreads them over worker threads instead, and
 * joins the outcomes with `joinOutcomes`).
 */
export async function checkFiles(
  paths: readonly string[],
  open: OpenFile,
  request: Omit<CheckRequest, "file">,
  onFile?: (done: number, total: number, path: string) => void,
): Promise<BatchResult> {
  const files: FileOutcome[] = [];
  for (let i = 0; i < paths.length; i++) {
    onFile?.(i, paths.length, paths[i]);
    files.push(await checkFile(paths[i], open, request));
  }
  onFile?.(paths.length, paths.length, "");
  return joinOutcomes(files);
}

/**
 * The batch's findings and summary from its files' outcomes, in the order given. People listed in two files are
 * reported too, which is what consolidating the rosters of many units needs.
 */
export function joinOutcomes(files: FileOutcome[]): BatchResult {
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

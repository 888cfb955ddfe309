import {
  finding,
  isActionProblem,
  type FileProblem,
  type Finding,
  type FindingPlace,
} from "../core/findings";
import type { ListedPerson } from "../core/validate";
import { isWorkbookError, type SheetReader } from "../workbook/port";
import { checkWorkbook, checkWorkbookListed, type SheetHook } from "./check";
import { OutcomeJoin, type OnJoined } from "./joinOutcomes";
import type { CheckRequest, CheckResult, Progress, Summary } from "./types";

/**
 * One file of a batch: its check, why it could not be used, or why it was skipped (a report canbo wrote, given
 * back as an input: an info, not a failure).
 */
export type FileOutcome<R extends CheckedFile = CheckResult> =
  { path: string; result: R } | { path: string; unreadable: Finding } | { path: string; skipped: Finding };

/**
 * A file's check as a batch may keep it when only the check's own outputs are wanted (its lines, its JSON, its
 * sheets): the people only as far as finding them in two files needs, and not the standards. A report keeps the
 * whole CheckResult.
 */
export type CheckedFile = Omit<CheckResult, "cadres" | "standards"> & { cadres: readonly ListedPerson[] };

export interface BatchResult<R extends CheckedFile = CheckResult> {
  files: FileOutcome<R>[];
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
  onSheet?: SheetHook,
): Promise<FileOutcome> {
  return checkFileWith(path, open, (port) =>
    checkWorkbook(port, { ...request, file: path }, onProgress, onSheet),
  );
}

/** `checkFile` keeping of each cadre only what a check's own outputs need (see checkWorkbookListed). */
export async function checkFileListed(
  path: string,
  open: OpenFile,
  request: Omit<CheckRequest, "file">,
): Promise<FileOutcome<CheckedFile>> {
  return checkFileWith(path, open, async (port) => {
    // The standards stay behind: the outputs of a check do not print them.
    const { file, sheets, findings, summary, cadres } = await checkWorkbookListed(port, {
      ...request,
      file: path,
    });
    return { file, sheets, findings, summary, cadres };
  });
}

async function checkFileWith<R extends CheckedFile>(
  path: string,
  open: OpenFile,
  check: (port: SheetReader) => Promise<R>,
): Promise<FileOutcome<R>> {
  try {
    const port = await open(path);
    const sheets = await port.listSheets();
    // canbo's own report (every sheet carries its mark), saved beside the rosters and met again: not a roster.
    if (sheets.length > 0 && sheets.every((s) => s.owned))
      return { path, skipped: finding("own-report", {}, { file: path }) };
    const result = await check(port);
    if (result.sheets.some((s) => s.headerRows !== null)) return { path, result };
    const empty = sheets.every((s) => s.rowCount === 0);
    return { path, unreadable: unreadable(path, empty ? "empty" : "no-roster") };
  } catch (e) {
    if (!isWorkbookError(e)) throw e;
    const problem = e.problem;
    // A refused action (a sheet not canbo's, one gone meanwhile) is not the file's fault: thrown on.
    if (isActionProblem(problem)) throw e;
    return { path, unreadable: unreadable(path, problem, e) };
  }
}

/** Problems whose detail a person can use: the system's error code, or what failed inside canbo. */
const TOLD_DETAIL: ReadonlySet<FileProblem> = new Set(["io-error", "internal-error"]);

/** The finding of a file that cannot be used; where the problem lies when it lies in one sheet. */
export function unreadable(
  path: string,
  problem: FileProblem,
  from: { detail?: string; sheet?: string; cell?: string } = {},
): Finding {
  const params = TOLD_DETAIL.has(problem) && from.detail ? { problem, detail: from.detail } : { problem };
  const place: FindingPlace = { file: path };
  if (from.sheet !== undefined) place.sheet = from.sheet;
  if (from.cell !== undefined) place.cell = from.cell;
  return finding("unreadable-file", params, place);
}

/**
 * Checks a batch of submitted files one by one (the command line spreads them over worker threads instead); see
 * OutcomeJoin for `onJoined`.
 */
export async function checkFiles(
  paths: readonly string[],
  open: OpenFile,
  request: Omit<CheckRequest, "file">,
  onFile?: (done: number, total: number, path: string) => void,
  onJoined?: OnJoined,
): Promise<BatchResult> {
  return checkEach(paths, (p) => checkFile(p, open, request), onFile, onJoined);
}

/** `checkFiles` keeping of each file what a check's own outputs need (see checkFileListed). */
export async function checkFilesListed(
  paths: readonly string[],
  open: OpenFile,
  request: Omit<CheckRequest, "file">,
  onFile?: (done: number, total: number, path: string) => void,
  onJoined?: OnJoined<CheckedFile>,
): Promise<BatchResult<CheckedFile>> {
  return checkEach(paths, (p) => checkFileListed(p, open, request), onFile, onJoined);
}

async function checkEach<R extends CheckedFile>(
  paths: readonly string[],
  check: (path: string) => Promise<FileOutcome<R>>,
  onFile?: (done: number, total: number, path: string) => void,
  onJoined?: OnJoined<R>,
): Promise<BatchResult<R>> {
  const join = new OutcomeJoin<R>(paths.length, onJoined);
  for (let i = 0; i < paths.length; i++) {
    onFile?.(i, paths.length, paths[i]);
    join.add(i, await check(paths[i]));
  }
  onFile?.(paths.length, paths.length, "");
  return join.result();
}

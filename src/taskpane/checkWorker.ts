import { checkWorkbook } from "../app/check";
import type { CheckResult, Progress } from "../app/types";
import { messagesFor } from "../i18n";
import { GridWorkbook, type GridSheet } from "../workbook/gridWorkbook";
import { checkBytes, type FileCheck } from "./checkBytes";

/**
 * The page's worker thread: the engine runs here, off the pane's thread, so the pane keeps painting progress
 * while a 100,000-row roster is checked. It checks an opened file (file mode), or sheets Excel gave the pane
 * (Excel mode: only office.js can read them, on the pane's thread). Built as its own entry, dist/checkWorker.js.
 */

export type CheckJob =
  | { kind: "file"; id: number; name: string; bytes: Uint8Array; year: number; lang: string }
  | { kind: "sheets"; id: number; sheets: GridSheet[]; names: string[]; year: number };

export type CheckReply =
  | { id: number; progress: Progress }
  | { id: number; done: FileCheck | CheckResult }
  | { id: number; failed: string };

/** The worker's global scope, typed for what is used here (the DOM typings describe a window). */
const scope = self as unknown as {
  postMessage(reply: CheckReply): void;
  onmessage: ((event: MessageEvent<CheckJob>) => void) | null;
};

scope.onmessage = ({ data: job }) => {
  const reply = (r: CheckReply) => scope.postMessage(r);
  const progress = (p: Progress) => reply({ id: job.id, progress: p });
  const work: Promise<FileCheck | CheckResult> =
    job.kind === "file"
      ? checkBytes(job.name, job.bytes, job.year, messagesFor(job.lang), progress)
      : checkWorkbook(new GridWorkbook(job.sheets), { year: job.year, sheets: job.names }, progress);
  work.then(
    (done) => reply({ id: job.id, done }),
    (e: unknown) => reply({ id: job.id, failed: e instanceof Error ? e.message : String(e) }),
  );
};

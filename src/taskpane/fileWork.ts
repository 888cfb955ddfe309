import { buildReport } from "../app/buildReport";
import { writeReportSheets } from "../app/writeReports";
import type { CheckResult, Progress } from "../app/types";
import type { Messages } from "../i18n";
import { checkBytes, xlsx, type FileCheck } from "./checkBytes";
import type { CheckJob, CheckReply } from "./checkWorker";

/** Where the worker script lies, next to the page (a fixed name: webpack.config.js builds it so). */
const WORKER_URL = "checkWorker.js";

/**
 * Checks one opened file in the page's worker thread, so the pane stays responsive; in the page itself where
 * workers are unavailable or the worker cannot start.
 */
export async function checkFile(
  name: string,
  bytes: Uint8Array,
  year: number,
  m: Messages,
  onProgress: (p: Progress) => void,
): Promise<FileCheck> {
  const worker = checker();
  if (!worker) return checkBytes(name, bytes, year, m, onProgress);
  try {
    return await worker.check({ id: 0, name, bytes, year, lang: m.lang }, onProgress);
  } catch (e) {
    if (!(e instanceof WorkerUnavailable)) throw e;
    return checkBytes(name, bytes, year, m, onProgress);
  }
}

class WorkerUnavailable extends Error {}

interface Checker {
  check(job: CheckJob, onProgress: (p: Progress) => void): Promise<FileCheck>;
}

let shared: Checker | undefined | null;

/** One worker for the page's lifetime, started at the first check; null once it failed to start. */
function checker(): Checker | undefined {
  if (shared !== undefined) return shared ?? undefined;
  if (typeof Worker === "undefined") {
    shared = null;
    return undefined;
  }
  const worker = new Worker(WORKER_URL);
  const pending = new Map<
    number,
    { resolve: (c: FileCheck) => void; reject: (e: Error) => void; onProgress: (p: Progress) => void }
  >();
  let next = 1;
  let started = false;
  worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
    started = true;
    const job = pending.get(data.id);
    if (!job) return;
    if ("progress" in data) return job.onProgress(data.progress);
    pending.delete(data.id);
    if ("done" in data) job.resolve(data.done);
    else job.reject(new Error(data.failed));
  };
  worker.onerror = (event) => {
    // A worker that never answered could not start (script missing, blocked): check in the page from now on.
    if (!started) shared = null;
    const error = started ? new Error(event.message) : new WorkerUnavailable(event.message);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    event.preventDefault();
  };
  return (shared = {
    check: (job, onProgress) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({ ...job, id });
      }),
  });
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

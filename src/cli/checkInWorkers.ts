import v8 from "node:v8";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { checkFile, joinOutcomes, unreadable, type BatchResult, type FileOutcome } from "../app/checkFiles";
import type { CheckRequest } from "../app/types";
import { readXlsxGrids } from "../workbook/xlsxNode";

/**
 * A batch of submitted files checked in worker threads: each worker reads and checks whole files (reading is most
 * of the work), the main thread hands out the next file as soon as a worker is free and joins the outcomes in the
 * order given, so the result is the same as checking the files one by one. A worker is also a wall: each has a heap
 * of its own, so a file that exhausts it (or anything else that kills a worker) costs that file only — it gets a
 * line, a fresh worker takes the next file, and the batch always ends with its result.
 */

type Request = Omit<CheckRequest, "file">;
type Reply = { index: number; outcome: FileOutcome } | { index: number; error: string };

const ROLE = "canbo-check-worker";

export async function checkInWorkers(
  paths: readonly string[],
  request: Request,
  jobs: number,
  onFile?: (done: number, total: number, path: string) => void,
): Promise<BatchResult> {
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  // The heap this process was given, for each worker: a worker's own, not shared with the others.
  const heapMb = Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  const workers = new Set<Worker>();

  const lane = () =>
    new Promise<void>((resolve) => {
      let current = -1;
      let failure: unknown;
      const finish = (index: number, outcome: FileOutcome) => {
        outcomes[index] = outcome;
        current = -1;
        onFile?.(++done, paths.length, paths[index]);
      };
      const give = (worker: Worker) => {
        if (next >= paths.length) return resolve();
        current = next++;
        worker.postMessage({ index: current, path: paths[current] });
      };
      const start = () => {
        const worker = new Worker(__filename, {
          workerData: { role: ROLE, request },
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
        });
        workers.add(worker);
        worker.on("message", (reply: Reply) => {
          const path = paths[reply.index];
          finish(
            reply.index,
            "error" in reply
              ? { path, unreadable: unreadable(path, "internal-error", { detail: reply.error }) }
              : reply.outcome,
          );
          give(worker);
        });
        worker.on("error", (e) => (failure = e));
        worker.on("exit", () => {
          workers.delete(worker);
          if (current < 0) return; // ended by the batch, between files
          const path = paths[current];
          const oom = (failure as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
          const detail = failure instanceof Error ? failure.message : "worker stopped";
          finish(current, {
            path,
            unreadable: unreadable(path, oom ? "out-of-memory" : "internal-error", { detail }),
          });
          failure = undefined;
          if (next < paths.length) start();
          else resolve();
        });
        give(worker);
      };
      start();
    });

  try {
    await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, lane));
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
  return joinOutcomes(outcomes);
}

/** True in a worker thread started by checkInWorkers; it then serves files until the main thread ends it. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | null)?.role === ROLE;
}

export function serveChecks(): void {
  const { request } = workerData as { request: Request };
  parentPort!.on("message", ({ index, path }: { index: number; path: string }) => {
    checkFile(path, readXlsxGrids, request).then(
      (outcome) => parentPort!.postMessage({ index, outcome } satisfies Reply),
      (e: unknown) =>
        parentPort!.postMessage({ index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}

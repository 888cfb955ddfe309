import { parentPort, Worker, workerData } from "node:worker_threads";
import { checkFile, joinOutcomes, type BatchResult, type FileOutcome } from "../app/checkFiles";
import type { CheckRequest } from "../app/types";
import { readXlsxGrids } from "../workbook/xlsxNode";

/**
 * A batch of submitted files checked on several cores: each worker thread reads and checks whole files (reading
 * is most of the work), the main thread hands out the next file as soon as a worker is free and joins the
 * outcomes in the order given, so the result is the same as checking the files one by one.
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
  const workers = Array.from(
    { length: Math.min(jobs, paths.length) },
    () => new Worker(__filename, { workerData: { role: ROLE, request } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= paths.length) return resolve();
              const index = next++;
              worker.postMessage({ index, path: paths[index] });
            };
            worker.on("message", (reply: Reply) => {
              if ("error" in reply) return reject(new Error(reply.error));
              outcomes[reply.index] = reply.outcome;
              onFile?.(++done, paths.length, paths[reply.index]);
              give();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (next < paths.length || done < paths.length)
                reject(new Error(`worker stopped (exit code ${code})`));
            });
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
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

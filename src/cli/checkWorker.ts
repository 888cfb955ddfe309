import { parentPort, workerData } from "node:worker_threads";
import { checkFile, checkFileListed } from "../app/checkFiles";
import { readXlsxGrids } from "../workbook/xlsxNode";
import type { Reply, WorkerData } from "./checkInWorkers";

/**
 * A worker thread of checkInWorkers, bundled apart (build/checkWorker.js) so it loads only what checking needs: it
 * checks the files the main thread sends, in order, and sends back each outcome, until the main thread ends it.
 */

const { request, keep } = workerData as WorkerData;
const port = parentPort!;
let turn = Promise.resolve();
port.on("message", ({ index, path }: { index: number; path: string }) => {
  turn = turn.then(() =>
    (keep === "checked"
      ? checkFileListed(path, readXlsxGrids, request)
      : checkFile(path, readXlsxGrids, request)
    ).then(
      (outcome) => port.postMessage({ index, outcome } satisfies Reply),
      (e: unknown) =>
        port.postMessage({ index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    ),
  );
});

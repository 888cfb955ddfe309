import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "../app/checkFiles";
import { checkedFile } from "../app/checkFiles";
import { openWorkbookBytes, readWorkbookBytes, readXlsxGrids } from "../workbook/xlsxNode";
import type { Reply, WorkerData } from "./checkInWorkers";

/**
 * A worker thread of checkInWorkers, bundled apart (build/checkWorker.js) so it loads only what checking needs: it
 * checks the files the main thread sends, in order, and sends back each outcome, until the main thread ends it.
 */

/** Files this small are read ahead, while the file before is checked; a larger one is read at its turn. */
const READ_AHEAD_BYTES = 8 * 2 ** 20;

const { request, keep } = workerData as WorkerData;
const port = parentPort!;
let turn = Promise.resolve();
port.on("message", ({ index, path }: { index: number; path: string }) => {
  // Any failure to read ahead is left to the reading at the file's turn, which says it as alone.
  const ahead = readWorkbookBytes(path, { maxFileBytes: READ_AHEAD_BYTES }).catch(() => undefined);
  const open = async (file: string) => {
    const bytes = await ahead;
    return bytes ? openWorkbookBytes(file, bytes) : readXlsxGrids(file);
  };
  turn = turn.then(() =>
    checkFile(path, open, request).then(
      (outcome) =>
        port.postMessage({
          index,
          outcome:
            "result" in outcome && keep === "checked"
              ? { ...outcome, result: checkedFile(outcome.result) }
              : outcome,
        } satisfies Reply),
      (e: unknown) =>
        port.postMessage({ index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    ),
  );
});

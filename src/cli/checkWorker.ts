import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import {
  checkFile,
  checkFileListed,
  type CheckedFile,
  type FileOutcome,
  type OpenFile,
} from "../app/checkFiles";
import { GridWorkbook } from "../workbook/gridWorkbook";
import { errorData, errorFromData, isWorkbookError, type ErrorData } from "../workbook/workbookError";
import { readXlsxGrids } from "../workbook/xlsxNode";
import type { Message, Reply, WorkerData } from "./checkInWorkers";
import { leavePathOut } from "./outcomeClone";
import { packSheets, unpackSheets, type PackedSheets } from "./packedGrids";

/**
 * A worker thread of checkInWorkers, bundled apart (build/checkWorker.js) so it loads only what checking needs. It
 * does what it is sent, in the order it comes: whole files (read and checked), or half of each file's work when
 * another worker does the other half (see checkInWorkers): reading files and sending their grids to the checking
 * worker, or checking the grids that come from the reading one.
 */

/** A file read for another worker to check: its sheets (packed), or why they could not be read. */
interface ReadFile {
  index: number;
  path: string;
  read: { packed: PackedSheets } | { error: ErrorData };
}

const { request, keep } = workerData as WorkerData;
const main = parentPort!;
/** Where read files go, and which of the main thread's pipes that is. */
let checker: { port: MessagePort; pipe: number } | undefined;
let turn = Promise.resolve();

main.on("message", (message: Message) => {
  if (message.kind === "send-to") checker = { port: message.port, pipe: message.pipe };
  else if (message.kind === "receive-from")
    message.port.on("message", (file: ReadFile) => inTurn(file.index, () => check(file)));
  else
    inTurn(message.index, () =>
      message.kind === "read" ? read(message.index, message.path) : whole(message.index, message.path),
    );
});

/** Does a task after those before it, and answers it (an unexpected failure with its message). */
function inTurn(index: number, task: () => Promise<Reply>): void {
  turn = turn.then(() =>
    task().then(
      (reply) => main.postMessage(reply),
      (e: unknown) =>
        main.postMessage({ index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    ),
  );
}

async function whole(index: number, path: string): Promise<Reply> {
  return answer(index, await checked(path, readXlsxGrids));
}

async function read(index: number, path: string): Promise<Reply> {
  let got: ReadFile["read"];
  let transfer: ArrayBuffer[] = [];
  try {
    const packing = packSheets((await readXlsxGrids(path)).sheets);
    got = { packed: packing.packed };
    transfer = packing.transfer;
  } catch (e) {
    // A file that cannot be read is answered by the check, as when one worker does both.
    if (!isWorkbookError(e)) throw e;
    got = { error: errorData(e) };
  }
  const to = checker!;
  to.port.postMessage({ index, path, read: got } satisfies ReadFile, transfer);
  return { index, sent: to.pipe };
}

async function check({ index, path, read }: ReadFile): Promise<Reply> {
  const open: OpenFile = async () => {
    if ("error" in read) throw errorFromData(read.error);
    return new GridWorkbook(unpackSheets(read.packed));
  };
  return answer(index, await checked(path, open));
}

/** A file's outcome as it goes to the main thread: without its path repeated in it when it can be (outcomeClone.ts). */
function answer(index: number, outcome: FileOutcome<CheckedFile>): Reply {
  return leavePathOut(outcome) ? { index, outcome, pathless: true } : { index, outcome };
}

function checked(path: string, open: OpenFile) {
  return keep === "checked" ? checkFileListed(path, open, request) : checkFile(path, open, request);
}

import path from "node:path";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import { unreadable, type BatchResult, type CheckedFile, type FileOutcome } from "../app/checkFiles";
import { OutcomeJoin, type OnJoined } from "../app/joinOutcomes";
import type { CheckRequest, CheckResult } from "../app/types";

/**
 * A batch of submitted files checked in worker threads. Each worker is started once and reads and checks whole files
 * (reading is most of the work); it holds two at a time, the one it checks and the next, so it never waits for the
 * main thread between files. The main thread joins each outcome as it comes
 * (OutcomeJoin), so the result is the same as checking the files one by one and little is left when the last one
 * is in. A worker is also a wall: each has a heap of its own, so a file that exhausts it (or anything else that
 * kills a worker) costs that file only — it gets a line, the file the worker held next goes to a fresh worker, and
 * the batch always ends with its result.
 */

export type Request = Omit<CheckRequest, "file">;
export type Reply = { index: number; outcome: FileOutcome<CheckedFile> } | { index: number; error: string };
/**
 * What a worker sends of each checked file: all of it (a report needs every cadre), or what the check's outputs
 * need (CheckedFile): a third of the bytes, and far fewer objects for the main thread to unpack.
 */
export type Keep = "whole" | "checked";
export type Kept<K extends Keep> = K extends "whole" ? CheckResult : CheckedFile;
/** What each worker is started with. */
export interface WorkerData {
  request: Request;
  keep: Keep;
}

/**
 * The worker's own bundle (build/checkWorker.js, beside build/cli.js): only the check, so each worker parses and
 * compiles a fraction of the command's code before its first file.
 */
const WORKER_FILE = path.join(__dirname, "checkWorker.js");
/** Files a worker holds at once: the one it checks and the next, already given. */
const HELD = 2;

/** How a batch runs in workers: how many, what they send back, and who hears of each file as it is done and joined. */
export interface WorkerRun<K extends Keep> {
  jobs: number;
  keep: K;
  onFile?: (done: number, total: number, path: string) => void;
  onJoined?: OnJoined<Kept<K>>;
}

export async function checkInWorkers<K extends Keep>(
  paths: readonly string[],
  request: Request,
  { jobs, keep, onFile, onJoined }: WorkerRun<K>,
): Promise<BatchResult<Kept<K>>> {
  const join = new OutcomeJoin<Kept<K>>(paths.length, onJoined);
  let next = 0;
  /** Files a worker held when it died, after the one that killed it: given out again first. */
  const again: number[] = [];
  let done = 0;
  // The heap this process was given, for each worker: a worker's own, not shared with the others.
  const heapMb = Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  const workers = new Set<Worker>();
  const takeFile = () => (again.length > 0 ? again.shift() : next < paths.length ? next++ : undefined);
  const left = () => again.length + paths.length - next;
  const lanes = Math.min(jobs, paths.length);
  const finish = (index: number, outcome: FileOutcome<Kept<K>>) => {
    join.add(index, outcome);
    onFile?.(++done, paths.length, paths[index]);
  };

  const lane = () =>
    new Promise<void>((resolve) => {
      const start = () => {
        /** The files given to this worker, in the order it checks them. */
        const held: number[] = [];
        let failure: unknown;
        const worker = new Worker(WORKER_FILE, {
          workerData: { request, keep } satisfies WorkerData,
          resourceLimits: { maxOldGenerationSizeMb: heapMb },
        });
        workers.add(worker);
        const give = () => {
          // A second file only while one is left for every worker: at the end of a batch, a file waiting behind
          // another would keep a free worker idle.
          while (held.length < HELD && (held.length === 0 || left() > lanes)) {
            const index = takeFile();
            if (index === undefined) break;
            held.push(index);
            worker.postMessage({ index, path: paths[index] });
          }
          if (held.length > 0) return;
          // Nothing left for this worker: it ends now, while the others finish their files.
          void worker.terminate();
          resolve();
        };
        worker.on("message", (reply: Reply) => {
          held.splice(held.indexOf(reply.index), 1);
          const path = paths[reply.index];
          finish(
            reply.index,
            "error" in reply
              ? { path, unreadable: unreadable(path, "internal-error", { detail: reply.error }) }
              : // The worker kept what `keep` says (checkWorker.ts).
                (reply.outcome as FileOutcome<Kept<K>>),
          );
          give();
        });
        worker.on("error", (e) => (failure = e));
        worker.on("exit", () => {
          workers.delete(worker);
          if (held.length === 0) return; // ended by the batch, between files
          // The worker checks its files in order: the first it still held is the one it died on.
          const [culprit, ...unread] = held;
          const path = paths[culprit];
          const oom = (failure as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
          const detail = failure instanceof Error ? failure.message : "worker stopped";
          finish(culprit, {
            path,
            unreadable: unreadable(path, oom ? "out-of-memory" : "internal-error", { detail }),
          });
          again.unshift(...unread);
          if (again.length > 0 || next < paths.length) start();
          else resolve();
        });
        give();
      };
      start();
    });

  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    // Ending a worker frees its heap, which takes a while: the result need not wait for it (the process does).
    for (const w of workers) void w.terminate();
  }
  return join.result();
}

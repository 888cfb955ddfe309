import { statSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { unreadable, type BatchResult, type CheckedFile, type FileOutcome } from "../app/checkFiles";
import { OutcomeJoin, type OnJoined } from "../app/joinOutcomes";
import type { CheckRequest, CheckResult } from "../app/types";
import { received } from "./outcomeClone";
import { WorkerSlot, type SlotEvents } from "./workerSlot";

/**
 * A batch of submitted files checked in worker threads, started once and fed files; the main thread joins each
 * outcome as it comes (OutcomeJoin), so the result is the same as checking the files one by one.
 *
 * A batch of small files (the usual one: a unit's roster each) is split by stage, not by file: of each two workers,
 * one reads the files and the other checks what it read, while the first reads the next. Split by files, each worker
 * would run all of the code and warm it up on its own (a worker is a V8 isolate: nothing it compiles is shared), and
 * on small files warming up is most of the work. 1,000 files of 50 cadres, `canbo check --jobs 2` against
 * `--jobs 1` on one core: 1.55–1.70 s split by files, 1.44–1.48 s split by stage, against 2.5–2.6 s. A batch of
 * large files is split by files (moving a large file's grids costs nearly what checking them does), and with an
 * odd number of jobs the last worker checks whole files.
 *
 * A worker that dies costs the file it was on: that file gets a line, the others it held are done again by a fresh
 * one (see WorkerSlot).
 */

export type Request = Omit<CheckRequest, "file">;
/** A file's work as a worker holds it: the whole file, its reading, or the check of what another worker read. */
export interface Task {
  index: number;
  path: string;
  kind: "whole" | "read" | "check";
}
/** What the main thread sends a worker: a task, or one end of the pipe from the reading worker to the checking one. */
export type Message =
  | (Task & { kind: "whole" | "read" })
  | { kind: "send-to"; port: MessagePort; pipe: number }
  | { kind: "receive-from"; port: MessagePort };
/**
 * A worker's answer: a file's outcome (`pathless` when its path was left out of it, outcomeClone.ts), a file read and
 * sent down pipe number `sent`, or an unexpected failure.
 */
export type Reply =
  | { index: number; outcome: FileOutcome<CheckedFile>; pathless?: true }
  | { index: number; sent: number }
  | { index: number; error: string };
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
 * Where each worker starts (build/worker.js, beside build/cli.js): it runs the worker's own bundle, build/checkWorker.js
 * (only the check), with the code cache the build made of it, so a worker compiles little before its first file.
 */
const WORKER_FILE = path.join(__dirname, "worker.js");
/** Whole files a worker holds at once: the one it checks and the next, so it never waits for this thread. */
const HELD = 2;
/**
 * Files a reading worker holds at once, and twice that read and not yet checked. More than two: this thread answers
 * between other work (joining outcomes), and with only two the reader often waited for it (1.56–1.66 s, 1.38–1.47
 * with eight; sixteen gained nothing).
 */
const SPLIT_HELD = 8;
/** The median file size up to which a batch's files are read by one worker and checked by another. */
const SPLIT_MAX_BYTES = 512 * 1024;

/** How a batch runs in workers: how many, what they send back, and who hears of each file as it is done and joined. */
export interface WorkerRun<K extends Keep> {
  jobs: number;
  keep: K;
  onFile?: (done: number, total: number, path: string) => void;
  onJoined?: OnJoined<Kept<K>>;
  /** The workers' script: build/checkWorker.js unless told (a test gives a stand-in that speaks its protocol). */
  workerFile?: string;
}

export async function checkInWorkers<K extends Keep>(
  paths: readonly string[],
  request: Request,
  { jobs, keep, onFile, onJoined, workerFile = WORKER_FILE }: WorkerRun<K>,
): Promise<BatchResult<Kept<K>>> {
  const join = new OutcomeJoin<Kept<K>>(paths.length, onJoined);
  let next = 0;
  /** Files a worker held when it died, after the one that killed it: given out again first. */
  const again: number[] = [];
  let done = 0;
  // The heap this process was given, for each worker: a worker's own, not shared with the others.
  const heapMb = Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  const data: WorkerData = { request, keep };
  const slots: WorkerSlot[] = [];
  const workers = Math.min(jobs, paths.length);
  const pairs = workers >= 2 && ofSmallFiles(paths) ? Math.floor(workers / 2) : 0;
  const lanes = workers - pairs;

  const finish = (index: number, outcome: FileOutcome<Kept<K>>) => {
    join.add(index, outcome);
    onFile?.(++done, paths.length, paths[index]);
  };
  const batch: Batch = {
    paths,
    take: () => (again.length > 0 ? again.shift() : next < paths.length ? next++ : undefined),
    fewLeft: () => again.length + paths.length - next <= lanes,
    slot: (events) => {
      const slot = new WorkerSlot(workerFile, data, heapMb, events);
      slots.push(slot);
      return slot;
    },
    answered: (reply) => {
      const { index } = reply;
      const path = paths[index];
      if ("outcome" in reply) received(reply.outcome, reply.pathless === true);
      finish(
        index,
        "error" in reply
          ? { path, unreadable: unreadable(path, "internal-error", { detail: reply.error }) }
          : // The worker kept what `keep` says (checkWorker.ts).
            ((reply as { outcome: FileOutcome<CheckedFile> }).outcome as FileOutcome<Kept<K>>),
      );
    },
    lost: ([culprit, ...unread], failure) => {
      if (!culprit) return;
      const path = paths[culprit.index];
      const oom = (failure as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
      const detail = failure instanceof Error ? failure.message : "worker stopped";
      finish(culprit.index, {
        path,
        unreadable: unreadable(path, oom ? "out-of-memory" : "internal-error", { detail }),
      });
      again.unshift(...unread.map((t) => t.index));
    },
    redo: (index) => again.unshift(index),
  };

  try {
    await Promise.all([
      ...Array.from({ length: pairs }, () => splitLane(batch)),
      ...Array.from({ length: lanes - pairs }, () => wholeLane(batch)),
    ]);
  } finally {
    for (const s of slots) s.end();
  }
  return join.result();
}

/** What a lane needs of its batch: the files to take, its workers, and where answers and lost files go. */
interface Batch {
  paths: readonly string[];
  /** The next file to do (one a dead worker left first), or undefined when none is left. */
  take(): number | undefined;
  /** Whether no more files are left than lanes: a second task would keep another lane idle. */
  fewLeft(): boolean;
  slot(events: SlotEvents): WorkerSlot;
  /** A file's outcome (or unexpected failure), from the worker that checked it. */
  answered(reply: Exclude<Reply, { sent: number }>): void;
  /** A worker died with these tasks: the first is the file it died on, the others are done again (none: no loss). */
  lost(held: Task[], failure: unknown): void;
  /** A file to do again: read for a checking worker that died before it came. */
  redo(index: number): void;
}

/** One worker that reads and checks whole files. */
function wholeLane(batch: Batch): Promise<void> {
  return new Promise((resolve) => {
    const worker = batch.slot({
      answered: (reply) => {
        batch.answered(reply as Exclude<Reply, { sent: number }>);
        give();
      },
      died: (held, failure) => {
        batch.lost(held, failure);
        give();
      },
    });
    const give = () => {
      // A second file only while one is left for every lane: at the end of a batch, a file waiting behind another
      // would keep a free worker idle.
      while (worker.held.length < HELD && (worker.held.length === 0 || !batch.fewLeft())) {
        const index = batch.take();
        if (index === undefined) break;
        worker.give({ index, path: batch.paths[index], kind: "whole" });
      }
      if (worker.held.length > 0) return;
      // Nothing left for this worker: it ends now, while the others finish their files.
      worker.end();
      resolve();
    };
    give();
  });
}

/**
 * Two workers, one reading files and the other checking what it read. The grids go down a pipe (a MessageChannel)
 * from one to the other, packed (packedGrids.ts), not through this thread, which would unpack every cell and pack it
 * again; the reader tells this thread each file it sent, so the checker's files are known if it dies. A pipe is made
 * anew when either worker is: files the reader sent down a pipe whose checker has died are read again.
 */
function splitLane(batch: Batch): Promise<void> {
  return new Promise((resolve) => {
    let pipe = 0;
    /**
     * Pipes whose checker died holding no file this thread knew of, with why: it died on a file whose word had not
     * come, and that file is the first the reader then says it sent down that pipe (those it checked are answered).
     */
    const unblamed = new Map<number, { failure: unknown }>();
    const events = (role: "reader" | "checker"): SlotEvents => ({
      answered: (reply, task) => {
        if (!("sent" in reply)) {
          // A check can come before the reader's word that it sent the file: the reader holds that file no more.
          if (task || reader.release(reply.index)) batch.answered(reply);
        } else if (task && reply.sent === pipe) checker.expect({ ...task, kind: "check" });
        else if (task) {
          // Sent down the pipe of a checker that has died since: the file it died on, or one to read again (no
          // task: its check came first).
          const death = unblamed.get(reply.sent);
          unblamed.delete(reply.sent);
          if (death) batch.lost([task], death.failure);
          else batch.redo(task.index);
        }
        give();
      },
      died: (held, failure) => {
        batch.lost(held, failure);
        if (role === "checker" && held.length === 0) unblamed.set(pipe, { failure });
        if (role === "checker") pipe++;
        connect();
        give();
      },
    });
    const reader = batch.slot(events("reader"));
    const checker = batch.slot(events("checker"));
    const connect = () => {
      const { port1, port2 } = new MessageChannel();
      checker.send({ kind: "receive-from", port: port2 }, [port2]);
      reader.send({ kind: "send-to", port: port1, pipe }, [port1]);
    };
    const give = () => {
      // The reader reads ahead only as far as the checker can take: grids waiting are memory.
      while (reader.held.length < SPLIT_HELD && reader.held.length + checker.held.length < 2 * SPLIT_HELD) {
        const index = batch.take();
        if (index === undefined) break;
        reader.give({ index, path: batch.paths[index], kind: "read" });
      }
      if (reader.held.length + checker.held.length > 0) return;
      reader.end();
      checker.end();
      resolve();
    };
    connect();
    give();
  });
}

/**
 * Whether a batch is of small files, which go faster read by one worker and checked by another: moving a file's
 * grids costs about 3 ms a thousand rows (packed and unpacked), which a small file's check repays many times over in
 * code kept warm, but a large one's does not.
 */
function ofSmallFiles(paths: readonly string[]): boolean {
  const sizes = paths.map(sizeOf).sort((a, b) => a - b);
  return sizes[sizes.length >> 1] <= SPLIT_MAX_BYTES;
}

/** A file's size in bytes, 0 when it cannot be told (the worker that reads it says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

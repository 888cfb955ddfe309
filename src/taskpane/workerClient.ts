import type { Progress } from "../app/types";
import type { CheckJob, CheckReply } from "./checkWorker";

/** Where the worker script lies, next to the page (a fixed name: webpack.config.js builds it so). */
const WORKER_URL = "checkWorker.js";

/** The worker could not start (no Worker in this environment, script missing or blocked). */
class WorkerUnavailable extends Error {}

type Job = CheckJob extends infer J ? (J extends { id: number } ? Omit<J, "id"> : never) : never;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
  onProgress: (p: Progress) => void;
}

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let next = 1;
let answered = false;

/**
 * Runs a job in the page's one worker thread, started at the first job; where no worker can run, runs `here`
 * (the same work on the pane's thread) instead.
 */
export async function inWorker<T>(
  job: Job,
  onProgress: (p: Progress) => void,
  here: () => Promise<T>,
): Promise<T> {
  try {
    return await post<T>(job, onProgress);
  } catch (e) {
    if (e instanceof WorkerUnavailable) return here();
    throw e;
  }
}

function post<T>(job: Job, onProgress: (p: Progress) => void): Promise<T> {
  const w = start();
  if (!w) return Promise.reject(new WorkerUnavailable("no worker"));
  return new Promise<T>((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
    w.postMessage({ ...job, id });
  });
}

function start(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") return (worker = null);
  const w = new Worker(WORKER_URL);
  w.onmessage = ({ data }: MessageEvent<CheckReply>) => {
    answered = true;
    const job = pending.get(data.id);
    if (!job) return;
    if ("progress" in data) return job.onProgress(data.progress);
    pending.delete(data.id);
    if ("done" in data) job.resolve(data.done);
    else job.reject(new Error(data.failed));
  };
  w.onerror = (event) => {
    // A worker that never answered could not start: every later job runs on the pane's thread.
    if (!answered) worker = null;
    const error = answered ? new Error(event.message) : new WorkerUnavailable(event.message);
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    event.preventDefault();
  };
  return (worker = w);
}

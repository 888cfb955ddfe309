import { Worker, type TransferListItem } from "node:worker_threads";
import type { Message, Reply, Task, WorkerData } from "./checkInWorkers";

/** What a slot tells its lane: a task answered, or the worker gone with the tasks it still held. */
export interface SlotEvents {
  /** `task` is the held task answered; undefined when the worker was not known to hold it (see splitLane). */
  answered(reply: Reply, task: Task | undefined): void;
  /**
   * `held` in the order the worker would have done them: the first is the one it died on. Empty when it died on no
   * task this thread knew it had (see splitLane).
   */
  died(held: Task[], failure: unknown): void;
}

/**
 * One worker thread of a batch, started when first needed and again after it dies, with the tasks it holds in the
 * order it does them. A worker is a wall: each has a heap of its own, so a file that exhausts it (or anything else
 * that kills it) costs that file only.
 */
export class WorkerSlot {
  private worker?: Worker;
  /** The tasks given and not yet answered, in the order the worker does them. */
  readonly held: Task[] = [];

  constructor(
    private readonly file: string,
    private readonly data: WorkerData,
    private readonly heapMb: number,
    private readonly events: SlotEvents,
  ) {}

  /** A whole file, or a file to read, sent to the worker. */
  give(task: Task & { kind: "whole" | "read" }): void {
    this.held.push(task);
    this.send(task);
  }

  /** A task that reaches the worker another way (a file read by another worker, coming through a pipe). */
  expect(task: Task): void {
    this.held.push(task);
  }

  /** Takes back a held task, now answered for (here or by another worker); undefined when not held. */
  release(index: number): Task | undefined {
    const at = this.held.findIndex((t) => t.index === index);
    return at < 0 ? undefined : this.held.splice(at, 1)[0];
  }

  send(message: Message, transfer: readonly TransferListItem[] = []): void {
    this.started().postMessage(message, transfer);
  }

  /** Ends the worker, if one runs; ending frees its heap, which takes a while, so nothing waits for it. */
  end(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    let failure: unknown;
    const worker = new Worker(this.file, {
      workerData: this.data,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    this.worker = worker;
    worker.on("message", (reply: Reply) => this.events.answered(reply, this.release(reply.index)));
    worker.on("error", (e) => (failure = e));
    worker.on("exit", () => {
      // end() lets a worker go before it exits. Any other exit is a death, even with no task known to be on it: a
      // checking worker can die on a file before the reading one's word that it sent the file has come.
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.events.died(this.held.splice(0), failure);
    });
    return worker;
  }
}

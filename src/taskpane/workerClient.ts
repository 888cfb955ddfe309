import type { Progress } from "../app/types";
import { errorFromData } from "../workbook/workbookError";
import type { WorkerMessage, WorkerReply } from "./checkWorker";
import type { Engine, EngineJob, EngineReply } from "./engine";
import type { Section } from "./findingIndex";

/** Where the worker script lies, next to the page (a fixed name: webpack.config.js builds it so). */
const WORKER_URL = "checkWorker.js";
/** The same script as a string, for pages opened from a folder (webpack.config.js writes it). */
const WORKER_SOURCE_URL = "checkWorker.source.js";

/** The user stopped the task: not an error to show, only the end of the work. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

interface Pending {
  resolve: (value: EngineReply) => void;
  reject: (e: Error) => void;
  onProgress: (p: Progress) => void;
  /** Pieces of a check's list received ahead of the check. */
  sections: Section[];
}

/**
 * The pane's door to the engine: one worker thread, started ahead of the first job (`warm`) or by it. Cancelling
 * ends the worker (the only way to stop a check in the middle of a sheet) and everything it kept; `generation` then
 * changes, so the pane knows its checks must be made again before a report. Where no worker can start, the engine
 * runs on the pane's thread instead.
 */
export class EngineClient {
  private worker: Worker | null | undefined;
  private starting: Promise<Worker | null> | undefined;
  private local: Engine | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private gen = 1;

  /** Changes whenever the engine loses what it kept (a cancel, a crash). */
  get generation(): number {
    return this.gen;
  }

  async run<R extends EngineReply>(
    job: EngineJob,
    onProgress: (p: Progress) => void = () => undefined,
  ): Promise<R> {
    const worker = await this.start();
    if (!worker) {
      this.local ??= new (await import("./engine")).Engine();
      return (await this.local.run(job, onProgress)) as R;
    }
    return new Promise<R>((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, {
        resolve: resolve as (v: EngineReply) => void,
        reject,
        onProgress,
        sections: [],
      });
      const message: WorkerMessage = { ...job, id };
      // Copied, not moved: the pane keeps a file's bytes to check it again.
      worker.postMessage(message);
    });
  }

  /**
   * Starts the worker before any job needs it: loading and compiling its script was a third of the first check of
   * an ordinary roster (about 250 of 550–700 ms for 1,000 rows in Chromium), now paid while the user is choosing.
   */
  warm(): void {
    void this.start();
  }

  /** Stops every job at once; their promises reject with `Cancelled`. */
  cancel(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = undefined;
    this.starting = undefined;
    this.gen++;
    for (const job of this.pending.values()) job.reject(new Cancelled());
    this.pending.clear();
  }

  private start(): Promise<Worker | null> {
    if (this.worker !== undefined) return Promise.resolve(this.worker);
    this.starting ??= startWorker().then((w) => {
      if (w) this.listen(w);
      return (this.worker = w);
    });
    return this.starting;
  }

  private listen(w: Worker): void {
    w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      const job = this.pending.get(data.id);
      if (!job) return;
      if ("progress" in data) return job.onProgress(data.progress);
      if ("lines" in data) return addPiece(job.sections, data.lines);
      this.pending.delete(data.id);
      if ("done" in data) job.resolve(withSections(data.done, job.sections));
      else job.reject(errorFromData(data.failed));
    };
    w.onerror = (event) => {
      // The worker died (out of memory, a bug): its jobs fail, what it kept is gone, the next job starts anew.
      event.preventDefault();
      w.terminate();
      if (this.worker === w) {
        this.worker = undefined;
        this.starting = undefined;
        this.gen++;
      }
      for (const job of this.pending.values()) job.reject(new Error(event.message || "worker failed"));
      this.pending.clear();
    };
  }
}

function addPiece(sections: Section[], piece: Section): void {
  const last = sections[sections.length - 1];
  if (last?.key === piece.key) for (const l of piece.lines) last.lines.push(l);
  else sections.push(piece);
}

/** The check with its list put back together. */
function withSections(done: EngineReply, sections: Section[]): EngineReply {
  if (done.kind === "check") return { ...done, sections };
  if (done.kind === "roster") return { ...done, view: { ...done.view, sections } };
  return done;
}

/**
 * Starts the worker from its script next to the page; a page opened from a folder (file://) may not start
 * workers from files, so there it is started from its source as a blob. Null where neither works.
 */
async function startWorker(): Promise<Worker | null> {
  if (typeof Worker === "undefined") return null;
  if (location.protocol !== "file:") {
    try {
      return new Worker(WORKER_URL);
    } catch {
      return null;
    }
  }
  try {
    const source = await loadScriptGlobal(WORKER_SOURCE_URL, "canboWorkerSource");
    return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  } catch {
    return null;
  }
}

/** Loads a classic script (allowed from file://, unlike fetch) that sets a global string, and returns it. */
function loadScriptGlobal(src: string, name: string): Promise<string> {
  const holder = window as unknown as Record<string, string | undefined>;
  if (holder[name]) return Promise.resolve(holder[name]!);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => (holder[name] ? resolve(holder[name]!) : reject(new Error(`${src} set nothing`)));
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.appendChild(script);
  });
}

/** The page's one engine client. */
export const engine = new EngineClient();

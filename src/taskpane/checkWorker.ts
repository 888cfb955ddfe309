import type { Progress } from "../app/types";
import { errorData, type ErrorData } from "../workbook/workbookError";
import { Engine, type CheckView, type EngineJob, type EngineReply } from "./engine";
import type { Section } from "./findingIndex";

/**
 * The page's worker thread: the engine runs here, off the pane's thread, so the pane keeps painting progress
 * and answering clicks while a 100,000-row roster is checked or its report built. Built as its own entry,
 * dist/checkWorker.js, in one piece (no chunks to load), so the page can also start it from a blob where the
 * browser refuses worker scripts (a page opened from a folder, file://).
 */

export type WorkerMessage = EngineJob & { id: number };

export type WorkerReply =
  | { id: number; progress: Progress }
  /** A piece of a check's list, sent ahead of the check itself (see `send`). */
  | { id: number; lines: { key: string; file?: string; sheet?: string; lines: Section["lines"] } }
  | { id: number; done: EngineReply }
  /** A failure as data (a WorkbookError keeps its problem, place and detail), rebuilt by the client. */
  | { id: number; failed: ErrorData };

/** The worker's global scope, typed for what is used here (the DOM typings describe a window). */
const scope = self as unknown as {
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
};

const engine = new Engine();
/** Progress is posted at most this often: a message per inflated chunk would flood the pane. */
const PROGRESS_MS = 50;

scope.onmessage = ({ data: job }) => {
  let last = 0;
  const progress = (p: Progress) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && p.done !== p.total && p.done !== 0) return;
    last = now;
    scope.postMessage({ id: job.id, progress: p });
  };
  engine.run(job, progress).then(
    (done) => send(job.id, done),
    (e: unknown) => scope.postMessage({ id: job.id, failed: errorData(e) }),
  );
};

/**
 * Lines of a check's list per message: each copy to the pane's thread is then a few milliseconds of its time (500 took
 * 4–19 ms each in Chromium, and up to 50 on a loaded machine, where a collection could join it in one long task).
 */
const LINES_PER_MESSAGE = 250;

/**
 * Posts a job's answer. A check's list goes first, in pieces, so the pane's thread takes it in short turns instead
 * of one long copy; the check follows without it, and the pane puts the pieces back.
 */
function send(id: number, done: EngineReply): void {
  const view: CheckView | undefined =
    done.kind === "check" ? done : done.kind === "roster" ? done.view : undefined;
  if (view) {
    for (const s of view.sections)
      for (let i = 0; i < s.lines.length; i += LINES_PER_MESSAGE)
        scope.postMessage({ id, lines: { ...s, lines: s.lines.slice(i, i + LINES_PER_MESSAGE).map(light) } });
    const bare = { ...view, sections: [] };
    scope.postMessage({ id, done: done.kind === "roster" ? { ...done, view: bare } : bare });
    return;
  }
  scope.postMessage({ id, done }, "bytes" in done ? [done.bytes.buffer] : []);
}

/**
 * A line as the pane needs it: a legacy column keeps only its first cell's finding (the pane shows the line's
 * text and selects that cell), not the thousands a sheet typed in .VnTime gives.
 */
function light(l: Section["lines"][number]): Section["lines"][number] {
  return l.line.kind === "legacy-column"
    ? { ...l, line: { ...l.line, findings: l.line.findings.slice(0, 1) } }
    : l;
}

import type { Progress } from "../app/types";
import { messagesFor } from "../i18n";
import { checkBytes, type FileCheck } from "./checkBytes";

/**
 * The page's worker thread: checks opened files off the page's thread, so the pane keeps painting progress while
 * a 100,000-row roster is read and checked. Built as its own entry, dist/checkWorker.js (see webpack.config.js).
 */

export interface CheckJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  year: number;
  lang: string;
}

export type CheckReply =
  { id: number; progress: Progress } | { id: number; done: FileCheck } | { id: number; failed: string };

/** The worker's global scope, typed for what is used here (the DOM typings describe a window). */
const scope = self as unknown as {
  postMessage(reply: CheckReply): void;
  onmessage: ((event: MessageEvent<CheckJob>) => void) | null;
};

scope.onmessage = ({ data: job }) => {
  const reply = (r: CheckReply) => scope.postMessage(r);
  checkBytes(job.name, job.bytes, job.year, messagesFor(job.lang), (progress) =>
    reply({ id: job.id, progress }),
  ).then(
    (done) => reply({ id: job.id, done }),
    (e: unknown) => reply({ id: job.id, failed: e instanceof Error ? e.message : String(e) }),
  );
};

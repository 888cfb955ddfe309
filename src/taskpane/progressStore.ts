import type { Progress } from "../app/types";

/**
 * The progress of the running task, kept apart from the pane's state: it changes many times a second, and only
 * the progress line should be drawn again for it, not the whole pane.
 */
export interface ProgressStore {
  get(): { run: number; progress: Progress } | undefined;
  set(run: number, progress: Progress): void;
  subscribe(listener: () => void): () => void;
}

export function progressStore(): ProgressStore {
  let current: { run: number; progress: Progress } | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(run, progress) {
      current = { run, progress };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

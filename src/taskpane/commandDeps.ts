import type { Dispatch } from "react";
import type { Progress } from "../app/types";
import type { Dictionary } from "../i18n";
import type { PaneAction, PaneState, Place, TaskKind } from "./state";

/** What the pane's command groups (excelCommands, fixCommands) take from usePaneCommands, which owns the state. */
export interface CommandDeps {
  latest: { current: PaneState };
  dispatch: Dispatch<PaneAction>;
  /** Runs one long task: progress, cancel, and any failure turned into a sentence next to its cause. */
  task: (
    kind: TaskKind,
    place: Place,
    job: (run: number, progress: (p: Progress) => void) => Promise<PaneState["message"] | void>,
  ) => Promise<boolean>;
  texts: () => Dictionary;
}

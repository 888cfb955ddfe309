import { WorkbookError } from "./workbookError";

/** Runs a batch against the workbook: Excel.run in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel's code for a request refused while the user is typing in a cell (`Excel.ErrorCodes.invalidOperationInCellEditMode`).
 * The name is written out: office.js is not loaded where the adapter is tested.
 */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** The code office.js gives a failed request (`OfficeExtension.Error.code`, also under `debugInfo`), if any. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const { code, debugInfo } = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof code === "string") return code;
  return typeof debugInfo?.code === "string" ? debugInfo.code : undefined;
}

/** How long a request waits for the user to leave a cell: a few tries, a pause between them. */
export interface Patience {
  tries: number;
  pauseMs: number;
  pause?: (ms: number) => Promise<void>;
}

/** About five seconds in all: long enough to finish typing a cell, short enough not to seem frozen. */
export const DEFAULT_PATIENCE: Patience = { tries: 4, pauseMs: 1500 };

/**
 * A runner that waits while Excel is in cell-edit mode, as script-lab does (it pauses and runs the batch again),
 * then gives up with a WorkbookError `cell-editing`, whose sentence asks the user to press Enter or Esc. Any other
 * failure passes through untouched. A refused batch is run again from the start: each of the adapter's batches
 * reads what it needs before it changes anything, and replaces only what canbo owns, so a second run is safe.
 */
export function patientRunner(run: ExcelRunner, patience: Patience = DEFAULT_PATIENCE): ExcelRunner {
  const pause = patience.pause ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(batch);
      } catch (e) {
        if (officeErrorCode(e) !== CELL_EDIT_MODE) throw e;
        if (attempt >= patience.tries) throw new WorkbookError("cell-editing", CELL_EDIT_MODE);
        await pause(patience.pauseMs);
      }
    }
  };
}

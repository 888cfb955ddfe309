import { WorkbookError, type ProblemPlace } from "../port";
import type { ReadLimits } from "./readLimits";

/**
 * What the grids of one file may keep: cells (rows counted up to their last value, one per row, and the rows a
 * merged area spans) and characters of text, shared by all its sheets. Counted as they are kept, so a file is
 * refused while it is still small in memory, whatever its declared sizes.
 */
export class ContentBudget {
  private cells: number;
  private chars: number;

  constructor(limits: Pick<ReadLimits, "maxCells" | "maxTextChars">) {
    this.cells = limits.maxCells;
    this.chars = limits.maxTextChars;
  }

  takeCells(n: number, place?: ProblemPlace): void {
    this.cells -= n;
    if (this.cells < 0) throw new WorkbookError("too-many-cells", undefined, place);
  }

  takeText(n: number, place?: ProblemPlace): void {
    this.chars -= n;
    if (this.chars < 0) throw new WorkbookError("too-much-text", undefined, place);
  }
}

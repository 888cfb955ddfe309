import {
  FIX_KINDS,
  proposeFixes,
  selectFixes,
  sheetToUnicode,
  type CellFix,
  type FixKind,
} from "../core/fixes";
import { parseAddress } from "../core/grid";
import type { SheetReader } from "../workbook/port";
import { checkWorkbook } from "./check";
import type { CheckRequest, CheckResult, Progress } from "./types";

export interface FixRequest extends CheckRequest {
  /** The kinds to fix; every kind when absent. */
  kinds?: readonly FixKind[];
  /**
   * A sheet typed in a legacy font is converted whole, its title and signature blocks too (the fixed copy outside
   * Excel); otherwise only the cells the check reports.
   */
  wholeSheets?: boolean;
}

/**
 * Checks a workbook and lists every certain fix of its rosters (see src/core/fixes), one per cell, sheet by sheet:
 * what `canbo fix`, "Tải bản đã sửa" and the pane's Sửa buttons offer. Changes nothing.
 */
export async function findFixes(
  port: SheetReader,
  request: FixRequest,
  onProgress?: (p: Progress) => void,
): Promise<{ result: CheckResult; fixes: CellFix[] }> {
  const fixes: CellFix[] = [];
  const result = await checkWorkbook(port, request, onProgress, (grid, roster) => {
    const found = proposeFixes(grid, roster);
    if (request.wholeSheets && found.some((f) => f.steps[0].kind === "legacy-encoding")) {
      const taken = new Set(found.map((f) => f.cell));
      for (const f of sheetToUnicode(grid, roster.encoding)) if (!taken.has(f.cell)) found.push(f);
    }
    found.sort((a, b) => order(a.cell) - order(b.cell));
    for (const f of found) fixes.push(f);
  });
  return { result, fixes: selectFixes(fixes, request.kinds ?? FIX_KINDS) };
}

/** Sheet order of a cell: row by row, then column by column. */
function order(cell: string): number {
  const at = parseAddress(cell);
  return at ? at.row * 16_384 + at.col : 0;
}

/** How many fixes take each kind of step. */
export function countByKind(fixes: readonly CellFix[]): Record<FixKind, number> {
  const out = Object.fromEntries(FIX_KINDS.map((k) => [k, 0])) as Record<FixKind, number>;
  for (const f of fixes) for (const s of f.steps) out[s.kind]++;
  return out;
}

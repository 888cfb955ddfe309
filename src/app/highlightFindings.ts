import type { Finding } from "../core/findings";
import type { HighlightCell, WorkbookPort } from "../workbook/port";

/**
 * The cells to colour for a check: each cell named by an error or a warning, once, in the colour of its worst
 * finding (information points at nothing worth colouring). Findings of other files are not in this workbook.
 *
 * @example highlightTargets(result.findings) // [{ sheet: "DS", cell: "B5", severity: "error" }, …]
 */
export function highlightTargets(findings: readonly Finding[]): HighlightCell[] {
  const cells = new Map<string, HighlightCell>();
  for (const f of findings) {
    if (f.severity === "info" || f.file || !f.sheet || !f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const seen = cells.get(key);
    if (!seen) cells.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    else if (f.severity === "error") seen.severity = "error";
  }
  return [...cells.values()];
}

/** Colours the cells of a check's errors and warnings in the open workbook (see `highlightTargets`). */
export function highlightFindings(port: WorkbookPort, findings: readonly Finding[]): Promise<void> {
  return port.highlight(highlightTargets(findings));
}

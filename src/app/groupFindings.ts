import { columnLetter, parseAddress } from "../core/grid";
import type { Finding, FindingOf, Severity } from "../core/findings";

/** A column of one sheet whose text was typed in a legacy encoding, told once instead of once per cell. */
export interface LegacyColumn {
  kind: "legacy-column";
  file?: string;
  sheet?: string;
  /** Column letters ("B"). */
  column: string;
  encoding: FindingOf<"legacy-encoding">["params"]["encoding"];
  /** The most severe of its cells' findings. */
  severity: Severity;
  /** Its cells' findings, in order: the first one is where the column's line points. */
  findings: FindingOf<"legacy-encoding">[];
}

/** One line of a list of findings as people read it. */
export type FindingLine = { kind: "finding"; finding: Finding } | LegacyColumn;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The findings as lines to read: every finding on its own line, except `legacy-encoding`, which comes once per
 * file, sheet, column and encoding ("cột B: 312 ô gõ bằng TCVN3"), where that column's first cell was. A whole
 * sheet typed in .VnTime gives thousands of such findings; the JSON and the report keep each of them, a person
 * needs one line per column. Linear in the number of findings; the order is otherwise kept.
 *
 * @example groupFindings(result.findings).filter((l) => l.kind === "legacy-column")[0].findings.length // 312
 */
export function groupFindings(findings: readonly Finding[]): FindingLine[] {
  const lines: FindingLine[] = [];
  const columns = new Map<string, LegacyColumn>();
  for (const f of findings) {
    if (f.code !== "legacy-encoding") {
      lines.push({ kind: "finding", finding: f });
      continue;
    }
    const at = f.cell ? parseAddress(f.cell) : undefined;
    const column = at ? columnLetter(at.col) : "";
    const key = `${f.file ?? ""}\u0000${f.sheet ?? ""}\u0000${column}\u0000${f.params.encoding}`;
    const line = columns.get(key);
    if (line) {
      line.findings.push(f);
      if (RANK[f.severity] > RANK[line.severity]) line.severity = f.severity;
      continue;
    }
    const fresh: LegacyColumn = {
      kind: "legacy-column",
      file: f.file,
      sheet: f.sheet,
      column,
      encoding: f.params.encoding,
      severity: f.severity,
      findings: [f],
    };
    columns.set(key, fresh);
    lines.push(fresh);
  }
  return lines;
}

/** The finding a line points at: itself, or a legacy column's first cell. */
export function lineFinding(line: FindingLine): Finding {
  return line.kind === "finding" ? line.finding : line.findings[0];
}

/** The line's severity. */
export function lineSeverity(line: FindingLine): Severity {
  return line.kind === "finding" ? line.finding.severity : line.severity;
}

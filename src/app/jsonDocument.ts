import type { Finding } from "../core/findings";
import { formatFinding } from "../core/messages";
import type { CellValue } from "../core/grid";
import type { Messages } from "../core/messages";
import type { BatchResult, CheckedFile, FileOutcome } from "./checkFiles";
import type { SheetSummary, Summary } from "./types";

/** The stable JSON document of `canbo check --json` (documented in the README). */
export interface CheckDocument {
  files: { path: string; sheets: SheetSummary[]; error?: { code: string; message: string } }[];
  findings: {
    file: string | null;
    sheet: string | null;
    cell: string | null;
    row: number | null;
    field: string | null;
    code: string;
    severity: string;
    value: CellValue;
    message: string;
    suggestion: string | null;
  }[];
  summary: Summary;
}

/** Flattens a batch into the JSON document; messages in the dictionary's language. */
export function toCheckDocument(batch: BatchResult<CheckedFile>, m: Messages): CheckDocument {
  return {
    files: batch.files.map((f) => fileEntry(f, m)),
    findings: batch.findings.map((f) => flatFinding(f, m)),
    summary: batch.summary,
  };
}

/** One file of the document. A skipped file (canbo's own report) has no sheets checked; its info finding says why. */
export function fileEntry(f: FileOutcome<CheckedFile>, m: Messages): CheckDocument["files"][number] {
  if ("result" in f) return { path: f.path, sheets: f.result.sheets };
  if ("skipped" in f) return { path: f.path, sheets: [] };
  return {
    path: f.path,
    sheets: [],
    error: { code: f.unreadable.code, message: formatFinding(f.unreadable, m) },
  };
}

/** One finding of the document. */
export function flatFinding(f: Finding, m: Messages): CheckDocument["findings"][number] {
  return {
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    row: f.row ?? null,
    field: f.field ?? null,
    code: f.code,
    severity: f.severity,
    value: f.value ?? null,
    message: formatFinding(f, m),
    suggestion: f.suggestion ?? null,
  };
}

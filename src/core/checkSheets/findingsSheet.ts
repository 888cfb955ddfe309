import type { Finding } from "../findings";
import { findingTitle, formatFinding, type Messages } from "../messages";
import type { CellLink, SheetSpec, SpecValue, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions } from "../reportSheets/layoutReport";
import { capFindings, type FindingsCap } from "./capFindings";

export const FINDINGS_SHEET_NAME = "KQ Kiểm tra";

export interface FindingsSheetOptions {
  year: number;
  /** Date printed under the title, dd/mm/yyyy. */
  date: Date;
  messages: Messages;
  /** Resolves a finding's file to the path its link should use (relative to the report), or undefined for this workbook. */
  linkFile?: (file: string | undefined) => string | undefined;
  /** The official header and signature of a report; a plain working list without it. */
  heading?: ReportOptions;
  /** How many findings the sheet lists (see capFindings); the default cap when absent. */
  cap?: FindingsCap;
}

const WIDTHS = [5, 16, 12, 6, 8.5, 14, 38, 14, 14, 14];

/**
 * The "KQ Kiểm tra" sheet: one row per finding in a real Excel table with filters and a ruled grid, the cell
 * address as a link that jumps to the cell, errors marked red. The kind is shown in words; its code stays in the
 * last column, hidden (not printed), for filtering. In a report it carries the official header. Beyond the cap,
 * each file keeps its first findings and a closing row per file says how many more there are and where they are.
 */
export function findingsSheet(all: readonly Finding[], options: FindingsSheetOptions): SheetSpec {
  const { kept: findings, omitted } = capFindings(all, options.cap);
  const m = options.messages;
  const say = m.checkSheets;
  const headers = say.findingsHeaders;
  const rows: SpecValue[][] = [];
  const targets: (CellLink | null)[] = [];
  findings.forEach((f, i) => {
    rows.push([
      i + 1,
      f.file ?? null,
      f.sheet ?? null,
      f.cell ?? null,
      m.severity[f.severity],
      findingTitle(f.code, m),
      formatFinding(f, m),
      f.value === "" || f.value === undefined ? null : f.value,
      f.suggestion ?? null,
      f.code,
    ]);
    targets.push(
      f.sheet && f.cell ? { file: options.linkFile?.(f.file), sheet: f.sheet, cell: f.cell } : null,
    );
  });
  for (const o of omitted) {
    rows.push([null, o.file ?? null, null, null, null, null, say.moreFindings(o.count), null, null, null]);
    targets.push(null);
  }
  const columns: TableColumn[] = headers.map((header, i) => ({
    header,
    width: WIDTHS[i],
    format: i === 0 ? "integer" : "text",
    wrap: [1, 2, 5, 6, 7, 8].includes(i),
    ...(i === 0 || i === 3 ? { align: "center" as const } : {}),
    ...(i === headers.length - 1 ? { hidden: true } : {}),
  }));
  return layoutReport(
    {
      sheetName: FINDINGS_SHEET_NAME,
      widths: WIDTHS,
      titleLines: [say.findingsTitle(options.year), say.checkedOn(ddmmyyyy(options.date))],
      sections: [
        {
          table: {
            name: "KQKiemTra",
            columns,
            rows,
            links: { column: 3, targets },
            flags: [{ column: 4, equals: m.severity.error, style: "bad" }],
          },
          ...(rows.length === 0 ? { notes: [say.noFindings] } : {}),
        },
      ],
    },
    options.heading ? { ...options.heading, signature: null } : { plain: true },
  );
}

export function ddmmyyyy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

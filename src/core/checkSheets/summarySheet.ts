import { FINDING_CODES, SEVERITY, type Finding } from "../findings";
import { findingTitle, type Messages } from "../messages";
import type { CellValue } from "../grid";
import type { SheetSpec, TableColumn } from "../sheet";
import { layoutReport } from "../reportSheets/layoutReport";
import { ddmmyyyy } from "./findingsSheet";

export const SUMMARY_SHEET_NAME = "Tóm tắt kiểm tra";

/** One checked sheet, as the summary lists it. */
export interface SummaryLine {
  file: string;
  sheet: string;
  headerRows: string;
  cadres: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The summary sheet of a check: per file and sheet, how many cadres and findings; then how many findings of
 * each kind, so a federation sees at a glance which mistakes its units make most.
 */
export function summarySheet(
  lines: readonly SummaryLine[],
  findings: readonly Finding[],
  options: { year: number; date: Date; messages: Messages },
): SheetSpec {
  const m = options.messages;
  const say = m.checkSheets;
  const perFile: CellValue[][] = lines.map((l) => [
    l.file,
    l.sheet || null,
    l.headerRows || null,
    l.cadres,
    l.errors,
    l.warnings,
    l.infos,
  ]);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const perKind: CellValue[][] = FINDING_CODES.filter((c) => counts.has(c)).map((c) => [
    findingTitle(c, m),
    m.severity[SEVERITY[c]],
    counts.get(c) ?? 0,
    c,
  ]);
  const widths = [30, 20, 11, 9, 8, 9, 9];
  const column = (header: string, i: number, numeric: boolean): TableColumn => ({
    header,
    width: widths[i],
    format: numeric ? "integer" : "text",
    wrap: !numeric,
  });
  return layoutReport(
    {
      sheetName: SUMMARY_SHEET_NAME,
      widths,
      titleLines: [say.summaryTitle, say.summaryDate(options.year, ddmmyyyy(options.date))],
      sections: [
        {
          table: {
            name: "TomTatTep",
            columns: say.summaryFileHeaders.map((h, i) => column(h, i, i >= 3)),
            rows: perFile,
          },
        },
        {
          table: {
            name: "TomTatLoai",
            columns: say.summaryKindHeaders.map((h, i) => column(h, i, i === 2)),
            rows: perKind,
          },
        },
      ],
    },
    { plain: true },
  );
}

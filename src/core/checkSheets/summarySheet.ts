import type { Messages } from "../../i18n/messages";
import { findingTitle, FINDING_CODES, SEVERITY, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { SheetSpec } from "../sheet";
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
  const vi = m.lang === "vi";
  const perFile: CellValue[][] = lines.map((l) => [
    l.file,
    l.sheet,
    l.headerRows,
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
  const kindRow = 5 + perFile.length + 2;
  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: [34, 22, 14, 12, 10, 12, 12],
    blocks: [
      {
        kind: "text",
        row: 0,
        col: 0,
        text: vi ? "TÓM TẮT KẾT QUẢ KIỂM TRA" : "CHECK SUMMARY",
        style: "title",
        span: 7,
        align: "center",
      },
      {
        kind: "text",
        row: 1,
        col: 0,
        text: `${vi ? "Năm báo cáo" : "Report year"}: ${options.year} — ${vi ? "ngày" : "date"} ${ddmmyyyy(options.date)}`,
        style: "italic",
        span: 7,
        align: "center",
      },
      {
        kind: "table",
        name: "TomTatTep",
        row: 3,
        col: 0,
        columns: (vi
          ? ["Tệp", "Trang tính", "Dòng tiêu đề", "Số cán bộ", "Lỗi", "Cảnh báo", "Thông tin"]
          : ["File", "Sheet", "Header rows", "Cadres", "Errors", "Warnings", "Infos"]
        ).map((header, i) => ({ header, format: i >= 3 ? "integer" : "text" })),
        rows: perFile,
      },
      {
        kind: "table",
        name: "TomTatLoai",
        row: kindRow,
        col: 0,
        columns: (vi
          ? ["Loại phát hiện", "Mức độ", "Số lượng", "Mã"]
          : ["Kind", "Severity", "Count", "Code"]
        ).map((header, i) => ({ header, format: i === 2 ? "integer" : "text" })),
        rows: perKind,
      },
    ],
    page: { orientation: "portrait", fitToWidth: true },
  };
}

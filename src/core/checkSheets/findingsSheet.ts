import { findingTitle, formatFinding, type Finding } from "../findings";
import type { CellValue } from "../grid";
import type { CellLink, SheetSpec } from "../sheet";
import type { Messages } from "../../i18n/messages";

export const FINDINGS_SHEET_NAME = "KQ Kiểm tra";

export interface FindingsSheetOptions {
  year: number;
  /** Date printed on the date line, dd/mm/yyyy. */
  date: Date;
  messages: Messages;
  /** Resolves a finding's file to the path its link should use (relative to the report), or undefined for this workbook. */
  linkFile?: (file: string | undefined) => string | undefined;
}

/**
 * The "KQ Kiểm tra" sheet: one row per finding in a real Excel table with filters, the cell address as a link
 * that jumps to the cell, errors marked red.
 */
export function findingsSheet(findings: readonly Finding[], options: FindingsSheetOptions): SheetSpec {
  const m = options.messages;
  const vi = m.lang === "vi";
  const headers = vi
    ? ["STT", "Tệp", "Trang tính", "Ô", "Mức độ", "Loại", "Nội dung", "Giá trị trong ô", "Gợi ý sửa", "Mã"]
    : ["No.", "File", "Sheet", "Cell", "Severity", "Kind", "Message", "Cell value", "Suggestion", "Code"];
  const rows: CellValue[][] = [];
  const targets: (CellLink | null)[] = [];
  findings.forEach((f, i) => {
    rows.push([
      i + 1,
      f.file ?? "",
      f.sheet ?? "",
      f.cell ?? "",
      m.severity[f.severity],
      findingTitle(f.code, m),
      formatFinding(f, m),
      f.value ?? "",
      f.suggestion ?? "",
      f.code,
    ]);
    targets.push(
      f.sheet && f.cell ? { file: options.linkFile?.(f.file), sheet: f.sheet, cell: f.cell } : null,
    );
  });
  const widths = [6, 24, 16, 8, 11, 22, 70, 24, 24, 18];
  const tableRow = 4;
  return {
    name: FINDINGS_SHEET_NAME,
    columnWidths: widths,
    blocks: [
      {
        kind: "text",
        row: 0,
        col: 0,
        text: vi ? "KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN" : "ROSTER CHECK RESULTS",
        style: "title",
        span: 8,
        align: "center",
      },
      {
        kind: "text",
        row: 1,
        col: 0,
        text: `${vi ? "Năm báo cáo" : "Report year"}: ${options.year}`,
        style: "italic",
        span: 8,
        align: "center",
      },
      {
        kind: "text",
        row: 2,
        col: 0,
        text: `${vi ? "Ngày kiểm tra" : "Checked on"}: ${ddmmyyyy(options.date)}`,
        style: "italic",
        span: 8,
        align: "center",
      },
      {
        kind: "table",
        name: "KQKiemTra",
        row: tableRow,
        col: 0,
        columns: headers.map((header, i) => ({
          header,
          width: widths[i],
          format: i === 0 ? "integer" : "text",
          wrap: i === 6,
        })),
        rows,
        links: { column: 3, targets },
        flags: [{ column: 4, equals: m.severity.error, style: "bad" }],
      },
    ],
    page: { orientation: "landscape", repeatRows: [tableRow, tableRow], fitToWidth: true },
    freezeRows: tableRow + 1,
  };
}

export function ddmmyyyy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}

import type { Cadre } from "../core/cadre";
import type { Finding } from "../core/findings";
import { formatFinding } from "../core/messages";
import type { SourceSheet } from "../core/reportSheets";
import type { StandardsFramework } from "../core/standards";
import type { Messages } from "../core/messages";

/**
 * The sources of a report as the "Thông tin báo cáo" sheet lists them, read off what the check produced: each
 * sheet that gave cadres, each sheet skipped for having no roster, each file that could not be used (with the
 * sentence the check gave), in the order met.
 */
export function reportSources(
  cadres: readonly Cadre[],
  findings: readonly Finding[],
  m: Messages,
): SourceSheet[] {
  const out: SourceSheet[] = [];
  const index = new Map<string, SourceSheet>();
  const key = (file: string | undefined, sheet: string) => `${file ?? ""}\u0000${sheet}`;
  // Cadres come sheet by sheet: the sheet is looked up again only when it changes, not once a cadre (100,000 keys).
  let last: SourceSheet | undefined;
  for (let i = 0; i < cadres.length; i++) {
    const c = cadres[i];
    if (last && c.sheet === last.sheet && (c.file ?? "") === last.file) {
      last.cadres++;
      continue;
    }
    const k = key(c.file, c.sheet);
    last = index.get(k);
    if (last) last.cadres++;
    else {
      last = { file: c.file ?? "", sheet: c.sheet, cadres: 1 };
      index.set(k, last);
      out.push(last);
    }
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.code === "unreadable-file")
      out.push({
        file: f.file ?? "",
        sheet: "",
        cadres: 0,
        skipped: `Không đọc được: ${formatFinding(f, m)}`,
      });
    else if (f.code === "no-roster" && f.sheet && !index.has(key(f.file, f.sheet)))
      out.push({
        file: f.file ?? "",
        sheet: f.sheet,
        cadres: 0,
        skipped: "Bỏ qua: không có danh sách cán bộ",
      });
  }
  return out;
}

/** Roster rows with at least one error still to fix. */
export function rowsWithErrors(findings: readonly Finding[]): number {
  const rows = new Set<string>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.severity === "error" && f.sheet && f.row !== undefined)
      rows.add(`${f.file ?? ""}\u0000${f.sheet}\u0000${f.row}`);
  }
  return rows.size;
}

/** Which standards were applied, in a sentence. */
export function standardsSentence(standards: StandardsFramework, file?: string): string {
  if (file)
    return `Tiêu chuẩn chức danh: theo trang tính “Tiêu chuẩn” của tệp ${file} (${standards.standards.length} tiêu chuẩn).`;
  if (standards.origin === "sheet")
    return `Tiêu chuẩn chức danh: theo trang tính “Tiêu chuẩn” của sổ làm việc (${standards.standards.length} tiêu chuẩn).`;
  return (
    `Tiêu chuẩn chức danh: khung tiêu chuẩn mẫu của phần mềm (${standards.standards.length} tiêu chuẩn, theo ` +
    "QĐ 3169/QĐ-TLĐ năm 2021 và QĐ 2860/QĐ-TLĐ năm 2025), cần đối chiếu văn bản hiện hành."
  );
}

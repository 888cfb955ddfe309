import type { FixKind } from "../core/fixes";

/**
 * Texts of the certain fixes (issue 13): `canbo fix`, the pane's Sửa, Sửa tất cả, Chuyển cả trang sang Unicode,
 * Hoàn tác and "Tải bản đã sửa". One dictionary per language with the same shape.
 */
export interface FixMessages {
  /** What each kind of fix does, for a count ("12 ô: chữ mã cũ sang Unicode"). */
  kinds: Record<FixKind, string>;
  /** Why a listed cell was left as it is. */
  skipped: Record<"formula" | "changed" | "missing", string>;
  promise: string;
  // — the command —
  will: (cells: string, parts: string) => string;
  line: (sheet: string, cell: string, before: string, after: string) => string;
  skippedLine: (sheet: string, cell: string, reason: string) => string;
  more: (n: string) => string;
  nothing: string;
  badOnly: (value: string, kinds: string) => string;
  oneFile: string;
  // — the pane —
  title: string;
  find: string;
  downloadButton: (file: string) => string;
  shown: (shown: string, total: string) => string;
  none: string;
  fixOne: string;
  fixAll: (n: string) => string;
  fixColumn: (n: string) => string;
  sheetToUnicode: (sheet: string, cells: string) => string;
  confirm: (cells: string, what: string) => string;
  confirmButton: string;
  dismiss: string;
  done: (cells: string) => string;
  doneSkipped: (cells: string, skipped: string) => string;
  changedList: string;
  undo: (cells: string) => string;
  undoLeft: (cells: string) => string;
  undone: (cells: string) => string;
  undoneKept: (cells: string, kept: string) => string;
  download: (cells: string) => string;
  downloaded: (name: string, cells: string) => string;
}

export const fixesVi: FixMessages = {
  kinds: {
    "legacy-encoding": "chữ mã cũ (TCVN3, VNI) chuyển sang Unicode",
    "invalid-id": "số CCCD mất số 0 đầu",
    "canonical-spelling": "viết lại theo cách viết chuẩn",
    "name-format": "khoảng trắng và chữ hoa của họ tên",
  },
  skipped: {
    formula: "ô có công thức, không sửa",
    changed: "ô đã đổi từ lần kiểm tra, không sửa",
    missing: "không tìm thấy ô",
  },
  promise:
    "canbo chỉ sửa khi bạn bấm: báo trước số ô sẽ đổi, liệt kê sau khi đổi, và ghi lại giá trị cũ để hoàn tác. " +
    "Không sửa ô có công thức, ô ngoài danh sách hay trang đang khóa.",
  will: (n, parts) => `Sẽ sửa ${n} ô: ${parts}.`,
  line: (sheet, cell, before, after) => `  [${sheet}] ${cell}: ${before} → ${after}`,
  skippedLine: (sheet, cell, reason) => `  [${sheet}] ${cell}: ${reason}`,
  more: (n) => `  … và ${n} ô khác (xem đủ bằng --json)`,
  nothing: "Không có ô nào sửa được một cách chắc chắn; không ghi tệp nào.",
  badOnly: (v, kinds) =>
    `--only: không có loại sửa "${v}"; dùng một hoặc nhiều loại, cách nhau bằng dấu phẩy: ${kinds}.`,
  oneFile: "Lệnh fix sửa từng tệp một. Ví dụ: canbo fix danh-sach.xlsx --out danh-sach-da-sua.xlsx",
  title: "Sửa lỗi chắc chắn",
  find: "Tìm các ô sửa được chắc chắn",
  downloadButton: (f) => `Tải bản đã sửa của ${f}`,
  shown: (k, n) => `(hiện ${k} trong ${n} ô)`,
  none: "Không có ô nào sửa được một cách chắc chắn.",
  fixOne: "Sửa",
  fixAll: (n) => `Sửa tất cả (${n})`,
  fixColumn: (n) => `Sửa cả cột (${n})`,
  sheetToUnicode: (sheet, n) => `Chuyển cả trang "${sheet}" sang Unicode (${n} ô)`,
  confirm: (n, what) =>
    `Sẽ thay đổi ${n} ô (${what}). Giá trị và phông cũ được ghi trong sổ tính để hoàn tác.`,
  confirmButton: "Sửa",
  dismiss: "Thôi",
  done: (n) => `Đã sửa ${n} ô.`,
  doneSkipped: (n, k) => `Đã sửa ${n} ô; ${k} ô để nguyên (có công thức hoặc đã đổi từ lần kiểm tra).`,
  changedList: "Các ô đã sửa",
  undo: (n) => `Hoàn tác (${n} ô)`,
  undoLeft: (n) => `Sổ tính có ${n} ô do canbo sửa; giá trị và phông cũ của chúng được ghi lại để hoàn tác.`,
  undone: (n) => `Đã hoàn tác ${n} ô: giá trị và phông cũ đã trở lại.`,
  undoneKept: (n, k) => `Đã hoàn tác ${n} ô; ${k} ô đã được sửa tay sau đó nên giữ nguyên như bạn sửa.`,
  download: (n) => `Tải bản đã sửa (${n} ô)`,
  downloaded: (name, n) => `Đã tải ${name}: bản sao đã sửa ${n} ô; tệp gốc không đổi.`,
};

export const fixesEn: FixMessages = {
  kinds: {
    "legacy-encoding": "legacy text (TCVN3, VNI) converted to Unicode",
    "invalid-id": "CCCD numbers that lost their leading 0",
    "canonical-spelling": "values rewritten in their canonical spelling",
    "name-format": "spacing and case of names",
  },
  skipped: {
    formula: "a formula, not changed",
    changed: "changed since the check, not changed",
    missing: "cell not found",
  },
  promise:
    "canbo changes nothing unless you ask: it says how many cells will change, lists them after, and records the " +
    "old values to undo. Never a formula, a cell not listed or a protected sheet.",
  will: (n, parts) => `Will fix ${n} cells: ${parts}.`,
  line: (sheet, cell, before, after) => `  [${sheet}] ${cell}: ${before} → ${after}`,
  skippedLine: (sheet, cell, reason) => `  [${sheet}] ${cell}: ${reason}`,
  more: (n) => `  … and ${n} more cells (see them all with --json)`,
  nothing: "No cell can be fixed with certainty; no file written.",
  badOnly: (v, kinds) => `--only: there is no fix "${v}"; give one or more, separated by commas: ${kinds}.`,
  oneFile: "The fix command fixes one file at a time. Example: canbo fix roster.xlsx --out roster-fixed.xlsx",
  title: "Certain fixes",
  find: "Find the cells that can be fixed with certainty",
  downloadButton: (f) => `Download the fixed copy of ${f}`,
  shown: (k, n) => `(${k} of ${n} cells shown)`,
  none: "No cell can be fixed with certainty.",
  fixOne: "Fix",
  fixAll: (n) => `Fix all (${n})`,
  fixColumn: (n) => `Fix the column (${n})`,
  sheetToUnicode: (sheet, n) => `Convert sheet "${sheet}" to Unicode (${n} cells)`,
  confirm: (n, what) =>
    `${n} cells will change (${what}). Their old values and fonts are recorded in the workbook to undo.`,
  confirmButton: "Fix",
  dismiss: "Cancel",
  done: (n) => `${n} cells fixed.`,
  doneSkipped: (n, k) => `${n} cells fixed; ${k} left as they are (a formula, or changed since the check).`,
  changedList: "Cells fixed",
  undo: (n) => `Undo (${n} cells)`,
  undoLeft: (n) =>
    `The workbook has ${n} cells fixed by canbo; their old values and fonts are recorded to undo.`,
  undone: (n) => `${n} cells undone: their old values and fonts are back.`,
  undoneKept: (n, k) => `${n} cells undone; ${k} were edited by hand since and stay as you edited them.`,
  download: (n) => `Download the fixed copy (${n} cells)`,
  downloaded: (name, n) => `Downloaded ${name}: a copy with ${n} cells fixed; the original is unchanged.`,
};

export function fixMessages(lang: string): FixMessages {
  return lang === "en" ? fixesEn : fixesVi;
}

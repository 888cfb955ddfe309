/** Texts of `canbo consolidate` (issue 13). One dictionary per language with the same shape. */
export interface ConsolidateMessages {
  yearRequired: string;
  done: (people: string, files: string, duplicates: string) => string;
  unreadable: (files: string) => string;
  // — the pane —
  button: string;
  hint: string;
  written: (sheet: string, people: string) => string;
  ready: (name: string, people: string) => string;
}

export const consolidateVi: ConsolidateMessages = {
  yearRequired: "Lệnh consolidate cần năm của danh sách, ví dụ: canbo consolidate ho-so --year 2019",
  done: (p, f, d) => `Đã tổng hợp ${p} người từ ${f} tệp; ${d} dòng là người đã có nên chỉ ghi một lần.`,
  unreadable: (f) => `${f} tệp không đọc được, xem trang "Thông tin báo cáo"; danh sách chưa đầy đủ.`,
  button: "Tổng hợp",
  hint: "Một danh sách từ mọi danh sách đã kiểm tra: mỗi người một dòng, chữ Unicode, cách viết chuẩn, xếp theo đơn vị cấp trên.",
  written: (sheet, p) => `Đã ghi trang "${sheet}": ${p} người.`,
  ready: (name, p) => `Đã tải ${name}: ${p} người.`,
};

export const consolidateEn: ConsolidateMessages = {
  yearRequired:
    "The consolidate command needs the roster's year, for example: canbo consolidate rosters --year 2019",
  done: (p, f, d) =>
    `Consolidated ${p} people from ${f} files; ${d} rows repeated someone already listed and are written once.`,
  unreadable: (f) =>
    `${f} files could not be read (see the sheet "Thông tin báo cáo"); the roster is incomplete.`,
  button: "Consolidate",
  hint: "One roster from every roster checked: each person once, in Unicode and canonical spellings, by upper unit.",
  written: (sheet, p) => `Wrote the sheet "${sheet}": ${p} people.`,
  ready: (name, p) => `Downloaded ${name}: ${p} people.`,
};

export function consolidateMessages(lang: string): ConsolidateMessages {
  return lang === "en" ? consolidateEn : consolidateVi;
}

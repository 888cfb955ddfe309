/** Texts of `canbo consolidate` (issue 13). One dictionary per language with the same shape. */
export interface ConsolidateMessages {
  yearRequired: string;
  done: (people: string, files: string, duplicates: string) => string;
  unreadable: (files: string) => string;
}

export const consolidateVi: ConsolidateMessages = {
  yearRequired: "Lệnh consolidate cần năm của danh sách, ví dụ: canbo consolidate ho-so --year 2019",
  done: (p, f, d) => `Đã tổng hợp ${p} người từ ${f} tệp; ${d} dòng là người đã có nên chỉ ghi một lần.`,
  unreadable: (f) => `${f} tệp không đọc được, xem trang "Thông tin báo cáo"; danh sách chưa đầy đủ.`,
};

export const consolidateEn: ConsolidateMessages = {
  yearRequired:
    "The consolidate command needs the roster's year, for example: canbo consolidate rosters --year 2019",
  done: (p, f, d) =>
    `Consolidated ${p} people from ${f} files; ${d} rows repeated someone already listed and are written once.`,
  unreadable: (f) =>
    `${f} files could not be read (see the sheet "Thông tin báo cáo"); the roster is incomplete.`,
};

export function consolidateMessages(lang: string): ConsolidateMessages {
  return lang === "en" ? consolidateEn : consolidateVi;
}

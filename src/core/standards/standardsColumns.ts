/**
 * The columns of the "Tiêu chuẩn" sheet's table, in order: the header written, the header texts read back
 * (as foldKey keys: our header and the shorter forms people retype), and the column width. Shared by the
 * writer (`standardsSheetSpec`) and the reader (`readStandardsSheet`) so the two cannot drift apart.
 *
 * @example STANDARDS_COLUMNS.map((c) => c.header)[5] // "Trình độ chuyên môn tối thiểu"
 */
export const STANDARDS_COLUMNS = [
  { key: "id", header: "Mã", width: 7, reads: ["ma", "ma tieu chuan", "ma so"] },
  { key: "title", header: "Tên tiêu chuẩn", width: 34, reads: ["ten tieu chuan", "tieu chuan"] },
  { key: "levels", header: "Cấp công đoàn", width: 26, reads: ["cap cong doan", "cap", "cap ap dung"] },
  { key: "positions", header: "Chức danh", width: 28, reads: ["chuc danh", "chuc vu", "chuc danh ap dung"] },
  {
    key: "employment",
    header: "Chuyên trách",
    width: 14,
    reads: ["chuyen trach", "chuyen trach khong chuyen trach", "loai can bo"],
  },
  {
    key: "education",
    header: "Trình độ chuyên môn tối thiểu",
    width: 16,
    reads: ["trinh do chuyen mon toi thieu", "trinh do chuyen mon", "chuyen mon", "tdcm"],
  },
  {
    key: "politicalTheory",
    header: "LLCT tối thiểu",
    width: 12,
    reads: ["llct toi thieu", "llct", "ly luan chinh tri", "ly luan chinh tri toi thieu", "trinh do llct"],
  },
  {
    key: "stateManagement",
    header: "QLNN tối thiểu",
    width: 14,
    reads: ["qlnn toi thieu", "qlnn", "quan ly nha nuoc", "quan ly nha nuoc toi thieu", "trinh do qlnn"],
  },
  {
    key: "unionTraining",
    header: "Tập huấn nghiệp vụ CĐ",
    width: 12,
    reads: ["tap huan nghiep vu cd", "tap huan nghiep vu cong doan", "tap huan nghiep vu", "tap huan"],
  },
  { key: "partyMember", header: "Đảng viên", width: 10, reads: ["dang vien"] },
  { key: "maxAge", header: "Tuổi tối đa", width: 9, reads: ["tuoi toi da", "tuoi"] },
  { key: "source", header: "Căn cứ", width: 44, reads: ["can cu", "nguon", "van ban"] },
] as const;

export type StandardsColumnKey = (typeof STANDARDS_COLUMNS)[number]["key"];

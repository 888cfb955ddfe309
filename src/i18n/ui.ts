/** Texts of the task pane's controls, one dictionary per language with the same shape (failures are in the core's contract). */
export interface UiMessages {
  title: string;
  subtitle: string;
  year: string;
  check: string;
  checking: string;
  noFindings: string;
  filter: string;
  filterAll: string;
  search: string;
  makeReport: string;
  reportReady: (name: string) => string;
  noRosterFile: string;
  modeExcel: string;
  modeFile: string;
  rosterSheets: string;
  noRosterSheet: string;
  insertStandards: string;
  standardsInserted: string;
  standardsExists: string;
  standardsFrom: (sheet: boolean) => string;
  highlight: string;
  clearHighlight: string;
  importFiles: string;
  reportWritten: string;
  insertFileSheets: string;
  fileSheetsInserted: (n: number) => string;
}

export const uiVi: UiMessages = {
  title: "Kiểm tra cán bộ công đoàn",
  subtitle: "Mở các tệp danh sách (.xlsx). Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
  year: "Năm báo cáo",
  check: "Kiểm tra",
  checking: "Đang kiểm tra…",
  noFindings: "Không phát hiện sai sót nào.",
  filter: "Mức độ",
  filterAll: "Tất cả",
  search: "Tìm trong kết quả",
  makeReport: "Lập báo cáo",
  reportReady: (name) => `Đã lập ${name}.`,
  noRosterFile: "Chưa có danh sách nào để lập báo cáo. Hãy chọn ít nhất một tệp danh sách (.xlsx).",
  modeExcel: "Đang làm việc trên sổ làm việc đang mở trong Excel.",
  modeFile: "Đang làm việc trên tệp (không cần Excel).",
  rosterSheets: "Trang tính danh sách cần kiểm tra",
  noRosterSheet:
    "Sổ làm việc này chưa có trang tính nào có dòng tiêu đề của danh sách cán bộ (Họ và tên, Chức danh…). Hãy mở sổ làm việc có danh sách, hoặc nhập tệp của đơn vị.",
  insertStandards: "Chèn mẫu tiêu chuẩn",
  standardsInserted:
    "Đã chèn trang tính “Tiêu chuẩn”. Hãy đối chiếu với quy định hiện hành và sửa cho phù hợp.",
  standardsExists: "Sổ làm việc đã có trang tính “Tiêu chuẩn”; canbo dùng trang tính này để kiểm tra.",
  standardsFrom: (sheet) =>
    sheet
      ? "Tiêu chuẩn: theo trang tính “Tiêu chuẩn” của sổ làm việc."
      : "Tiêu chuẩn: khung mẫu có sẵn (cần đối chiếu quy định hiện hành).",
  highlight: "Tô màu ô có lỗi",
  clearHighlight: "Xóa màu đánh dấu",
  importFiles: "Nhập tệp của đơn vị",
  reportWritten: "Đã ghi các trang tính báo cáo vào sổ làm việc.",
  insertFileSheets: "Chèn các trang tính của tệp vào sổ làm việc",
  fileSheetsInserted: (n) => `Đã chèn các trang tính của ${n} tệp vào cuối sổ làm việc.`,
};

export const uiEn: UiMessages = {
  title: "Union cadre check",
  subtitle: "Open roster files (.xlsx). Files are read on this computer only and sent nowhere.",
  year: "Report year",
  check: "Check",
  checking: "Checking…",
  noFindings: "No findings.",
  filter: "Severity",
  filterAll: "All",
  search: "Search the results",
  makeReport: "Build report",
  reportReady: (name) => `${name} is ready.`,
  noRosterFile: "There is no roster to report on. Choose at least one roster file (.xlsx).",
  modeExcel: "Working on the workbook open in Excel.",
  modeFile: "Working on files (no Excel needed).",
  rosterSheets: "Roster sheets to check",
  noRosterSheet:
    "This workbook has no sheet with a roster header row (“Họ và tên”, “Chức danh”…). Open a workbook with a roster, or import the units' files.",
  insertStandards: "Insert standards template",
  standardsInserted:
    "The “Tiêu chuẩn” sheet was inserted. Check it against the regulation in force and edit it.",
  standardsExists: "The workbook already has a “Tiêu chuẩn” sheet; canbo uses it for the check.",
  standardsFrom: (sheet) =>
    sheet
      ? "Standards: the workbook's “Tiêu chuẩn” sheet."
      : "Standards: built-in template (to be confirmed against the regulation in force).",
  highlight: "Colour problem cells",
  clearHighlight: "Clear the colours",
  importFiles: "Import units' files",
  reportWritten: "The report sheets were written into the workbook.",
  insertFileSheets: "Insert the files' sheets into the workbook",
  fileSheetsInserted: (n) => `The sheets of ${n} files were inserted at the end of the workbook.`,
};

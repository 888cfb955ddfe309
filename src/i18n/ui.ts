/** Texts of the task pane, one dictionary per language with the same shape. */
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
  unexpected: string;
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
  protectedSheet: string;
  notOwned: (sheet: string) => string;
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
  noFindings: "Không có phát hiện nào.",
  filter: "Mức độ",
  filterAll: "Tất cả",
  search: "Tìm trong kết quả",
  makeReport: "Tạo báo cáo",
  reportReady: (name) => `Đã tạo ${name}.`,
  noRosterFile: "Hãy chọn ít nhất một tệp .xlsx.",
  unexpected: "Có lỗi ngoài dự kiến khi xử lý tệp. Hãy thử lại hoặc gửi tệp cho bộ phận kỹ thuật.",
  modeExcel: "Đang làm việc trên sổ tính đang mở trong Excel.",
  modeFile: "Đang làm việc trên tệp (không cần Excel).",
  rosterSheets: "Trang danh sách cần kiểm tra",
  noRosterSheet: "Sổ tính này chưa có trang nào có dòng tiêu đề danh sách cán bộ (Họ và tên, Chức danh…).",
  insertStandards: "Chèn mẫu tiêu chuẩn",
  standardsInserted: 'Đã chèn trang "Tiêu chuẩn". Hãy đối chiếu với quy định hiện hành và sửa cho phù hợp.',
  standardsExists: 'Sổ tính đã có trang "Tiêu chuẩn"; trang này được dùng để kiểm tra.',
  standardsFrom: (sheet) =>
    sheet
      ? 'Tiêu chuẩn: theo trang "Tiêu chuẩn" của sổ tính.'
      : "Tiêu chuẩn: mẫu có sẵn (cần đối chiếu quy định hiện hành).",
  highlight: "Đánh dấu ô lỗi",
  clearHighlight: "Xóa đánh dấu",
  importFiles: "Nhập tệp của đơn vị",
  protectedSheet:
    "Trang tính đang được bảo vệ nên không đánh dấu được. Hãy bỏ bảo vệ trang (Review → Unprotect Sheet) rồi thử lại.",
  notOwned: (sheet) =>
    `Sổ tính đã có trang "${sheet}" không do công cụ này tạo nên không ghi đè. Hãy đổi tên trang đó rồi thử lại.`,
  reportWritten: "Đã ghi các trang báo cáo vào sổ tính.",
  insertFileSheets: "Chèn các trang của tệp vào sổ tính",
  fileSheetsInserted: (n) => `Đã chèn các trang của ${n} tệp vào cuối sổ tính.`,
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
  noRosterFile: "Choose at least one .xlsx file.",
  unexpected:
    "Something unexpected went wrong with the file. Try again, or send the file to technical support.",
  modeExcel: "Working on the workbook open in Excel.",
  modeFile: "Working on files (no Excel needed).",
  rosterSheets: "Roster sheets to check",
  noRosterSheet: "This workbook has no sheet with a roster header row (Họ và tên, Chức danh…).",
  insertStandards: "Insert standards template",
  standardsInserted:
    'The "Tiêu chuẩn" sheet was inserted. Check it against the regulation in force and edit it.',
  standardsExists: 'The workbook already has a "Tiêu chuẩn" sheet; it is used for the check.',
  standardsFrom: (sheet) =>
    sheet
      ? 'Standards: the workbook\'s "Tiêu chuẩn" sheet.'
      : "Standards: built-in template (to be confirmed against the regulation in force).",
  highlight: "Highlight problem cells",
  clearHighlight: "Clear highlights",
  importFiles: "Import units' files",
  protectedSheet:
    "The sheet is protected, so nothing was highlighted. Unprotect it (Review → Unprotect Sheet) and try again.",
  notOwned: (sheet) =>
    `The workbook already has a sheet "${sheet}" that this tool did not create, so it was not overwritten. Rename that sheet and try again.`,
  reportWritten: "The report sheets were written into the workbook.",
  insertFileSheets: "Insert the files' sheets into the workbook",
  fileSheetsInserted: (n) => `The sheets of ${n} files were inserted at the end of the workbook.`,
};

/** Texts of the task pane, one dictionary per language with the same shape. */
export interface UiMessages {
  title: string;
  subtitle: string;
  openFiles: string;
  dropHint: string;
  year: string;
  check: string;
  checking: string;
  steps: { list: string; read: string; check: string; write: string };
  counts: (cadres: number) => string;
  noFindings: string;
  filter: string;
  filterAll: string;
  search: string;
  makeReport: string;
  reportReady: (name: string) => string;
  selected: (sheet: string, cell: string) => string;
  noRosterFile: string;
  unexpected: string;
}

export const uiVi: UiMessages = {
  title: "Kiểm tra cán bộ công đoàn",
  subtitle: "Mở các tệp danh sách (.xlsx). Tệp chỉ được đọc trên máy này, không gửi đi đâu.",
  openFiles: "Chọn tệp danh sách",
  dropHint: "hoặc kéo thả tệp vào đây",
  year: "Năm báo cáo",
  check: "Kiểm tra",
  checking: "Đang kiểm tra…",
  steps: {
    list: "Đang mở sổ tính",
    read: "Đang đọc trang",
    check: "Đang kiểm tra trang",
    write: "Đang ghi báo cáo",
  },
  counts: (n) => `${n} cán bộ`,
  noFindings: "Không có phát hiện nào.",
  filter: "Mức độ",
  filterAll: "Tất cả",
  search: "Tìm trong kết quả",
  makeReport: "Tạo báo cáo",
  reportReady: (name) => `Đã tạo ${name}.`,
  selected: (sheet, cell) => `Trang "${sheet}", ô ${cell}`,
  noRosterFile: "Hãy chọn ít nhất một tệp .xlsx.",
  unexpected: "Có lỗi ngoài dự kiến khi xử lý tệp. Hãy thử lại hoặc gửi tệp cho bộ phận kỹ thuật.",
};

export const uiEn: UiMessages = {
  title: "Union cadre check",
  subtitle: "Open roster files (.xlsx). Files are read on this computer only and sent nowhere.",
  openFiles: "Choose roster files",
  dropHint: "or drop files here",
  year: "Report year",
  check: "Check",
  checking: "Checking…",
  steps: {
    list: "Opening workbook",
    read: "Reading sheet",
    check: "Checking sheet",
    write: "Writing report",
  },
  counts: (n) => `${n} cadres`,
  noFindings: "No findings.",
  filter: "Severity",
  filterAll: "All",
  search: "Search the results",
  makeReport: "Build report",
  reportReady: (name) => `${name} is ready.`,
  selected: (sheet, cell) => `Sheet "${sheet}", cell ${cell}`,
  noRosterFile: "Choose at least one .xlsx file.",
  unexpected:
    "Something unexpected went wrong with the file. Try again, or send the file to technical support.",
};

import type { Progress, ProgressStep } from "../app/types";
import { YEAR_MAX, YEAR_MIN, type YearProblem } from "../app/parseYear";

/**
 * Texts of the task pane added for a day's real work (progress, cancel, stale results, report inputs, highlights,
 * the findings list). One dictionary per language with the same shape, beside `UiMessages`.
 */
export interface PaneMessages {
  language: string;
  connecting: string;
  officeMissing: string;
  source: string;
  results: string;
  reportSection: string;
  fileInputLabel: string;
  dropZone: string;
  dropNow: string;
  removeFile: (name: string) => string;
  fileReady: string;
  fileFinance: (years: number) => string;
  yearProblem: Record<YearProblem, string>;
  noSheetChosen: string;
  cancel: string;
  cancelled: string;
  steps: Record<ProgressStep, string>;
  progressCount: (unit: Progress["unit"], done: string, total: string) => string;
  stale: string;
  recheckFirst: string;
  checked: (cadres: string, errors: string, warnings: string, infos: string) => string;
  units: string;
  unitUnknown: string;
  unitLine: (cadres: string, errors: string, warnings: string) => string;
  unitsMore: (n: string) => string;
  legacyColumn: (column: string, count: string, encoding: string) => string;
  person: string;
  value: string;
  suggestion: string;
  selectCell: string;
  cellIn: (file: string | undefined, sheet: string, cell: string) => string;
  showMore: (left: string) => string;
  noMatch: string;
  clearFilters: string;
  shownOf: (shown: string, total: string) => string;
  highlightWill: (errors: string, warnings: string) => string;
  highlightButton: (cells: string) => string;
  highlightDone: (cells: string) => string;
  highlightLeft: (cells: string) => string;
  highlightCleared: string;
  legendError: string;
  legendWarning: string;
  previous: string;
  previousRead: (cadres: string) => string;
  finance: string;
  financeRead: (years: string) => string;
  parentBody: string;
  parentBodyHint: string;
  issuer: string;
  issuerHint: string;
  place: string;
  placeHint: string;
  signer: string;
  signerHint: string;
  remembered: string;
  notRemembered: string;
  noResults: string;
}

export const paneVi: PaneMessages = {
  language: "Ngôn ngữ",
  connecting: "Đang kết nối với Excel…",
  officeMissing:
    "Không kết nối được với Excel (không tải được thư viện Office). Vẫn kiểm tra được các tệp .xlsx; để làm việc trên sổ làm việc đang mở, hãy kiểm tra kết nối mạng rồi mở lại ngăn canbo.",
  source: "Dữ liệu cần kiểm tra",
  results: "Kết quả kiểm tra",
  reportSection: "Báo cáo năm",
  fileInputLabel: "Chọn tệp danh sách (.xlsx)",
  dropZone: "Kéo thả tệp vào đây, hoặc bấm để chọn tệp",
  dropNow: "Thả tệp để mở",
  removeFile: (name) => `Bỏ tệp ${name}`,
  fileReady: "sẵn sàng kiểm tra",
  fileFinance: (n) => `tệp kinh phí (${n} năm), dùng cho chỉ tiêu kinh phí đào tạo, không phải danh sách`,
  yearProblem: {
    empty: "Hãy nhập năm báo cáo.",
    "not-a-year": `Năm báo cáo gồm bốn chữ số. Hãy nhập lại, ví dụ 2019.`,
    "out-of-range": `Năm báo cáo phải từ ${YEAR_MIN} đến ${YEAR_MAX}. Hãy nhập lại.`,
  },
  noSheetChosen: "Hãy chọn ít nhất một trang tính danh sách hoặc một tệp để kiểm tra.",
  cancel: "Hủy",
  cancelled: "Đã hủy. Phần việc xong trước khi hủy (nếu có) được giữ nguyên; hãy bấm lại để làm lại từ đầu.",
  steps: {
    list: "Đang mở sổ làm việc",
    read: "Đang đọc",
    check: "Đang kiểm tra",
    build: "Đang lập báo cáo",
    write: "Đang ghi báo cáo",
    highlight: "Đang tô màu ô",
    draw: "Đang hiển thị kết quả",
  },
  progressCount: (unit, done, total) =>
    unit === "bytes"
      ? `${done} / ${total} MB`
      : unit === "cells"
        ? `${done} / ${total} ô`
        : `${done} / ${total}`,
  stale:
    "Kết quả này đã cũ vì năm, tiêu chuẩn, tệp hoặc trang tính đã thay đổi sau lần kiểm tra. Hãy bấm Kiểm tra để cập nhật.",
  recheckFirst: "Kết quả đã cũ, đang kiểm tra lại trước khi lập báo cáo…",
  checked: (c, e, w, i) => `${c} cán bộ — Lỗi: ${e}, Cảnh báo: ${w}, Thông tin: ${i}`,
  units: "Theo đơn vị (nhiều lỗi nhất trước)",
  unitUnknown: "(chưa rõ đơn vị)",
  unitLine: (c, e, w) => `${c} cán bộ · ${e} lỗi · ${w} cảnh báo`,
  unitsMore: (n) => `và ${n} đơn vị khác`,
  legacyColumn: (col, n, enc) =>
    `Cột ${col} có ${n} ô gõ bằng bảng mã ${enc} (phông chữ cũ), đã đọc được; nên chuyển sang Unicode`,
  person: "Họ và tên",
  value: "Giá trị trong ô",
  suggestion: "Gợi ý",
  selectCell: "Chọn ô",
  cellIn: (file, sheet, cell) => `${file ? `Tệp ${file}, ` : ""}trang tính “${sheet}”, ô ${cell}`,
  showMore: (left) => `Xem thêm (còn ${left})`,
  noMatch: "Không có kết quả nào khớp bộ lọc.",
  clearFilters: "Bỏ lọc",
  shownOf: (shown, total) => `Đang hiện ${shown} / ${total} dòng kết quả`,
  highlightWill: (e, w) =>
    `Sẽ tô màu ${e} ô có lỗi và ${w} ô có cảnh báo. Màu nền cũ được ghi lại trong sổ làm việc để có thể xóa màu đánh dấu bất cứ lúc nào.`,
  highlightButton: (n) => `Tô màu ${n} ô`,
  highlightDone: (n) => `Đã tô màu ${n} ô.`,
  highlightLeft: (n) =>
    `Sổ làm việc đang có ${n} ô do canbo tô màu; màu nền cũ của các ô này đã được ghi lại.`,
  highlightCleared: "Đã xóa màu đánh dấu, trả lại màu nền cũ.",
  legendError: "Lỗi",
  legendWarning: "Cảnh báo",
  previous: "Danh sách năm trước (để so sánh chỉ tiêu 6)",
  previousRead: (n) => `đã đọc ${n} cán bộ`,
  finance: "Tệp kinh phí (chỉ tiêu 7)",
  financeRead: (n) => `đã đọc ${n} năm`,
  parentBody: "Cơ quan cấp trên",
  parentBodyHint: "Ví dụ: TỔNG LĐLĐ VIỆT NAM",
  issuer: "Cơ quan ban hành",
  issuerHint: "Ví dụ: LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
  place: "Địa danh",
  placeHint: "Ví dụ: Bến Tre",
  signer: "Người ký",
  signerHint: "Không lưu lại",
  remembered: "Cơ quan và địa danh được lưu trong sổ làm việc này cho lần sau.",
  notRemembered: "Không lưu gì trên máy này: nhập lại mỗi lần mở ngăn.",
  noResults: "Chưa có kết quả. Hãy chọn dữ liệu rồi bấm Kiểm tra.",
};

export const paneEn: PaneMessages = {
  language: "Language",
  connecting: "Connecting to Excel…",
  officeMissing:
    "Could not connect to Excel (the Office library did not load). You can still check .xlsx files; to work on the open workbook, check the network and open the canbo pane again.",
  source: "Data to check",
  results: "Check results",
  reportSection: "Yearly report",
  fileInputLabel: "Choose roster files (.xlsx)",
  dropZone: "Drop files here, or click to choose",
  dropNow: "Drop the files to open them",
  removeFile: (name) => `Remove ${name}`,
  fileReady: "ready to check",
  fileFinance: (n) => `finance workbook (${n} years): used for the training-spending target, not a roster`,
  yearProblem: {
    empty: "Enter the report year.",
    "not-a-year": "The report year is four digits. Enter it again, e.g. 2019.",
    "out-of-range": `The report year must be between ${YEAR_MIN} and ${YEAR_MAX}. Enter it again.`,
  },
  noSheetChosen: "Choose at least one roster sheet or file to check.",
  cancel: "Cancel",
  cancelled: "Cancelled. Whatever was finished before stays as it is; start again to redo it.",
  steps: {
    list: "Opening the workbook",
    read: "Reading",
    check: "Checking",
    build: "Building the report",
    write: "Writing the report",
    highlight: "Colouring cells",
    draw: "Showing the results",
  },
  progressCount: (unit, done, total) =>
    unit === "bytes"
      ? `${done} / ${total} MB`
      : unit === "cells"
        ? `${done} / ${total} cells`
        : `${done} / ${total}`,
  stale:
    "These results are out of date: the year, standards, files or sheets changed since the check. Press Check to update them.",
  recheckFirst: "The results are out of date: checking again before the report…",
  checked: (c, e, w, i) => `${c} cadres — Errors: ${e}, Warnings: ${w}, Information: ${i}`,
  units: "By unit (most errors first)",
  unitUnknown: "(unit not given)",
  unitLine: (c, e, w) => `${c} cadres · ${e} errors · ${w} warnings`,
  unitsMore: (n) => `and ${n} more units`,
  legacyColumn: (col, n, enc) =>
    `Column ${col}: ${n} cells typed in the ${enc} legacy encoding, read all the same; convert them to Unicode`,
  person: "Full name",
  value: "Cell value",
  suggestion: "Suggestion",
  selectCell: "Select cell",
  cellIn: (file, sheet, cell) => `${file ? `File ${file}, ` : ""}sheet “${sheet}”, cell ${cell}`,
  showMore: (left) => `Show more (${left} left)`,
  noMatch: "No finding matches the filters.",
  clearFilters: "Clear filters",
  shownOf: (shown, total) => `Showing ${shown} of ${total} lines`,
  highlightWill: (e, w) =>
    `Will colour ${e} cells with errors and ${w} cells with warnings. Their fills are recorded in the workbook, to be cleared at any time.`,
  highlightButton: (n) => `Colour ${n} cells`,
  highlightDone: (n) => `${n} cells coloured.`,
  highlightLeft: (n) => `The workbook has ${n} cells coloured by canbo; their original fills are recorded.`,
  highlightCleared: "The colours are cleared; the original fills are back.",
  legendError: "Error",
  legendWarning: "Warning",
  previous: "Last year's roster (to compare target 6)",
  previousRead: (n) => `${n} cadres read`,
  finance: "Finance workbook (target 7)",
  financeRead: (n) => `${n} years read`,
  parentBody: "Parent body",
  parentBodyHint: "E.g. TỔNG LĐLĐ VIỆT NAM",
  issuer: "Issuing body",
  issuerHint: "E.g. LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
  place: "Place",
  placeHint: "E.g. Bến Tre",
  signer: "Signer",
  signerHint: "Not remembered",
  remembered: "The bodies and the place are kept in this workbook for next time.",
  notRemembered: "Nothing is kept on this computer: enter them each time.",
  noResults: "No results yet. Choose the data, then Check.",
};

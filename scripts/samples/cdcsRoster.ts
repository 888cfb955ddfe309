import ExcelJS from "exceljs";
import { toTcvn3 } from "./tcvn3";

/**
 * The small CĐCS roster in another layout (one-row header in row 3, other column names and order), with the
 * typical mistakes, each in a known cell. `EXPECTED` is the list the acceptance test asserts, written by hand.
 */
export const CDCS_FILE = "cdcs-truong-thcs-an-thoi.xlsx";

export const CDCS_EXPECTED: { cell: string; code: string; what: string }[] = [
  { cell: "N3", code: "unknown-column", what: "cột “Số điện thoại” không thuộc danh sách chuẩn (giữ nguyên)" },
  { cell: "B5", code: "legacy-encoding", what: "tên gõ bằng TCVN3, phông .VnTime (“NguyÔn ThÞ Hoa”)" },
  { cell: "B7", code: "duplicate-person", what: "“Trần Văn Bình” gõ dạng NFD, trùng người ở B6" },
  { cell: "E8", code: "missing-value", what: "chưa có chức vụ" },
  { cell: "M9", code: "invalid-id", what: "số CCCD 11 chữ số lưu dạng số (mất số 0 đầu)" },
  { cell: "M10", code: "invalid-id", what: "số CMND cũ 9 chữ số" },
  { cell: "I11", code: "error-value", what: "ô trình độ báo lỗi #N/A" },
  { cell: "C12", code: "invalid-date", what: "ngày sinh 31/02/1980 không có thật" },
  { cell: "C13", code: "implausible-age", what: "sinh năm 2012" },
  { cell: "E14", code: "invalid-value", what: "chức vụ gõ sai “Phó Chủ tjch”" },
  { cell: "I15", code: "invalid-value", what: "trình độ gõ sai “Dai hocc”" },
  { cell: "K16", code: "future-training", what: "năm tập huấn 2021, sau năm báo cáo 2019" },
];

type Row = (ExcelJS.CellValue | undefined)[];
const UNIT = "CĐCS Trường THCS An Thới";

export function writeCdcs(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("BCH CĐCS");
  ws.getCell("A1").value = "DANH SÁCH BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS AN THỚI NHIỆM KỲ 2018-2023";
  ws.getRow(1).font = { bold: true };
  ws.getRow(3).values = ["TT", "Họ tên", "Ngày sinh", "Giới tính", "Chức vụ CĐ", "Đơn vị", "Cấp", "Kiêm nhiệm/Chuyên trách",
    "Trình độ CM", "Lý luận CT", "Tập huấn NVCĐ", "Tập huấn BĐG", "Số CCCD", "Số điện thoại", "Ghi chú"];
  ws.getRow(3).font = { bold: true };
  const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const rows: Row[] = [
    [1, "Lê Thị Hồng", "12/05/1980", "Nữ", "Chủ tịch", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "Trung cấp", "x", 2018, "083180001234", "0900000001", ""],
    [2, toTcvn3("Nguyễn Thị Hoa"), date(1985, 9, 2), "Nữ", "Phó Chủ tịch", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "Sơ cấp", 2017, "", "083185002345", "0900000002", ""],
    [3, "Trần Văn Bình", date(1978, 3, 28), "Nam", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Cao đẳng", "", "x", "", "083078003456", "0900000003", ""],
    [4, "Trần Văn Bình".normalize("NFD"), date(1978, 3, 28), "Nam", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Cao đẳng", "", "x", "", "083078003456", "0900000004", "nhập trùng?"],
    [5, "Phạm Minh Tuấn", "07/11/1990", "Nam", "", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "", "", "", "083090004567", "0900000005", ""],
    [6, "Võ Thị Lan", date(1988, 1, 15), "Nữ", "UV UBKT", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "", "x", "", 83188005678, "0900000006", ""],
    [7, "Huỳnh Văn Nam", date(1975, 6, 30), "Nam", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "Sơ cấp", "x", "", "321456789", "0900000007", ""],
    [8, "Đặng Thị Mai", date(1983, 4, 4), "Nữ", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", { error: "#N/A" }, "", 2016, "", "083183006789", "0900000008", ""],
    [9, "Ngô Văn Hải", "31/02/1980", "Nam", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "", "", "", "083080007890", "0900000009", ""],
    [10, "Bùi Thị Thu", "15/06/2012", "Nữ", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Trung cấp", "", "", "", "083312008901", "0900000010", ""],
    [11, "Dương Văn Khoa", date(1986, 8, 19), "Nam", "Phó Chủ tjch", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "Sơ cấp", "x", "", "083086009012", "0900000011", ""],
    [12, "Hồ Thị Yến", date(1992, 12, 1), "Nữ", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Dai hocc", "", "x", "", "083192000123", "0900000012", ""],
    [13, "Lý Văn Sơn", date(1981, 2, 10), "Nam", "UVBCH", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "", 2021, "", "083081001122", "0900000013", ""],
    [14, "Mai Thị Ngân", date(1987, 10, 20), "", "Tổ trưởng CĐ", UNIT, "Cơ sở", "Kiêm nhiệm", "Cao đẳng", "", "x", "", "083187002233", "0900000014", "Tổ Toán"],
    [15, "Trương Quốc Việt", date(1979, 5, 5), "Nam", "Tổ trưởng CĐ", UNIT, "Cơ sở", "Kiêm nhiệm", "Đại học", "", 2019, 2019, "083079003344", "0900000015", "Tổ Văn"],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    row.values = values as ExcelJS.CellValue[];
    row.getCell(3).numFmt = "dd/mm/yyyy";
  });
  ws.getCell("B5").font = { name: ".VnTime" };
  [5, 24, 12, 9, 14, 26, 8, 12, 11, 10, 11, 11, 15, 13, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value = "Ghi chú: danh sách gửi LĐLĐ huyện trước ngày 15/12/2019.";
}

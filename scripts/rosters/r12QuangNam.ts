import { columnNumbers, header, note, numbering, section, sign, title, total, type SheetSpec, type WorkbookSpec } from "./model";

/**
 * A sector union's workbook of school union committees (Công đoàn ngành Giáo dục Quảng Nam; report year 2022):
 * an instructions sheet first, then one sheet per school level. No unit column: each school is a section row
 * "1. CĐCS Trường …" merged across the table, followed by its people and "Cộng: 4 đ/c".
 */

function schools(name: string, grade: string, rows: SheetSpec["rows"], lastRow: number): SheetSpec {
  return {
    name,
    font: "Times New Roman",
    size: 13,
    table: "A:J",
    widths: { A: 5, B: 24, C: 8, D: 8, E: 16, F: 20, G: 16, H: 10, I: 11, J: 16 },
    rows: {
      1: title({ A: "LĐLĐ TỈNH QUẢNG NAM", F: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
      2: title({ A: "CÔNG ĐOÀN NGÀNH GIÁO DỤC", F: "Độc lập - Tự do - Hạnh phúc" }),
      3: title({ A: `DANH SÁCH BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ ${grade} NĂM 2022` }),
      5: header({
        A: "TT",
        B: "Họ và tên",
        C: "Năm sinh",
        D: "Giới tính",
        E: "Chức vụ CĐ",
        F: "Chức vụ chính quyền",
        G: "Trình độ CM",
        H: "LLCT",
        I: "Năm tập huấn NV công đoàn",
        J: "Ghi chú",
      }),
      6: numbering(columnNumbers(10)),
      ...rows,
      [lastRow + 2]: note({ A: "Ghi chú: Năm tập huấn ghi năm được tập huấn nghiệp vụ công đoàn gần nhất." }),
      [lastRow + 4]: sign({ F: "TM. BAN THƯỜNG VỤ" }),
    },
    merges: ["A1:D1", "F1:J1", "A2:D2", "F2:J2", "A3:J3", "A7:J7", "A13:J13", `F${lastRow + 4}:J${lastRow + 4}`],
  };
}

export const r12QuangNam: WorkbookSpec = {
  file: "12-cd-nganh-giao-duc-quang-nam-2022.xlsx",
  writer: "xml",
  activeSheet: 1,
  sheets: [
    {
      name: "Hướng dẫn",
      font: "Times New Roman",
      size: 13,
      rows: {
        1: title({ A: "HƯỚNG DẪN GHI DANH SÁCH" }),
        3: ["1. Mỗi công đoàn cơ sở ghi thành một khối, dòng đầu ghi số thứ tự và tên CĐCS."],
        4: ["2. Cột Chức vụ CĐ ghi: Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, Tổ trưởng CĐ, Tổ phó CĐ."],
        5: ["3. Cột Trình độ CM ghi: Thạc sĩ, Đại học, ĐHSP, CĐSP, Cao đẳng, Trung cấp."],
        6: ["4. Cuối mỗi khối ghi dòng Cộng; gửi về Ban Tổ chức trước ngày 30/11/2022."],
      },
    },
    schools(
      "MN-TH",
      "KHỐI MẦM NON, TIỂU HỌC",
      {
        7: section({ A: "1. CĐCS Trường Mầm non Sơn Ca" }),
        8: [1, "Trần Thị Mỹ Hạnh", 1981, "Nữ", "Chủ tịch", "Phó Hiệu trưởng", "Đại học sư phạm", "Sơ cấp", 2019, null],
        9: [2, "Nguyễn Thị Thu Ba", 1986, "Nữ", "Phó Chủ tịch", "Giáo viên", "CĐSP", null, 2020, null],
        10: [3, "Huỳnh Thị Lệ Thu", 1990, "Nữ", "Ủy viên BCH", "Kế toán", "Cao đẳng", null, 2021, null],
        11: [4, "Lê Thị Diệu", 1993, "Nữ", "Tổ trưởng CĐ", "Giáo viên", "ĐHSP", null, null, null],
        12: total({ B: "Cộng: 4 đ/c" }),
        13: section({ A: "2. CĐCS Trường Tiểu học Kim Đồng" }),
        14: [1, "Phan Văn Hiếu", 1978, "Nam", "Chủ tịch", "Giáo viên", "ĐHSP", "Trung cấp", 2016, null],
        15: [2, "Võ Thị Kim Liên", 1983, "Nữ", "Phó Chủ tịch", "Giáo viên", "ĐHSP", null, 2019, null],
        // Planted: no position.
        16: [3, "Đoàn Thị Hồng", 1988, "Nữ", null, "Giáo viên", "CĐSP", null, 2021, null],
        // Planted: "Đại họ", a letter missing.
        17: [4, "Nguyễn Văn Thạnh", 1985, "Nam", "Ủy viên UBKT", "Giáo viên thể dục", "Đại họ", null, 2022, null],
        18: [5, "Trương Thị Ái", 1991, "Nữ", "Tổ phó CĐ", "Giáo viên", "Đại học", null, 2022, null],
        19: total({ B: "Cộng: 5 đ/c" }),
        20: total({ B: "Tổng cộng: 9 đ/c" }),
      },
      20,
    ),
    schools(
      "THCS",
      "KHỐI TRUNG HỌC CƠ SỞ",
      {
        7: section({ A: "1. CĐCS Trường THCS Lý Tự Trọng" }),
        8: [1, "Lê Văn Sanh", 1976, "Nam", "Chủ tịch", "Giáo viên", "ĐHSP Ngữ văn", "Trung cấp", 2017, null],
        9: [2, "Ngô Thị Thanh Xuân", 1984, "Nữ", "Phó Chủ tịch", "Tổng phụ trách Đội", "Đại học", "Sơ cấp", 2019, null],
        10: [3, "Hồ Văn Nhân", 1987, "Nam", "Ủy viên BCH", "Giáo viên", "Thạc sĩ", null, 2021, null],
        11: [4, "Châu Thị Nguyệt", 1992, "Nữ", "Tổ trưởng CĐ", "Giáo viên", "ĐHSP", null, 2022, null],
        // Planted: the count says 5; the school lists 4.
        12: total({ B: "Cộng: 5 đ/c" }),
        13: section({ A: "2. CĐCS Trường THCS Nguyễn Du" }),
        14: [1, "Đặng Ngọc Tân", 1980, "Nam", "Chủ tịch", "Phó Hiệu trưởng", "Thạc sĩ", "Trung cấp", 2018, null],
        15: [2, "Lương Thị Mỹ", 1989, "Nữ", "Phó Chủ tịch", "Giáo viên", "ĐHSP", null, 2020, null],
        16: [3, "Trần Công Lý", 1994, "Nam", "Ủy viên BCH", "Giáo viên", "Đại học", null, 2022, null],
        17: total({ B: "Cộng: 3 đ/c" }),
        18: total({ B: "Tổng cộng: 7 đ/c" }),
      },
      18,
    ),
  ],
};

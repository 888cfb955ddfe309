import { date, header, inFont, note, sign, title, type WorkbookSpec } from "./model";

/**
 * A school's grassroots union (CĐCS Trường THCS Thụy Hải, Thái Bình; report year 2023) lists its committee,
 * inspection committee and union group leaders: the name split over "Họ đệm | Tên" under a merged "Họ và tên",
 * a lone "Nữ" mark column (blank = male), "Chức vụ  chính quyền" (a doubled space) beside the union position,
 * teacher-training degrees (ĐHSP, CĐSP, "Đại học sư phạm"), a header with line breaks, and a birth date typed
 * "05/01/79". One given name was pasted from an old TCVN3 file into a Times New Roman cell (no font hint).
 */
export const r03ThuyHai: WorkbookSpec = {
  file: "03-cdcs-truong-thcs-thuy-hai-2023.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "BCH CĐ",
      font: "Times New Roman",
      size: 13,
      table: "A:K",
      widths: { A: 5, B: 14, C: 10, D: 12, E: 5, F: 18, G: 26, H: 16, I: 10, J: 11, K: 22 },
      rows: {
        1: title({ A: "LĐLĐ HUYỆN THÁI THỤY", G: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CĐCS TRƯỜNG THCS THỤY HẢI", G: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH BAN CHẤP HÀNH, ỦY BAN KIỂM TRA, TỔ TRƯỞNG, TỔ PHÓ CÔNG ĐOÀN" }),
        5: title({ A: { v: "Nhiệm kỳ 2023 - 2028", bold: false, italic: true } }),
        7: header({
          A: "TT",
          B: "Họ và tên",
          D: "Ngày sinh",
          E: "Nữ",
          F: "Chức vụ  chính quyền",
          G: "Chức vụ công đoàn",
          H: "Trình độ CMNV",
          I: "LLCT",
          J: "Năm\ntập huấn\nNV công đoàn",
          K: "Ghi chú",
        }),
        8: header({ B: "Họ đệm", C: "Tên" }),
        9: [1, "Nguyễn Thị", "Huyền", date("1980-03-14"), "x", "Phó Hiệu trưởng", "Chủ tịch", "ĐHSP Toán", "Trung cấp", 2023, null],
        10: [2, "Phạm Văn", "Định", "05/01/79", null, "Giáo viên", "Phó Chủ tịch", "Đại học sư phạm", "Trung cấp", 2023, null],
        11: [3, "Bùi Thị", "Thu Trang", date("1988-09-02"), "x", "Giáo viên", "Ủy viên BCH, Trưởng ban Nữ công", "ĐHSP Văn", null, 2023, null],
        12: [4, "Vũ Đức", "Mạnh", date("1985-06-25"), null, "Tổ trưởng chuyên môn", "Ủy viên BCH", "ĐHSP", null, 2023, null],
        // Planted: 31 April does not exist.
        13: [5, "Trần Thị", "Lý", "31/04/1982", "x", "Kế toán", "Ủy viên BCH", "Cao đẳng", null, 2023, null],
        14: [6, "Đỗ Thị", "Hồng Vân", date("1990-11-30"), "x", "Giáo viên", "Chủ nhiệm UBKT", "ĐHSP Tiếng Anh", null, 2023, null],
        15: [7, "Lại Văn", "Thắng", date("1983-04-07"), null, "Giáo viên", "Ủy viên UBKT", "CĐSP", null, null, null],
        // Planted: "Hương" pasted from a TCVN3 file into a Times New Roman cell.
        16: [8, "Hoàng Thị", inFont("Times New Roman", "Hương", "TCVN3"), date("1992-08-19"), "x", "Giáo viên", "Tổ trưởng công đoàn", "CĐSP", null, 2023, "Tổ Khoa học tự nhiên"],
        // Planted: trained "in 2024", after the report year.
        17: [9, "Nguyễn Văn", "Tuấn", date("1987-01-15"), null, "Giáo viên", "Tổ phó công đoàn", "ĐHSP", null, 2024, "Tổ Khoa học tự nhiên"],
        18: [10, "Phạm Thị", "Thanh Hoa", date("1984-12-05"), "x", "Giáo viên", "Tổ trưởng CĐ", "Đại học", null, 2023, "Tổ Khoa học xã hội"],
        19: [11, "Đinh Thị", "Ngọc", date("1995-02-28"), "x", "Giáo viên", "Tổ phó CĐ", "ĐHSP", null, null, "Tổ Khoa học xã hội"],
        // Planted: the given name (Tên) is empty.
        20: [12, "Ngô Văn", null, date("1979-10-10"), null, "Nhân viên", "Tổ trưởng công đoàn", "Trung cấp", null, 2023, "Tổ Văn phòng"],
        21: [13, "Lương Thị", "Phương", date("1991-07-21"), "x", "Nhân viên thư viện", "Tổ phó công đoàn", "Cao đẳng", null, 2023, "Tổ Văn phòng"],
        23: note({ A: "* Danh sách gồm 13 đồng chí." }),
        25: sign({ G: { v: "Thụy Hải, ngày 15 tháng 6 năm 2023", italic: true, bold: false } }),
        26: sign({ G: "TM. BAN CHẤP HÀNH" }),
        27: sign({ G: "CHỦ TỊCH" }),
        30: sign({ G: "Nguyễn Thị Huyền" }),
      },
      merges: [
        "A1:D1", "G1:K1", "A2:D2", "G2:K2", "A4:K4", "A5:K5",
        "A7:A8", "B7:C7", "D7:D8", "E7:E8", "F7:F8", "G7:G8", "H7:H8", "I7:I8", "J7:J8", "K7:K8",
        "G25:K25", "G26:K26", "G27:K27", "G30:K30",
      ],
    },
  ],
};

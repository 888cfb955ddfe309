import { columnNumbers, header, note, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * A three-row header (LĐLĐ huyện Bát Xát, Lào Cai; report year 2021): "Thông tin cá nhân" over "Giới tính" over
 * Nam | Nữ marks, "Công tác công đoàn" over "Loại CB" over Chuyên trách | Kiêm nhiệm marks, "Trình độ" over TĐCM
 * (ĐH, CĐ, TC: CĐ is cao đẳng here), LLCT and Tin học; a CCCD column; Hmong, Dao, Giáy, Hà Nhì names.
 */
export const r11BatXat: WorkbookSpec = {
  file: "11-ldld-huyen-bat-xat-3-dong-tieu-de-2021.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "CB chu chot",
      font: "Times New Roman",
      table: "A:P",
      freeze: "C11",
      widths: { A: 5, B: 20, C: 5, D: 5, E: 7, F: 8, G: 13, H: 9, I: 9, J: 30, K: 7, L: 9, M: 6, N: 10, O: 14, P: 14 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH LÀO CAI", I: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "LĐLĐ HUYỆN BÁT XÁT", I: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT CÁC CĐCS KHỐI XÃ, THỊ TRẤN VÀ TRƯỜNG HỌC" }),
        5: title({ A: { v: "(Tính đến ngày 30/11/2021)", bold: false, italic: true } }),
        7: header({
          A: "STT",
          B: "Họ và tên",
          C: "Thông tin cá nhân",
          G: "Công tác công đoàn",
          K: "Trình độ",
          N: "Năm tập huấn\nNV công đoàn",
          O: "Số CCCD",
          P: "Ghi chú",
        }),
        8: header({ C: "Giới tính", E: "Năm sinh", F: "Dân tộc", G: "Chức vụ", H: "Loại CB", J: "Tên CĐCS", K: "TĐCM", L: "LLCT", M: "Tin học" }),
        9: header({ C: "Nam", D: "Nữ", H: "Chuyên trách", I: "Kiêm nhiệm" }),
        10: numbering(columnNumbers(16)),
        11: [1, "Sùng A Páo", "x", null, 1980, "Mông", "Chủ tịch", null, "x", "CĐCS xã Y Tý", "ĐH", "Trung cấp", "A", 2019, "010080002211", null],
        12: [2, "Chảo Thị Mẩy", null, "x", 1988, "Dao", "Ủy viên BCH", null, "x", "CĐCS xã Y Tý", "TC", "Sơ cấp", null, 2020, "010188004523", null],
        13: [3, "Tẩn Láo Lở", "x", null, 1985, "Dao", "Chủ tịch", null, "x", "CĐCS xã Bản Vược", "ĐH", "Trung cấp", "B", 2018, "010085006714", null],
        14: [4, "Hoàng Văn Thùng", "x", null, 1979, "Giáy", "Phó Chủ tịch", null, "x", "CĐCS xã Bản Vược", "CĐ", "Sơ cấp", null, 2018, "010079003385", null],
        // Planted: born "2006" (a typo for 1996, as the CCCD shows): 15 years old, and the CCCD disagrees.
        15: [5, "Vương Thị Lan", null, "x", 2006, "Giáy", "Ủy viên BCH", null, "x", "CĐCS xã Bản Vược", "TC", null, null, 2021, "010196007716", null],
        16: [6, "Nguyễn Văn Hưởng", "x", null, 1975, "Kinh", "Chủ tịch", "x", null, "CĐCS thị trấn Bát Xát", "ĐH", "Trung cấp", "B", 2016, "010075001048", "Chuyên trách CĐ thị trấn"],
        17: [7, "Lù Thị Mai", null, "x", 1990, "Giáy", "Phó Chủ tịch", null, "x", "CĐCS thị trấn Bát Xát", "ĐH", "Sơ cấp", "B", 2020, "010190005529", null],
        18: [8, "Giàng Seo Chư", "x", null, 1987, "Mông", "Chủ tịch", null, "x", "CĐCS Trường PTDTBT THCS Dền Sáng", "ĐHSP", "Trung cấp", "B", 2019, "010087000936", null],
        19: [9, "Ly Thị Chà", null, "x", 1993, "Hà Nhì", "Ủy viên BCH", null, "x", "CĐCS Trường PTDTBT THCS Dền Sáng", "CĐSP", null, "A", 2021, "010193008817", null],
        // Planted: no position.
        20: [10, "Phạm Thị Thu Huyền", null, "x", 1984, "Kinh", null, null, "x", "CĐCS Trường Mầm non Mường Hum", "ĐHSP", "Sơ cấp", null, 2019, "030184002254", null],
        21: [11, "Tráng A Lử", "x", null, 1991, "Mông", "Ủy viên BCH", null, "x", "CĐCS xã Y Tý", "12/12", null, null, 2021, "010091004471", null],
        22: [12, "Đặng Thị Thanh Nga", null, "x", 1986, "Tày", "Chủ tịch", null, "x", "CĐCS Trường Mầm non Mường Hum", "ĐHSP", "Trung cấp", "B", 2020, "010186003318", null],
        23: total({ B: "Tổng cộng: 12 đồng chí" }),
        25: note({ A: "Ghi chú: TĐCM: ĐH - đại học; CĐ - cao đẳng; TC - trung cấp." }),
        27: sign({ B: "NGƯỜI LẬP BIỂU", J: "TM. BAN THƯỜNG VỤ" }),
        28: sign({ J: "CHỦ TỊCH" }),
      },
      merges: [
        "A1:F1", "I1:P1", "A2:F2", "I2:P2", "A4:P4", "A5:P5",
        "A7:A9", "B7:B9", "C7:F7", "G7:J7", "K7:M7", "N7:N9", "O7:O9", "P7:P9",
        "C8:D8", "E8:E9", "F8:F9", "G8:G9", "H8:I8", "J8:J9", "K8:K9", "L8:L9", "M8:M9",
        "J27:P27", "J28:P28",
      ],
    },
  ],
};

import { columnNumbers, header, note, numbering, section, sign, title, total, type WorkbookSpec } from "./model";

/**
 * A district federation's own roster as its clerk sends it up (LĐLĐ huyện Nghi Lộc, Nghệ An; report year 2019):
 * two-row header with "Năm sinh" over Nam | Nữ and "Loại cán bộ" over mark columns, letter sections split over
 * A and B ("A/" | "THƯỜNG TRỰC …"), subtotals with counts, notes and a signature block naming two of the cadres.
 * Excel's leftover empty "Sheet2" is still in the file.
 */
export const r01NghiLoc: WorkbookSpec = {
  file: "01-ldld-huyen-nghi-loc-2019.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "DS CB CĐ",
      font: "Times New Roman",
      table: "A:N",
      widths: { A: 5, B: 24, C: 7, D: 7, E: 20, F: 9, G: 9, H: 10, I: 16, J: 10, K: 12, L: 10, M: 10, N: 30 },
      freeze: "C9",
      rows: {
        1: title({ A: "LĐLĐ TỈNH NGHỆ AN", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "LĐLĐ HUYỆN NGHI LỘC", H: "Độc lập - Tự do - Hạnh phúc" }),
        3: title({ H: { v: "Nghi Lộc, ngày 25 tháng 11 năm 2019", italic: true, bold: false } }),
        4: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN LĐLĐ HUYỆN NGHI LỘC NĂM 2019" }),
        5: title({ A: { v: "(Kèm theo Báo cáo số 87/BC-LĐLĐ ngày 25/11/2019 của Ban Thường vụ LĐLĐ huyện)", italic: true, bold: false } }),
        6: header({
          A: "STT",
          B: "Họ và tên",
          C: "Năm sinh",
          E: "Chức vụ công đoàn",
          F: "Loại cán bộ",
          H: "Biên chế/\nHĐLĐ",
          I: "Trình độ",
          L: "Đã tập huấn (năm)",
          N: "Ghi chú",
        }),
        7: header({
          C: "Nam",
          D: "Nữ",
          F: "Chuyên trách",
          G: "Không chuyên trách",
          I: "Chuyên môn",
          J: "LLCT",
          K: "QLNN",
          L: "Nghiệp vụ CĐ",
          M: "Bình đẳng giới",
        }),
        8: numbering(columnNumbers(14)),
        9: section({ A: "A/", B: "THƯỜNG TRỰC VÀ CÁN BỘ CHUYÊN TRÁCH" }),
        10: [1, "Nguyễn Văn Thành", 1968, null, "Chủ tịch", "x", null, "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", 2016, 2017, null],
        11: [2, "Hồ Thị Lan Anh", null, 1975, "Phó Chủ tịch", "x", null, "Biên chế", "ĐH Luật", "Trung cấp", "Chuyên viên", 2016, 2017, null],
        12: [3, "Phan Đình Hùng", 1980, null, "Chánh Văn phòng", "x", null, "Biên chế", "Cử nhân kinh tế", "Trung cấp", "Chuyên viên", 2017, null, null],
        13: [4, "Thái Thị Hằng", null, 1986, "Phó Chánh Văn phòng", "x", null, "HĐLĐ", "Đại học", "Trung cấp", null, 2018, 2018, null],
        14: [5, "Cao Xuân Trường", 1983, null, "Chủ nhiệm UBKT", "x", null, "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", 2017, null, "Kiêm Trưởng ban Tổ chức"],
        15: [6, "Lê Thị Minh Nguyệt", null, 1990, "Chuyên viên", "x", null, "HĐLĐ", "Đại học", "Trung cấp", null, 2019, 2019, "Tuyển dụng tháng 3/2019"],
        16: total({ B: "Cộng A: 6 người", F: 6 }),
        17: section({ A: "B/", B: "ỦY VIÊN BCH KHÔNG CHUYÊN TRÁCH" }),
        18: [7, "Võ Văn Sơn", 1972, null, "Ủy viên BTV", null, "x", null, "Thạc sĩ", "Trung cấp", "Chuyên viên chính", null, null, "Phó Chủ tịch UBND huyện"],
        19: [8, "Nguyễn Thị Thu Hà", null, 1979, "Ủy viên BCH", null, "x", null, "ĐHSP", "Sơ cấp", null, 2018, 2018, "Chủ tịch CĐCS Trường THCS Nghi Phong"],
        // Planted: the birth year typed under both Nam and Nữ.
        20: [9, "Đặng Quốc Bảo", 1976, 1976, "Ủy viên BCH", null, "x", null, "Kỹ sư", "Trung cấp", null, 2016, null, "Chủ tịch CĐCS Công ty CP Thủy sản Nghi Lộc"],
        21: [10, "Hoàng Thị Mai", null, 1984, "Ủy viên BCH", null, "x", null, "Bác sĩ", "Sơ cấp", null, 2018, 2019, "PCT CĐCS Trung tâm Y tế huyện"],
        // Planted: "Đại hcọ", two letters swapped.
        22: [11, "Trần Đình Khoa", 1981, null, "Ủy viên BCH", null, "x", null, "Đại hcọ", "Sơ cấp", null, 2017, null, "Chủ tịch CĐCS xã Nghi Xuân"],
        23: [12, "Lê Văn Hiếu", 1970, null, "Ủy viên BCH", null, "x", null, "Đại học", "Trung cấp", "Chuyên viên", 2016, null, "Chủ tịch CĐCS Cơ quan UBND huyện"],
        // Planted: no position.
        24: [13, "Nguyễn Thị Hương", null, 1988, null, null, "x", null, "Cao đẳng", null, null, 2019, 2019, "Chủ tịch CĐCS Trường Mầm non Nghi Thạch"],
        25: [14, "Phạm Văn Lực", 1974, null, "Ủy viên BCH", null, "x", null, "Trung cấp", "Sơ cấp", null, 2016, null, "Chủ tịch CĐCS Công ty TNHH May Nghi Lộc"],
        // Planted: the subtotal still says 9 after a member left (8 rows).
        26: total({ B: "Cộng B: 9 người", G: 8 }),
        27: section({ A: "C/", B: "ỦY BAN KIỂM TRA" }),
        28: [15, "Ngô Thị Quỳnh", null, 1982, "Phó Chủ nhiệm UBKT", null, "x", null, "Cử nhân", "Sơ cấp", null, 2018, 2018, null],
        29: [16, "Bùi Xuân Lâm", 1977, null, "Ủy viên UBKT", null, "x", null, "Đại học", "Sơ cấp", null, 2017, null, null],
        // Planted: "Ủy viên UBKTT" (a doubled letter; must not become "Ủy viên BCH").
        30: [17, "Đinh Thị Thanh Tâm", null, 1985, "Ủy viên UBKTT", null, "x", null, "Đại học", null, null, 2019, 2019, null],
        31: total({ B: "Cộng C: 3 người", G: 3 }),
        32: total({ B: "Tổng cộng (A+B+C): 17 người", F: 6, G: 11 }),
        34: note({ A: "Ghi chú:" }),
        35: note({ A: "- Cột (12), (13): ghi năm được tập huấn; để trống nếu chưa được tập huấn." }),
        36: note({ A: "- Số liệu tính đến ngày 30/11/2019." }),
        38: sign({ B: "NGƯỜI LẬP BIỂU", J: "TM. BAN THƯỜNG VỤ" }),
        39: sign({ J: "CHỦ TỊCH" }),
        42: sign({ B: "Thái Thị Hằng", J: "Nguyễn Văn Thành" }),
      },
      merges: [
        "A1:E1", "H1:N1", "A2:E2", "H2:N2", "H3:N3", "A4:N4", "A5:N5",
        "A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:G6", "H6:H7", "I6:K6", "L6:M6", "N6:N7",
        "J38:N38", "J39:N39", "J42:N42",
      ],
    },
    { name: "Sheet2", font: "Times New Roman", rows: {} },
  ],
};

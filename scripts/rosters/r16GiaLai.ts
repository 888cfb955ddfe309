import { columnNumbers, header, note, numbering, rowIn, section, sign, title, total, type WorkbookSpec } from "./model";

/**
 * Nested blocks (LĐLĐ tỉnh Gia Lai; report year 2019): "A/" upper-grassroots unions and "B/" grassroots unions
 * directly under the province, each with Roman sections per union, the unit and the level merged down over its
 * people, subtotals "Cộng I", "Cộng A", and a grand total "Tổng cộng (A+B)" that was added up wrong. The clerk
 * pre-numbered two rows for people still to come (17, 18) and left them empty. Jrai names.
 */
export const r16GiaLai: WorkbookSpec = {
  file: "16-ldld-tinh-gia-lai-khoi-a-b-2019.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "DS chu chot",
      font: "Times New Roman",
      table: "A:N",
      freeze: "C7",
      widths: { A: 5, B: 24, C: 8, D: 8, E: 30, F: 13, G: 18, H: 14, I: 9, J: 16, K: 10, L: 9, M: 9, N: 22 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH GIA LAI", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "BAN TỔ CHỨC", H: "Độc lập - Tự do - Hạnh phúc" }),
        3: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT NĂM 2019" }),
        5: header([
          "STT",
          "Họ và tên",
          "Năm sinh",
          "Giới tính",
          "Đơn vị",
          "Cấp công đoàn",
          "Chức danh",
          "Chuyên trách/ Không chuyên trách",
          "Biên chế/ HĐLĐ",
          "Trình độ chuyên môn",
          "LLCT",
          "Tập huấn NVCĐ",
          "Tập huấn BĐG",
          "Ghi chú",
        ]),
        6: numbering(columnNumbers(14)),
        7: section({ A: "A/", B: "CÔNG ĐOÀN CẤP TRÊN TRỰC TIẾP CƠ SỞ" }),
        8: section({ A: "I", B: "LĐLĐ THÀNH PHỐ PLEIKU" }),
        9: [1, "Nguyễn Văn Phong", 1969, "Nam", "LĐLĐ thành phố Pleiku", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Cao cấp", 2016, 2016, null],
        10: [2, "Rơ Mah H'Len", 1980, "Nữ", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", 2016, 2017, null],
        11: [3, "Trần Văn Lâm", 1987, "Nam", null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", 2018, null, null],
        12: [4, "Siu H'Mai", 1991, "Nữ", null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Cử nhân", "Trung cấp", 2019, 2019, null],
        13: total({ B: "Cộng I: 4 người" }),
        14: section({ A: "II", B: "LĐLĐ HUYỆN CHƯ PĂH" }),
        15: [5, "Lê Quang Vinh", 1972, "Nam", "LĐLĐ huyện Chư Păh", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", 2016, 2017, null],
        // Planted: a full-time vice-chair with trung cấp education — S1 and S2 both ask đại học: one finding.
        16: [6, "Ksor H'Yim", 1983, "Nữ", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Trung cấp", "Trung cấp", 2017, 2017, null],
        17: [7, "Phạm Đức Anh", 1989, "Nam", null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", 2019, null, null],
        18: total({ B: "Cộng II: 3 người" }),
        19: total({ B: "Cộng A: 7 người" }),
        20: section({ A: "B/", B: "CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC LĐLĐ TỈNH" }),
        21: section({ A: "I", B: "CĐCS CÔNG TY TNHH MTV CAO SU CHƯ PĂH" }),
        22: [8, "Đỗ Văn Hưng", 1971, "Nam", "CĐCS Công ty TNHH MTV Cao su Chư Păh", "Cơ sở", "Chủ tịch", "Chuyên trách", "HĐLĐ", "Kỹ sư", "Trung cấp", 2016, 2017, null],
        23: [9, "Rah Lan Chung", 1985, "Nam", null, null, "Phó Chủ tịch", "Không chuyên trách", null, "Trung cấp", "Sơ cấp", 2018, null, null],
        24: [10, "Nguyễn Thị Tuyết", 1990, "Nữ", null, null, "Ủy viên BCH", "Không chuyên trách", null, "12/12", null, 2019, 2019, null],
        25: [11, "Puih Chăm", 1988, "Nam", null, null, "Tổ trưởng công đoàn", "Không chuyên trách", null, "9/12", null, null, null, "Đội 3, Nông trường Ia Nhin"],
        26: total({ B: "Cộng I: 4 người" }),
        27: section({ A: "II", B: "CĐCS BỆNH VIỆN ĐA KHOA TỈNH" }),
        // Planted: a grassroots chair never trained in union work (S3).
        28: [12, "Trịnh Minh Tuấn", 1974, "Nam", "CĐCS Bệnh viện Đa khoa tỉnh", "Cơ sở", "Chủ tịch", "Không chuyên trách", null, "Bác sĩ CKII", "Cao cấp", null, 2018, "Phó Giám đốc Bệnh viện"],
        29: [13, "Võ Thị Minh Thư", 1982, "Nữ", null, null, "Phó Chủ tịch", "Không chuyên trách", null, "Thạc sĩ", "Trung cấp", 2018, 2018, null],
        30: [14, "Hồ Văn Dũng", 1986, "Nam", null, null, "Ủy viên BCH", "Không chuyên trách", null, "Bác sĩ", null, 2019, null, null],
        31: [15, "Lê Thị Ngọc Trâm", 1992, "Nữ", null, null, "Ủy viên BCH", "Không chuyên trách", null, "Cử nhân Điều dưỡng", null, 2019, 2019, null],
        32: [16, "Nay H'Blơ", 1990, "Nữ", null, null, "Ủy viên UBKT", "Không chuyên trách", null, "Cao đẳng", null, null, null, null],
        33: rowIn("Times New Roman", [17]),
        34: rowIn("Times New Roman", [18]),
        35: total({ B: "Cộng II: 5 người" }),
        36: total({ B: "Cộng B: 9 người" }),
        // Planted: 7 + 9 = 16, typed as 17.
        37: total({ B: "Tổng cộng (A+B): 17 người" }),
        39: note({ A: "Ghi chú: Cột (6) ghi Cấp trên cơ sở hoặc Cơ sở; cột (12), (13) ghi năm được tập huấn." }),
        41: sign({ B: "NGƯỜI LẬP BIỂU", H: "TM. BAN THƯỜNG VỤ" }),
        42: sign({ H: "CHỦ TỊCH" }),
      },
      merges: [
        "A1:F1", "H1:N1", "A2:F2", "H2:N2", "A3:N3",
        "E9:E12", "F9:F12", "E15:E17", "F15:F17", "E22:E25", "F22:F25", "E28:E32", "F28:F32",
        "H41:N41", "H42:N42",
      ],
    },
  ],
};

import { date, header, note, numbering, section, sign, title, total, type WorkbookSpec } from "./model";

/**
 * The provincial federation's consolidation of full-time and key cadres of its district and sector unions
 * (LĐLĐ tỉnh Bến Tre, report year 2019), saved by an Excel set to the 1904 date system (a Mac user's file):
 * birth dates are 1904 serials. Roman sections split over A and B, the unit and the level merged down over
 * each unit's people, a numbering row of plain numbers, subtotals, a CCCD column.
 */
export const r02BenTre: WorkbookSpec = {
  file: "02-ldld-tinh-ben-tre-chuyen-trach-2019.xlsx",
  writer: "xml",
  date1904: true,
  sheets: [
    {
      name: "Danh sách",
      font: "Times New Roman",
      table: "A:P",
      freeze: "C9",
      widths: { A: 5, B: 24, C: 11, D: 7, E: 14, F: 20, G: 12, H: 18, I: 14, J: 9, K: 14, L: 10, M: 12, N: 9, O: 9, P: 16 },
      rows: {
        1: title({ A: "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE", I: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "BAN TỔ CHỨC", I: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHUYÊN TRÁCH VÀ CÁN BỘ CHỦ CHỐT" }),
        5: title({ A: "CÔNG ĐOÀN CẤP TRÊN TRỰC TIẾP CƠ SỞ NĂM 2019" }),
        6: header({
          A: "STT",
          B: "Họ và tên",
          C: "Ngày sinh",
          D: "Giới tính",
          E: "Số CCCD",
          F: "Đơn vị",
          G: "Cấp công đoàn",
          H: "Chức danh",
          I: "Chuyên trách/ Không chuyên trách",
          J: "Biên chế/ HĐLĐ",
          K: "Trình độ",
          N: "Năm tập huấn",
          P: "Ghi chú",
        }),
        7: header({
          K: "Chuyên môn",
          L: "Lý luận chính trị",
          M: "QLNN",
          N: "Nghiệp vụ công đoàn",
          O: "Bình đẳng giới",
        }),
        8: numbering([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]),
        9: section({ A: "I", B: "LĐLĐ HUYỆN BA TRI" }),
        10: [1, "Nguyễn Văn Tám", date("1966-03-15"), "Nam", "083066001254", "LĐLĐ huyện Ba Tri", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Cao cấp", "Chuyên viên chính", 2016, 2017, null],
        11: [2, "Võ Thị Bích Thủy", date("1978-11-02"), "Nữ", "083178004418", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Cử nhân Luật", "Trung cấp", "Chuyên viên", 2016, 2016, null],
        // Planted: full-time, never trained in union work (S1).
        12: [3, "Huỳnh Văn Lợi", date("1985-07-21"), "Nam", "083085002307", null, null, "Ủy viên Ban Thường vụ", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, null, null, null],
        // Planted: full-time without biên chế/HĐLĐ.
        13: [4, "Lê Thị Ngọc Hân", date("1992-01-09"), "Nữ", "083192000871", null, null, "Chuyên viên", "Chuyên trách", null, "Đại học", "Trung cấp", null, 2018, null, null],
        14: total({ B: "Cộng I: 4 người" }),
        15: section({ A: "II", B: "LĐLĐ HUYỆN CHỢ LÁCH" }),
        // Planted: a full-time district chair with sơ cấp LLCT — S1 and S2 both ask trung cấp: one finding.
        16: [5, "Trần Văn Hai", date("1970-05-30"), "Nam", "083070003562", "LĐLĐ huyện Chợ Lách", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Sơ cấp", "Chuyên viên", 2016, 2017, null],
        17: [6, "Phạm Thị Hồng Nhung", date("1980-09-12"), "Nữ", "083180006693", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", 2016, 2018, null],
        18: [7, "Đoàn Minh Trí", date("1987-12-25"), "Nam", "083087005120", null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, 2018, null, null],
        // Planted: the CCCD's fourth digit (0) says a man born in the 1900s; the row says Nữ.
        19: [8, "Nguyễn Thị Mộng Tuyền", "14/02/1983", "Nữ", "083083002946", null, null, "Phó Chủ tịch", "Không chuyên trách", null, "Đại học", "Trung cấp", null, 2017, 2017, "Chủ tịch CĐCS Bệnh viện huyện"],
        20: total({ B: "Cộng II: 4 người" }),
        21: section({ A: "III", B: "LĐLĐ THÀNH PHỐ BẾN TRE" }),
        22: [9, "Lâm Quốc Việt", date("1975-04-18"), "Nam", "083075000415", "LĐLĐ thành phố Bến Tre", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Thạc sĩ", "Cao cấp", "Chuyên viên chính", 2016, 2016, null],
        // Planted: a full-time vice-chair with a college degree — S1 and S2 both ask đại học: one finding.
        23: [10, "Huỳnh Thị Thu Sương", date("1982-08-08"), "Nữ", "083182003377", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Cao đẳng", "Trung cấp", "Chuyên viên", 2017, 2017, "Đang học đại học"],
        // Planted: the CCCD typed as a number lost its leading 0 (11 digits).
        24: [11, "Trương Văn Nghĩa", date("1989-06-03"), "Nam", 83089001968, null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, 2019, null, null],
        25: [12, "Châu Ngọc Diễm", date("1991-10-27"), "Nữ", "083191007254", null, null, "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, 2019, 2019, null],
        26: total({ B: "Cộng III: 4 người" }),
        27: section({ A: "IV", B: "CÔNG ĐOÀN NGÀNH GIÁO DỤC" }),
        // Planted: the level merged over G28:G30 is mistyped ("trêm"): one finding, at G28.
        28: [13, "Nguyễn Hữu Phước", date("1968-02-11"), "Nam", "083068000632", "Công đoàn ngành Giáo dục", "Cấp trêm cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Thạc sĩ", "Cao cấp", "Chuyên viên chính", 2016, 2017, null],
        29: [14, "Đặng Thị Tuyết Mai", date("1977-12-01"), "Nữ", "083177002415", null, null, "Phó Chủ tịch", "Chuyên trách", "Biên chế", "ĐHSP", "Trung cấp", "Chuyên viên", 2016, 2016, null],
        30: [15, "Phan Thanh Tùng", date("1984-05-19"), "Nam", "083084009921", null, null, "Chuyên viên", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", null, 2018, null, null],
        31: total({ B: "Tổng cộng: 15 người" }),
        33: note({ A: "Ghi chú: Ngày sinh ghi theo CCCD; cột (14), (15) ghi năm được tập huấn." }),
        35: sign({ B: "NGƯỜI LẬP BIỂU", K: "TM. BAN THƯỜNG VỤ" }),
        36: sign({ K: "KT. CHỦ TỊCH" }),
        37: sign({ K: "PHÓ CHỦ TỊCH" }),
        40: sign({ B: "Trần Thị Kim Loan", K: "Đỗ Thanh Bình" }),
      },
      merges: [
        "A1:F1", "I1:P1", "A2:F2", "I2:P2", "A4:P4", "A5:P5",
        "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:F7", "G6:G7", "H6:H7", "I6:I7", "J6:J7", "K6:M6", "N6:O6", "P6:P7",
        "F10:F13", "G10:G13", "F16:F19", "G16:G19", "F22:F25", "G22:G25", "F28:F30", "G28:G30",
        "K35:P35", "K36:P36", "K37:P37", "K40:P40",
      ],
    },
  ],
};

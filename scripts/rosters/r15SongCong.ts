import { header, inFont, note, section, sign, title, total, type WorkbookSpec } from "./model";

/**
 * An old TCVN3 roster (LĐLĐ thành phố Sông Công, Thái Nguyên; report year 2018) that someone opened and saved
 * again in LibreOffice Calc: header and data in .VnTime (mixed case), titles and the "khối" sections in .VnTimeH,
 * "Năm sinh" over Nam | Nữ, subtotals typed in TCVN3 ("Céng I: 5 ng­êi"). The sections name a khối (an upper
 * grouping), not the unit, so a row with an empty unit cell has no unit.
 */
export const r15SongCong: WorkbookSpec = {
  file: "15-ldld-tp-song-cong-tcvn3-libreoffice-2018.xlsx",
  writer: "xml",
  resave: "libreoffice",
  sheets: [
    {
      name: "Sheet1",
      font: ".VnTime",
      size: 13,
      table: "A:J",
      widths: { A: 5, B: 24, C: 7, D: 7, E: 36, F: 14, G: 14, H: 11, I: 11, J: 14 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH THÁI NGUYÊN", G: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" }, ".VnTimeH"),
        2: title({ A: "LĐLĐ THÀNH PHỐ SÔNG CÔNG", G: inFont(".VnTime", "Độc lập - Tự do - Hạnh phúc") }, ".VnTimeH"),
        4: title({ A: "DANH SÁCH CHỦ TỊCH, PHÓ CHỦ TỊCH CÔNG ĐOÀN CƠ SỞ NĂM 2018" }, ".VnTimeH"),
        6: header({
          A: "STT",
          B: "Họ và tên",
          C: "Năm sinh",
          E: "Tên CĐCS",
          F: "Chức vụ",
          G: "Trình độ chuyên môn",
          H: "Lý luận chính trị",
          I: "Đã tập huấn NVCĐ",
          J: "Ghi chú",
        }),
        7: header({ C: "Nam", D: "Nữ" }),
        8: section({ A: "I", B: "KHỐI HÀNH CHÍNH SỰ NGHIỆP" }, ".VnTimeH"),
        9: [1, "Dương Văn Tuấn", 1972, null, "CĐCS Cơ quan UBND thành phố", "Chủ tịch", "Đại học", "Trung cấp", 2016, null],
        10: [2, "Nguyễn Thị Thuý Hằng", null, 1981, "CĐCS Cơ quan UBND thành phố", "Phó Chủ tịch", "Đại học", "Sơ cấp", 2017, null],
        11: [3, "Lương Văn Khánh", 1977, null, "CĐCS Trường THPT Sông Công", "Chủ tịch", "Thạc sĩ", "Trung cấp", 2016, null],
        // Planted: no unit, and the section names only the khối.
        12: [4, "Trần Thị Nga", null, 1985, null, "Phó Chủ tịch", "Đại học", "Sơ cấp", 2017, null],
        13: [5, "Hà Thị Thu Trang", null, 1988, "CĐCS Trung tâm Y tế thành phố", "Chủ tịch", "Bác sĩ", "Trung cấp", 2018, null],
        14: total({ B: "Cộng I: 5 người" }),
        15: section({ A: "II", B: "KHỐI DOANH NGHIỆP" }, ".VnTimeH"),
        16: [6, "Ngô Văn Đức", 1975, null, "CĐCS Công ty CP Phụ tùng máy số 1", "Chủ tịch", "Kỹ sư", "Trung cấp", 2016, null],
        17: [7, "Đào Thị Phương", null, 1983, "CĐCS Công ty CP Phụ tùng máy số 1", "Phó Chủ tịch", "Trung cấp", null, 2017, null],
        // Planted: "Đại hcọ", typed in TCVN3.
        18: [8, "Phạm Văn Cường", 1979, null, "CĐCS Công ty TNHH Glonics Việt Nam", "Chủ tịch", "Đại hcọ", "Trung cấp", 2017, null],
        19: [9, "Lê Thị Hồng Nhung", null, 1990, "CĐCS Công ty TNHH Glonics Việt Nam", "Phó Chủ tịch", "Cao đẳng", null, 2018, null],
        20: [10, "Hoàng Văn Thưởng", 1980, null, "CĐCS Công ty CP Xây dựng Sông Công", "Chủ tịch", "Kỹ sư", "Sơ cấp", 2017, null],
        21: [11, "Nguyễn Văn Bình", 1986, null, "CĐCS Công ty CP Xây dựng Sông Công", "Phó Chủ tịch", "Trung cấp", null, 2018, null],
        22: total({ B: "Cộng II: 6 người" }),
        23: total({ B: "Tổng cộng: 11 người" }),
        25: note({ A: "Ghi chú: Cột (9) ghi năm được tập huấn nghiệp vụ công đoàn." }),
        27: sign({ B: "NGƯỜI LẬP BIỂU", G: "TM. BAN THƯỜNG VỤ" }, ".VnTimeH"),
        28: sign({ G: "CHỦ TỊCH" }, ".VnTimeH"),
      },
      merges: [
        "A1:D1", "G1:J1", "A2:D2", "G2:J2", "A4:J4",
        "A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:F7", "G6:G7", "H6:H7", "I6:I7", "J6:J7",
        "G27:J27", "G28:J28",
      ],
    },
  ],
};

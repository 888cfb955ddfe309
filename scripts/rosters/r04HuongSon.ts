import { columnNumbers, err, header, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * An old district roster typed entirely in TCVN3 (LĐLĐ huyện Hương Sơn, Hà Tĩnh; report year 2017): title and
 * header in .VnTimeH (the capitals font), data in .VnTime — stored as "NguyÔn ThÞ Hoµi Th­¬ng". Words a .VnTime
 * typist could not capitalise are written as they did ("Uỷ viên"). The file was made by Excel (writer b).
 */
export const r04HuongSon: WorkbookSpec = {
  file: "04-ldld-huyen-huong-son-tcvn3-2017.xlsx",
  writer: "xml",
  sheets: [
    {
      name: "DS can bo",
      font: ".VnTime",
      size: 13,
      table: "A:L",
      widths: { A: 5, B: 24, C: 8, D: 8, E: 30, F: 14, G: 14, H: 13, I: 14, J: 10, K: 10, L: 22 },
      rows: {
        1: title({ A: "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HƯƠNG SƠN", H: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" }, ".VnTimeH"),
        2: title({ H: "Độc lập - Tự do - Hạnh phúc" }),
        3: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT NĂM 2017" }, ".VnTimeH"),
        5: header(
          {
            A: "STT",
            B: "HỌ VÀ TÊN",
            C: "NĂM SINH",
            D: "GIỚI TÍNH",
            E: "ĐƠN VỊ",
            F: "CẤP CĐ",
            G: "CHỨC VỤ",
            H: "CHUYÊN TRÁCH/ KIÊM NHIỆM",
            I: "TRÌNH ĐỘ CHUYÊN MÔN",
            J: "LLCT",
            K: "TẬP HUẤN NVCĐ",
            L: "GHI CHÚ",
          },
          ".VnTimeH",
        ),
        6: numbering(columnNumbers(12)),
        7: [1, "Phan Văn Hùng", 1964, "Nam", "LĐLĐ huyện Hương Sơn", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Đại học", "Trung cấp", 2016, null],
        8: [2, "Nguyễn Thị Hoài Thương", 1976, "Nữ", "LĐLĐ huyện Hương Sơn", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Đại học", "Trung cấp", 2016, null],
        9: [3, "Lê Đình Chương", 1981, "Nam", "LĐLĐ huyện Hương Sơn", "Cấp trên cơ sở", "Uỷ viên BTV", "Chuyên trách", "Đại học", "Trung cấp", 2017, null],
        10: [4, "Trần Văn Quế", 1969, "Nam", "CĐCS Trường THPT Hương Sơn", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Đại học", "Sơ cấp", 2016, null],
        // Planted: birth year 1890 (a real year, 127 years before the report).
        11: [5, "Võ Thị Lan", 1890, "Nữ", "CĐCS Trường THPT Hương Sơn", "Cơ sở", "Phó Chủ tịch", "Kiêm nhiệm", "Đại học", null, 2016, null],
        12: [6, "Đặng Quang Vinh", 1972, "Nam", "CĐCS Bệnh viện Đa khoa huyện", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Bác sĩ", "Trung cấp", 2016, null],
        // Planted: "Phó Chủ tjch", typed in TCVN3.
        13: [7, "Hồ Thị Minh Tâm", 1985, "Nữ", "CĐCS Bệnh viện Đa khoa huyện", "Cơ sở", "Phó Chủ tjch", "Kiêm nhiệm", "Dược sĩ", "Sơ cấp", 2017, null],
        14: [8, "Nguyễn Văn Lộc", 1978, "Nam", "CĐCS Cơ quan UBND huyện", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Đại học", "Trung cấp", 2017, "Chánh VP HĐND-UBND huyện"],
        // Planted: no position.
        15: [9, "Trần Thị Hải Yến", 1983, "Nữ", "CĐCS Cơ quan UBND huyện", "Cơ sở", null, "Kiêm nhiệm", "Đại học", "Sơ cấp", 2017, null],
        16: [10, "Bùi Văn Toàn", 1975, "Nam", "CĐCS Công ty CP Chè Tây Sơn", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Trung cấp", null, 2016, null],
        17: [11, "Phạm Thị Thuỳ Dung", 1990, "Nữ", "CĐCS Trường Tiểu học Sơn Tây", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Cao đẳng", null, 2017, null],
        // Planted: #N/A left by a lookup.
        18: [12, "Lê Văn Dũng", 1980, "Nam", "CĐCS Hạt Kiểm lâm Hương Sơn", "Cơ sở", "Phó Chủ tịch", "Kiêm nhiệm", "Kỹ sư", err("#N/A"), 2017, null],
        19: [13, "Nguyễn Thị Hạnh", 1987, "Nữ", "CĐCS Chi cục Thuế huyện", "Cơ sở", "Chủ tịch", "Kiêm nhiệm", "Đại học", "Sơ cấp", 2017, null],
        20: total({ B: "Tổng số: 13 đ/c" }),
        22: sign({ B: "NGƯỜI LẬP BIỂU", I: "TM. BAN THƯỜNG VỤ" }, ".VnTimeH"),
        23: sign({ I: "CHỦ TỊCH" }, ".VnTimeH"),
        26: sign({ I: "Phan Văn Hùng" }),
      },
      merges: ["A1:E1", "H1:L1", "H2:L2", "A3:L3", "I22:L22", "I23:L23", "I26:L26"],
    },
  ],
};

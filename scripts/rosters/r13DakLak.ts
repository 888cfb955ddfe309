import { columnNumbers, date, header, note, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * The provincial federation's own wide roster of the key and full-time cadres of its upper-grassroots unions
 * (LĐLĐ tỉnh Đắk Lắk; report year 2024): 21 columns, the level on every row, Ê Đê, Gia Rai, Tày, Nùng and
 * Mường names, two different women called Nguyễn Thị Hoa (born 1978 and 1985: not one person), dates as Excel
 * dates and as text. Mostly correct rows; three planted shortfalls.
 */
export const r13DakLak: WorkbookSpec = {
  file: "13-ldld-tinh-dak-lak-chu-chot-2024.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "Danh sach",
      font: "Times New Roman",
      size: 11,
      table: "A:U",
      freeze: "C8",
      widths: { A: 5, B: 22, C: 11, D: 7, E: 8, F: 7, G: 28, H: 12, I: 16, J: 13, K: 9, L: 16, M: 10, N: 14, O: 8, P: 12, Q: 9, R: 9, S: 10, T: 10, U: 24 },
      rows: {
        1: title({ A: "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK", L: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "BAN TỔ CHỨC", L: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT VÀ CHUYÊN TRÁCH CÔNG ĐOÀN CẤP TRÊN TRỰC TIẾP CƠ SỞ, CẤP TỈNH NĂM 2024" }),
        6: header([
          "STT",
          "Họ và tên",
          "Ngày sinh",
          "Giới tính",
          "Dân tộc",
          "Đảng viên",
          "Đơn vị",
          "Cấp CĐ",
          "Chức danh",
          "Chuyên trách/ KCT",
          "Biên chế/ HĐLĐ",
          "Trình độ chuyên môn",
          "LLCT",
          "QLNN",
          "Ngoại ngữ",
          "Tin học",
          "Tập huấn NVCĐ",
          "Tập huấn BĐG",
          "Học TC chính trị (năm)",
          "Nhiệm kỳ",
          "Ghi chú",
        ]),
        7: numbering(columnNumbers(21)),
        8: [1, "Y Khoa Niê", date("1970-04-12"), "Nam", "Ê Đê", "x", "LĐLĐ thành phố Buôn Ma Thuột", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Cao cấp", "Chuyên viên chính", "B", "B", 2016, 2017, null, "2023-2028", null],
        9: [2, "Nguyễn Thị Hoa", date("1978-09-23"), "Nữ", "Kinh", "x", "LĐLĐ thành phố Buôn Ma Thuột", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Cử nhân Luật", "Trung cấp", "Chuyên viên", "B", "B", 2016, 2018, null, "2023-2028", null],
        10: [3, "Trần Quốc Bảo", "15/06/1988", "Nam", "Kinh", "x", "LĐLĐ thành phố Buôn Ma Thuột", "Cấp trên cơ sở", "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, "B1", "Cơ bản", 2019, null, 2022, null, null],
        11: [4, "H'Nguyên Mlô", date("1982-02-02"), "Nữ", "Ê Đê", "x", "LĐLĐ huyện Krông Pắc", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", "A", "B", 2017, 2017, null, "2023-2028", null],
        // Planted: a part-time vice-chair with a college degree (S2 asks đại học).
        12: [5, "Lê Văn Sỹ", date("1975-07-19"), "Nam", "Kinh", "x", "LĐLĐ huyện Krông Pắc", "Cấp trên cơ sở", "Phó Chủ tịch", "Không chuyên trách", null, "Cao đẳng", "Trung cấp", null, null, "A", 2018, null, null, "2023-2028", "Chủ tịch CĐCS Công ty Cà phê Phước An"],
        // Planted: full-time staff with sơ cấp LLCT (S1 asks trung cấp).
        13: [6, "Phạm Thị Ngọc Anh", date("1990-11-08"), "Nữ", "Kinh", null, "LĐLĐ huyện Krông Pắc", "Cấp trên cơ sở", "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Sơ cấp", null, "B", "B", 2020, 2021, null, null, null],
        14: [7, "Y Wang Byă", date("1979-05-01"), "Nam", "Ê Đê", "x", "LĐLĐ huyện Cư M'gar", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", "A", "A", 2016, 2016, null, "2023-2028", null],
        15: [8, "Nguyễn Thị Hoa", date("1985-03-17"), "Nữ", "Kinh", "x", "LĐLĐ huyện Cư M'gar", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", "B", "B", 2019, 2019, null, "2023-2028", null],
        // Planted: gender-equality training "in 2025", after the report year.
        16: [9, "Đỗ Minh Khôi", "08/12/1992", "Nam", "Kinh", null, "LĐLĐ huyện Cư M'gar", "Cấp trên cơ sở", "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, "B1", "Ứng dụng CNTT cơ bản", 2021, 2025, null, null, null],
        17: [10, "Hoàng Văn Thái", date("1973-10-10"), "Nam", "Tày", "x", "LĐLĐ huyện Ea H'leo", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Thạc sĩ", "Cao cấp", "Chuyên viên chính", "B", "B", 2016, 2017, null, "2023-2028", null],
        18: [11, "Ksor H'Bla", date("1987-06-14"), "Nữ", "Gia Rai", "x", "LĐLĐ huyện Ea H'leo", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", "A", "B", 2018, 2018, null, "2023-2028", null],
        19: [12, "Nông Thị Duyên", date("1984-01-30"), "Nữ", "Nùng", "x", "LĐLĐ huyện Lắk", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", "Chuyên viên", "B", "B", 2017, 2018, null, "2023-2028", null],
        20: [13, "Y Thoan Êban", date("1983-08-08"), "Nam", "Ê Đê", "x", "LĐLĐ huyện Lắk", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", null, "A", "A", 2019, 2019, null, "2023-2028", null],
        21: [14, "Trương Thị Lan", "22/02/1986", "Nữ", "Kinh", "x", "Công đoàn ngành Giáo dục", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Thạc sĩ", "Cao cấp", "Chuyên viên chính", "B2", "B", 2017, 2017, null, "2023-2028", null],
        22: [15, "Vũ Đình Nam", date("1976-12-20"), "Nam", "Kinh", "x", "Công đoàn ngành Giáo dục", "Cấp trên cơ sở", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "ĐHSP", "Trung cấp", "Chuyên viên", "B", "B", 2016, 2018, null, "2023-2028", null],
        23: [16, "Lê Thị Thu Trang", date("1991-04-04"), "Nữ", "Kinh", null, "Công đoàn ngành Giáo dục", "Cấp trên cơ sở", "Chuyên viên", "Chuyên trách", "HĐLĐ", "Đại học", "Trung cấp", null, "B1", "B", 2022, 2022, 2023, null, null],
        24: [17, "Bùi Văn Toản", date("1974-06-06"), "Nam", "Kinh", "x", "Công đoàn ngành Y tế", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Bác sĩ CKI", "Cao cấp", "Chuyên viên", "B", "B", 2016, 2017, null, "2023-2028", null],
        25: [18, "Hà Thị Mỹ Linh", date("1989-09-19"), "Nữ", "Mường", "x", "Công đoàn ngành Y tế", "Cấp trên cơ sở", "Phó Chủ tịch", "Không chuyên trách", null, "Dược sĩ", "Trung cấp", null, "B", "B", 2020, 2020, null, "2023-2028", "Trưởng khoa Dược BVĐK tỉnh"],
        26: [19, "Nguyễn Đức Thịnh", date("1972-02-28"), "Nam", "Kinh", "x", "Công đoàn Viên chức tỉnh", "Cấp trên cơ sở", "Chủ tịch", "Chuyên trách", "Biên chế", "Cử nhân", "Cao cấp", "Chuyên viên chính", "B", "B", 2016, 2016, null, "2023-2028", null],
        27: [20, "Y Phôn Kbuôr", date("1986-10-15"), "Nam", "Ê Đê", "x", "Công đoàn Viên chức tỉnh", "Cấp trên cơ sở", "Chuyên viên", "Chuyên trách", "Biên chế", "Đại học", "Trung cấp", null, "A2", "B", 2021, 2021, null, null, null],
        28: [21, "Đinh Thị Hằng", date("1977-07-07"), "Nữ", "Kinh", "x", "LĐLĐ tỉnh Đắk Lắk", "Cấp tỉnh", "Phó Chủ tịch", "Chuyên trách", "Biên chế", "Thạc sĩ", "Cao cấp", "Chuyên viên chính", "B2", "B", 2016, 2016, null, "2023-2028", null],
        29: [22, "Lưu Văn Quân", date("1981-03-21"), "Nam", "Kinh", "x", "LĐLĐ tỉnh Đắk Lắk", "Cấp tỉnh", "Trưởng ban Tổ chức", "Chuyên trách", "Biên chế", "Đại học", "Cao cấp", "Chuyên viên chính", "B", "B", 2017, 2017, null, null, null],
        30: [23, "Mai Thị Tuyết", date("1992-12-01"), "Nữ", "Kinh", null, "LĐLĐ tỉnh Đắk Lắk", "Cấp tỉnh", "Chuyên viên", "Chuyên trách", "HĐLĐ", "Thạc sĩ", "Trung cấp", null, "B2", "B", 2020, 2021, 2022, null, null],
        31: total({ B: "Tổng số: 23 người" }),
        33: note({ A: "Ghi chú: Cột (17), (18) ghi năm tập huấn; cột (19) ghi năm học trung cấp chính trị (cán bộ HĐLĐ)." }),
        35: sign({ B: "NGƯỜI LẬP BIỂU", N: "TM. BAN THƯỜNG VỤ" }),
        36: sign({ N: "KT. CHỦ TỊCH" }),
        37: sign({ N: "PHÓ CHỦ TỊCH" }),
        40: sign({ B: "Mai Thị Tuyết", N: "Đinh Thị Hằng" }),
      },
      merges: ["A1:H1", "L1:U1", "A2:H2", "L2:U2", "A4:U4", "N35:U35", "N36:U36", "N37:U37", "N40:U40"],
    },
  ],
};

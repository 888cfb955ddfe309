import { header, note, sign, title, type WorkbookSpec } from "./model";

/**
 * An industrial-zone union's list of the committees of its enterprise unions (Công đoàn các KCN Đồng Nai;
 * report year 2024), written with ExcelJS and then opened and saved by LibreOffice Calc: the enterprise's union
 * and its level merged down over its people, a CCCD column (workers born all over the country), "Chức vụ chuyên
 * môn" (workplace posts such as "Tổ trưởng", "Phó phòng Hành chính", "Chuyên viên nhân sự") beside the union
 * position, and a phone column no roster standard knows.
 */
export const r06KcnDongNai: WorkbookSpec = {
  file: "06-cd-kcn-dong-nai-libreoffice-2024.xlsx",
  writer: "exceljs",
  resave: "libreoffice",
  sheets: [
    {
      name: "BCH CDCS KCN",
      font: "Times New Roman",
      table: "A:N",
      widths: { A: 5, B: 26, C: 9, D: 22, E: 8, F: 8, G: 15, H: 20, I: 18, J: 14, K: 9, L: 12, M: 9, N: 13 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH ĐỒNG NAI", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", H: "Độc lập - Tự do - Hạnh phúc" }),
        3: title({ A: "DANH SÁCH BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ DOANH NGHIỆP KCN NHƠN TRẠCH NĂM 2024" }),
        5: header({
          A: "STT",
          B: "Tên CĐCS",
          C: "Cấp công đoàn",
          D: "Họ và tên",
          E: "Năm sinh",
          F: "Giới tính",
          G: "Số CCCD",
          H: "Chức vụ chuyên môn",
          I: "Chức vụ công đoàn",
          J: "Chuyên trách/ Không chuyên trách",
          K: "Biên chế/ HĐLĐ",
          L: "Trình độ chuyên môn",
          M: "Tập huấn NVCĐ",
          N: "Số điện thoại",
        }),
        6: [1, "CĐCS Công ty TNHH Pouchen Việt Nam", "Cơ sở", "Trần Văn Hậu", 1978, "Nam", "075078004521", "Trưởng phòng Nhân sự", "Chủ tịch", "Chuyên trách", "HĐLĐ", "Đại học", 2019, "0909 118 204"],
        7: [2, null, null, "Nguyễn Thị Thu Thảo", 1985, "Nữ", "040185009876", "Tổ trưởng sản xuất", "Phó Chủ tịch", "Không chuyên trách", null, "Trung cấp", 2020, "0938 552 017"],
        8: [3, null, null, "Lê Văn Tài", 1990, "Nam", "038090001122", "Công nhân", "Ủy viên BCH", "Không chuyên trách", null, "12/12", 2022, null],
        // Planted: CCCD digit 4 is 0 (a man); the row says Nữ.
        9: [4, null, null, "Phạm Thị Hoa", 1992, "Nữ", "036092005566", "Công nhân", "Ủy viên BCH", "Không chuyên trách", null, "12/12", 2023, null],
        10: [5, null, null, "Đinh Công Danh", 1988, "Nam", "087088003344", "Kỹ thuật viên", "Ủy viên UBKT", "Không chuyên trách", null, "Cao đẳng", 2023, null],
        11: [6, "CĐCS Công ty TNHH Hyosung Đồng Nai", "Cơ sở", "Võ Thị Kim Ngân", 1983, "Nữ", "052183007788", "Phó phòng Hành chính", "Chủ tịch", "Không chuyên trách", null, "Đại học", 2021, "0913 640 385"],
        // Planted: CCCD digits 5-6 say 1989; the row says 1987.
        12: [7, null, null, "Hoàng Văn Khánh", 1987, "Nam", "075089000912", "Tổ trưởng", "Ủy viên BCH", "Không chuyên trách", null, "Trung cấp", 2022, null],
        13: [8, null, null, "Nguyễn Thị Bé", 1995, "Nữ", "083195004433", "Công nhân", "Ủy viên BCH", "Không chuyên trách", null, "9/12", 2023, null],
        // Planted: the CCCD typed as a number lost its leading 0.
        14: [9, null, null, "Trịnh Văn Phúc", 1980, "Nam", 75080006655, "Quản đốc", "Tổ trưởng công đoàn", "Không chuyên trách", null, "Trung cấp", 2022, null],
        // Planted: a full-time chair without biên chế/HĐLĐ.
        15: [10, "CĐCS Công ty TNHH Changshin Việt Nam", "Cơ sở", "Phan Thị Mỹ Linh", 1984, "Nữ", "075184002211", "Chuyên viên nhân sự", "Chủ tịch", "Chuyên trách", null, "Đại học", 2020, "0918 273 694"],
        16: [11, null, null, "Lý Văn Sang", 1991, "Nam", "075091008899", "Công nhân", "Phó Chủ tịch", "Không chuyên trách", null, "Cao đẳng", 2024, null],
        17: [12, null, null, "Đỗ Thị Ánh Tuyết", 1993, "Nữ", "034193001357", "Công nhân", "Ủy viên BCH", "Không chuyên trách", null, "12/12", null, null],
        19: note({ A: "Ghi chú: Danh sách do các CĐCS báo cáo, tính đến ngày 31/10/2024." }),
        21: sign({ B: "NGƯỜI LẬP BIỂU", I: "TM. BAN THƯỜNG VỤ" }),
        22: sign({ I: "CHỦ TỊCH" }),
        25: sign({ B: "Lê Thị Kim Oanh", I: "Nguyễn Hữu Lộc" }),
      },
      merges: [
        "A1:F1", "H1:N1", "A2:F2", "H2:N2", "A3:N3",
        "B6:B10", "C6:C10", "B11:B14", "C11:C14", "B15:B17", "C15:C17",
        "I21:N21", "I22:N22", "I25:N25",
      ],
    },
  ],
};

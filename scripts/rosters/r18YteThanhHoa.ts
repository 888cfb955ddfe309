import { columnNumbers, header, note, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * A health-sector union's list of its hospital unions' committees (Công đoàn ngành Y tế Thanh Hóa; report year
 * 2020) with both "Năm sinh" over Nam | Nữ and a "Giới tính" column, "Loại cán bộ" over mark columns and
 * "Chức vụ đảng, chính quyền" (workplace posts: "Bí thư Đảng ủy", "Trưởng phòng …", "Bác sĩ"). The chair of the
 * Hoằng Hóa district hospital union is also on the Thanh Hóa districts workbook (file 08): the same person in two
 * submitted files.
 */
export const r18YteThanhHoa: WorkbookSpec = {
  file: "18-cd-nganh-y-te-thanh-hoa-2020.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "BCH CDCS",
      font: "Times New Roman",
      table: "A:N",
      widths: { A: 5, B: 22, C: 7, D: 7, E: 8, F: 36, G: 22, H: 22, I: 9, J: 9, K: 16, L: 10, M: 10, N: 16 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH THANH HÓA", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CÔNG ĐOÀN NGÀNH Y TẾ", H: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH BAN CHẤP HÀNH CÁC CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC NĂM 2020" }),
        6: header({
          A: "STT",
          B: "Họ và tên",
          C: "Năm sinh",
          E: "Giới tính",
          F: "Tên CĐCS",
          G: "Chức vụ công đoàn",
          H: "Chức vụ đảng, chính quyền",
          I: "Loại cán bộ",
          K: "Trình độ chuyên môn",
          L: "LLCT",
          M: "Năm tập huấn NVCĐ",
          N: "Ghi chú",
        }),
        7: header({ C: "Nam", D: "Nữ", I: "Chuyên trách", J: "Không chuyên trách" }),
        8: numbering(columnNumbers(14)),
        9: [1, "Lê Xuân Hòa", 1975, null, "Nam", "CĐCS Bệnh viện Đa khoa huyện Hoằng Hóa", "Chủ tịch", "Phó Giám đốc", null, "x", "Bác sĩ CKI", "Trung cấp", 2017, null],
        10: [2, "Nguyễn Thị Thu", null, 1983, "Nữ", "CĐCS Bệnh viện Đa khoa huyện Hoằng Hóa", "Phó Chủ tịch", "Trưởng khoa Dược", null, "x", "Dược sĩ", "Sơ cấp", 2018, null],
        11: [3, "Lê Văn Hùng", 1971, null, "Nam", "CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa", "Chủ tịch", "Bí thư Đảng ủy", "x", null, "Thạc sĩ", "Cao cấp", 2016, null],
        // Planted: the birth year is under Nữ; "Giới tính" says Nam.
        12: [4, "Trịnh Thị Phượng", null, 1985, "Nam", "CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa", "Phó Chủ tịch", "Điều dưỡng trưởng", null, "x", "Cử nhân Điều dưỡng", "Trung cấp", 2018, null],
        13: [5, "Hoàng Đình Quang", 1980, null, "Nam", "CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa", "Ủy viên BCH", "Trưởng phòng Tổ chức cán bộ", null, "x", "Bác sĩ CKII", "Cao cấp", 2019, null],
        14: [6, "Mai Thị Hương", null, 1990, "Nữ", "CĐCS Trung tâm Kiểm soát bệnh tật tỉnh", "Chủ tịch", "Phó Giám đốc", null, "x", "Bác sĩ", "Trung cấp", 2020, null],
        15: [7, "Lê Đình Sơn", 1987, null, "Nam", "CĐCS Trung tâm Kiểm soát bệnh tật tỉnh", "Ủy viên UBKT", "Kỹ thuật viên", null, "x", "Cao đẳng", null, 2019, null],
        16: [8, "Nguyễn Văn Tâm", 1978, null, "Nam", "CĐCS Bệnh viện Nhi Thanh Hóa", "Chủ tịch", "Trưởng khoa Hồi sức", null, "x", "Bác sĩ CKI", "Trung cấp", 2017, null],
        17: [9, "Phạm Thị Lan Anh", null, 1986, "Nữ", "CĐCS Bệnh viện Nhi Thanh Hóa", "Ủy viên BCH, Trưởng ban Nữ công", "Điều dưỡng", null, "x", "Cao đẳng", null, 2019, null],
        // Planted: trained "in 2021", after the report year.
        18: [10, "Đỗ Văn Thành", 1982, null, "Nam", "CĐCS Bệnh viện Nhi Thanh Hóa", "Ủy viên BCH", "Bác sĩ", null, "x", "Bác sĩ", null, 2021, null],
        19: total({ B: "Tổng cộng: 10 người" }),
        21: note({ A: "Ghi chú: Cột (3), (4) ghi năm sinh vào cột Nam hoặc cột Nữ." }),
        23: sign({ B: "NGƯỜI LẬP BIỂU", H: "TM. BAN THƯỜNG VỤ" }),
        24: sign({ H: "CHỦ TỊCH" }),
      },
      merges: [
        "A1:F1", "H1:N1", "A2:F2", "H2:N2", "A4:N4",
        "A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:F7", "G6:G7", "H6:H7", "I6:J6", "K6:K7", "L6:L7", "M6:M7", "N6:N7",
        "H23:N23", "H24:N24",
      ],
    },
  ],
};

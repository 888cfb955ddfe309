import { columnNumbers, err, header, note, numbering, sign, title, total, type SheetSpec, type WorkbookSpec } from "./model";

/**
 * A provincial federation's workbook with one sheet per district federation (LĐLĐ tỉnh Thanh Hóa; report year
 * 2020), a "Tổng hợp" of counts first, and a hidden sheet "DM" holding the dropdown list of positions and a lookup
 * table of names → LLCT that one cell's VLOOKUP failed on (#N/A). A cadre moved from Hoằng Hóa to Nghi Sơn is on
 * both sheets. Two-row header: "Năm sinh" over Nam | Nữ, "Loại cán bộ" over Chuyên trách | Kiêm nhiệm.
 */

function district(name: string, upper: string, rows: SheetSpec["rows"]): SheetSpec {
  return {
    name,
    font: "Times New Roman",
    table: "A:M",
    freeze: "C9",
    widths: { A: 5, B: 22, C: 7, D: 7, E: 34, F: 13, G: 9, H: 9, I: 14, J: 10, K: 9, L: 9, M: 24 },
    validations: [{ range: "F9:F30", list: "DM!$A$2:$A$9" }],
    rows: {
      1: title({ A: "LĐLĐ TỈNH THANH HÓA", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
      2: title({ A: upper, H: "Độc lập - Tự do - Hạnh phúc" }),
      4: title({ A: "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT NĂM 2020" }),
      6: header({
        A: "STT",
        B: "Họ và tên",
        C: "Năm sinh",
        E: "Đơn vị",
        F: "Chức vụ",
        G: "Loại cán bộ",
        I: "Trình độ chuyên môn",
        J: "Trình độ LLCT",
        K: "Tập huấn (năm)",
        M: "Ghi chú",
      }),
      7: header({ C: "Nam", D: "Nữ", G: "Chuyên trách", H: "Kiêm nhiệm", K: "Nghiệp vụ", L: "Bình đẳng giới" }),
      8: numbering(columnNumbers(13)),
      ...rows,
      17: note({ A: "Ghi chú: Đơn vị ghi tên công đoàn nơi đồng chí giữ chức vụ công đoàn." }),
      19: sign({ B: "NGƯỜI LẬP BIỂU", I: "TM. BAN THƯỜNG VỤ" }),
      20: sign({ I: "CHỦ TỊCH" }),
    },
    merges: [
      "A1:E1", "H1:M1", "A2:E2", "H2:M2", "A4:M4",
      "A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:F7", "G6:H6", "I6:I7", "J6:J7", "K6:L6", "M6:M7",
      "I19:M19", "I20:M20",
    ],
  };
}

export const r08ThanhHoa: WorkbookSpec = {
  file: "08-ldld-tinh-thanh-hoa-cac-huyen-2020.xlsx",
  writer: "xml",
  activeSheet: 1,
  sheets: [
    {
      name: "Tổng hợp",
      font: "Times New Roman",
      table: "A:G",
      widths: { A: 5, B: 28, C: 10, D: 8, E: 11, F: 11, G: 12 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH THANH HÓA" }),
        3: title({ A: "TỔNG HỢP CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT CÁC HUYỆN, THỊ XÃ NĂM 2020" }),
        5: header({ A: "STT", B: "Đơn vị", C: "Tổng số CB", D: "Nữ", E: "Chuyên trách", F: "Kiêm nhiệm", G: "Đã tập huấn NV" }),
        6: [1, "LĐLĐ huyện Hoằng Hóa", 6, 2, 3, 3, 6],
        7: [2, "LĐLĐ huyện Quảng Xương", 6, 3, 3, 3, 6],
        8: [3, "LĐLĐ thị xã Nghi Sơn", 6, 2, 3, 3, 6],
        9: total({ B: "Cộng", C: 18, D: 7, E: 9, F: 9, G: 18 }),
      },
      merges: ["A1:G1", "A3:G3"],
    },
    district("Hoằng Hóa", "LĐLĐ HUYỆN HOẰNG HÓA", {
      9: [1, "Lê Văn Thuận", 1967, null, "LĐLĐ huyện Hoằng Hóa", "Chủ tịch", "x", null, "Đại học", "Trung cấp", 2016, 2017, null],
      10: [2, "Nguyễn Thị Hằng", null, 1979, "LĐLĐ huyện Hoằng Hóa", "Phó Chủ tịch", "x", null, "Đại học", "Trung cấp", 2016, 2016, null],
      11: [3, "Lê Đình Khải", 1986, null, "LĐLĐ huyện Hoằng Hóa", "Chuyên viên", "x", null, "Đại học", "Trung cấp", 2018, null, null],
      12: [4, "Hoàng Thị Thanh", null, 1982, "CĐCS Trường THPT Hoằng Hóa 4", "Chủ tịch", null, "x", "Thạc sĩ", "Trung cấp", 2019, 2019, null],
      13: [5, "Lê Xuân Hòa", 1975, null, "CĐCS Bệnh viện Đa khoa huyện Hoằng Hóa", "Chủ tịch", null, "x", "Bác sĩ CKI", "Trung cấp", 2017, 2018, null],
      14: [6, "Nguyễn Văn Nam", 1983, null, "CĐCS xã Hoằng Đạt", "Chủ tịch", null, "x", "Đại học", "Trung cấp", 2019, null, null],
      15: total({ B: "Tổng cộng: 6 người" }),
    }),
    district("Quảng Xương", "LĐLĐ HUYỆN QUẢNG XƯƠNG", {
      9: [1, "Đỗ Văn Tuấn", 1970, null, "LĐLĐ huyện Quảng Xương", "Chủ tịch", "x", null, "Đại học", "Cao cấp", 2016, 2016, null],
      10: [2, "Lê Thị Dung", null, 1984, "LĐLĐ huyện Quảng Xương", "Phó Chủ tịch", "x", null, "Đại học", "Trung cấp", 2017, 2017, null],
      11: [3, "Mai Văn Sáu", 1988, null, "LĐLĐ huyện Quảng Xương", "Chuyên viên", "x", null, "Đại học", "Trung cấp", 2019, null, null],
      12: [4, "Trịnh Thị Lan", null, 1981, "CĐCS Trường THCS Quảng Tân", "Chủ tịch", null, "x", "ĐHSP", "Trung cấp", 2018, 2019, null],
      // Planted: the lookup into the hidden DM sheet found no "Phạm Văn Hùng" and left #N/A.
      13: [5, "Phạm Văn Hùng", 1977, null, "CĐCS Công ty TNHH Giày Sun Jade", "Phó Chủ tịch", null, "x", "Trung cấp", err("#N/A", "VLOOKUP(B13,DM!$E$2:$F$12,2,0)"), 2018, null, null],
      14: [6, "Lê Thị Hồng", null, 1990, "CĐCS Công ty TNHH Giày Sun Jade", "Ủy viên BCH", null, "x", "Cao đẳng", "Sơ cấp", 2020, 2020, null],
      // Planted: the typed total says 7; the sheet lists 6.
      15: total({ B: "Tổng cộng: 7 người" }),
    }),
    district("Nghi Sơn", "LĐLĐ THỊ XÃ NGHI SƠN", {
      9: [1, "Nguyễn Hữu Quyết", 1972, null, "LĐLĐ thị xã Nghi Sơn", "Chủ tịch", "x", null, "Thạc sĩ", "Cao cấp", 2016, 2017, null],
      // Planted: the same cadre as 'Hoằng Hóa'!B11, moved here in 2020.
      10: [2, "Lê Đình Khải", 1986, null, "LĐLĐ thị xã Nghi Sơn", "Phó Chủ tịch", "x", null, "Đại học", "Trung cấp", 2018, 2020, "Điều động từ LĐLĐ huyện Hoằng Hóa"],
      11: [3, "Vũ Thị Phương", null, 1985, "LĐLĐ thị xã Nghi Sơn", "Chuyên viên", "x", null, "Đại học", "Trung cấp", 2018, 2019, null],
      12: [4, "Trương Văn Lực", 1979, null, "CĐCS Công ty LD Lọc hóa dầu Nghi Sơn", "Chủ tịch", null, "x", "Kỹ sư", "Trung cấp", 2019, 2019, null],
      13: [5, "Nguyễn Thị Lý", null, 1987, "CĐCS Công ty LD Lọc hóa dầu Nghi Sơn", "Ủy viên BCH", null, "x", "Kỹ sư", null, 2020, null, null],
      14: [6, "Hồ Văn Tài", 1981, null, "CĐCS Cảng Nghi Sơn", "Chủ tịch", null, "x", "Đại học", "Trung cấp", 2019, null, null],
      15: total({ B: "Tổng cộng: 6 người" }),
    }),
    {
      name: "DM",
      state: "hidden",
      font: "Times New Roman",
      rows: {
        1: [{ v: "Chức vụ", bold: true }, null, { v: "Trình độ", bold: true }, null, { v: "Họ và tên", bold: true }, { v: "LLCT", bold: true }],
        2: ["Chủ tịch", null, "Thạc sĩ", null, "Lê Văn Thuận", "Trung cấp"],
        3: ["Phó Chủ tịch", null, "Đại học", null, "Nguyễn Thị Hằng", "Trung cấp"],
        4: ["Ủy viên BTV", null, "Cao đẳng", null, "Đỗ Văn Tuấn", "Cao cấp"],
        5: ["Ủy viên BCH", null, "Trung cấp", null, "Lê Thị Dung", "Trung cấp"],
        6: ["Chủ nhiệm UBKT", null, "Sơ cấp", null, "Mai Văn Sáu", "Trung cấp"],
        7: ["Ủy viên UBKT", null, "12/12", null, "Trịnh Thị Lan", "Trung cấp"],
        8: ["Chuyên viên", null, null, null, "Lê Thị Hồng", "Sơ cấp"],
        9: ["Tổ trưởng CĐ", null, null, null, "Nguyễn Hữu Quyết", "Cao cấp"],
        10: [null, null, null, null, "Vũ Thị Phương", "Trung cấp"],
        11: [null, null, null, null, "Trương Văn Lực", "Trung cấp"],
        12: [null, null, null, null, "Hồ Văn Tài", "Trung cấp"],
      },
    },
  ],
};

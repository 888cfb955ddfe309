import { header, inFont, note, rowIn, sign, title, total, type WorkbookSpec } from "./model";

/**
 * An enterprise union's committee and group leaders (CĐCS Công ty CP Chế biến Thủy sản Trà Nóc, Cần Thơ; report
 * year 2023) in a Unicode sheet where two cells were pasted from older files: a name in VNI-Times and a position in
 * .VnTime. Abbreviated headers with line breaks and a doubled space ("Loại CB", "Trình độ\nCMNV", "Năm  tập huấn\nNV
 * công đoàn"), a row whose name was deleted, and two pre-numbered empty rows before the total.
 */
export const r14CanTho: WorkbookSpec = {
  file: "14-cdcs-thuy-san-tra-noc-can-tho-2023.xlsx",
  writer: "xml",
  sheets: [
    {
      name: "BCH - To CD",
      font: "Times New Roman",
      size: 13,
      table: "A:I",
      widths: { A: 5, B: 24, C: 8, D: 8, E: 22, F: 14, G: 18, H: 12, I: 18 },
      rows: {
        1: title({ A: "CÔNG ĐOÀN CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP CẦN THƠ" }),
        2: title({ A: "CĐCS CÔNG TY CP CHẾ BIẾN THỦY SẢN TRÀ NÓC" }),
        4: title({ A: "DANH SÁCH BAN CHẤP HÀNH, TỔ TRƯỞNG, TỔ PHÓ CÔNG ĐOÀN NĂM 2023" }),
        6: header({
          A: "STT",
          B: "Họ và tên",
          C: "Năm sinh",
          D: "Giới tính",
          E: "Chức vụ CĐ",
          F: "Loại CB",
          G: "Trình độ\nCMNV",
          H: "Năm  tập huấn\nNV công đoàn",
          I: "Ghi chú",
        }),
        7: [1, "Trần Minh Tâm", 1977, "Nam", "Chủ tịch", "Chuyên trách", "Đại học", 2018, null],
        8: [2, "Nguyễn Thị Bích Vân", 1983, "Nữ", "Phó Chủ tịch", "Không chuyên trách", "Đại học", 2019, null],
        // Planted: a name pasted from a VNI-Times file.
        9: [3, inFont("VNI-Times", "Trương Thị Mỹ Xuyên"), 1986, "Nữ", "Ủy viên BCH", "KCT", "Cao đẳng", 2020, "Trưởng ban Nữ công"],
        10: [4, "Lâm Văn Phát", 1981, "Nam", "Ủy viên BCH", "KCT", "Kỹ sư chế biến thủy sản", 2020, null],
        // Planted: the name was deleted; the rest of the row is hers.
        11: [5, null, 1990, "Nữ", "Ủy viên BCH", "KCT", "Trung cấp", 2021, "Tổ Kiểm phẩm"],
        12: [6, "Võ Hoàng Sơn", 1988, "Nam", "Ủy viên UBKT", "KCT", "12/12", 2021, null],
        // Planted: a position pasted from a .VnTime file.
        13: [7, "Huỳnh Thị Ngọc Hân", 1992, "Nữ", inFont(".VnTime", "Tổ trưởng công đoàn"), "KCT", "12/12", 2022, "Tổ Fillet 1"],
        14: [8, "Thạch Thị Sô Phia", 1994, "Nữ", "Tổ trưởng công đoàn", "KCT", "9/12", 2022, "Tổ Fillet 2"],
        15: [9, "Lê Văn Út", 1979, "Nam", "Tổ trưởng công đoàn", "KCT", "Sơ cấp nghề", 2019, "Tổ Cơ điện"],
        16: [10, "Nguyễn Thị Kiều", 1996, "Nữ", "Tổ phó công đoàn", "KCT", "12/12", null, "Tổ Fillet 1"],
        17: [11, "Phạm Hữu Nghĩa", 1985, "Nam", "Tổ phó công đoàn", "KCT", "Trung cấp", 2023, "Tổ Cơ điện"],
        18: rowIn("Times New Roman", [12]),
        19: rowIn("Times New Roman", [13]),
        20: total({ B: "Tổng số: 11 người" }),
        22: note({ A: "Ghi chú: Loại CB: CT - chuyên trách; KCT - không chuyên trách." }),
        24: sign({ B: "NGƯỜI LẬP BIỂU", F: "TM. BAN CHẤP HÀNH" }),
        25: sign({ F: "CHỦ TỊCH" }),
        28: sign({ F: "Trần Minh Tâm" }),
      },
      merges: ["A1:I1", "A2:I2", "A4:I4", "F24:I24", "F25:I25", "F28:I28"],
    },
  ],
};

import { calc, header, note, title, total, type SheetSpec, type WorkbookSpec } from "./model";

/**
 * A large enterprise union with one sheet per union section (công đoàn bộ phận) and a "Tổng hợp" of counts
 * (CĐCS Công ty CP Than Hà Lầm - Vinacomin, Quảng Ninh; report year 2022). Positions come from a dropdown whose
 * list lives on a hidden sheet "DanhMuc". A miner transferred to the mechanical section in September appears on
 * both sheets; one section's typed count is wrong. Written by hand as Excel does, then re-saved by LibreOffice.
 */

const HEADER = header({
  A: "STT",
  B: "Họ và tên",
  C: "Năm sinh",
  D: "Giới tính",
  E: "Chức danh công đoàn",
  F: "Chức vụ chuyên môn",
  G: "Trình độ chuyên môn",
  H: "Đảng viên",
  I: "Năm tập huấn NVCĐ",
  J: "Ghi chú",
});

function sectionSheet(name: string, sectionTitle: string, rows: SheetSpec["rows"]): SheetSpec {
  return {
    name,
    font: "Times New Roman",
    table: "A:J",
    widths: { A: 5, B: 24, C: 8, D: 8, E: 20, F: 26, G: 20, H: 8, I: 10, J: 30 },
    validations: [{ range: "E7:E20", list: "DanhMuc!$A$2:$A$9" }],
    rows: {
      1: title({ A: "CĐCS CÔNG TY CP THAN HÀ LẦM - VINACOMIN" }),
      2: title({ A: sectionTitle }),
      4: title({ A: "DANH SÁCH BAN CHẤP HÀNH, TỔ TRƯỞNG, TỔ PHÓ CÔNG ĐOÀN NĂM 2022" }),
      6: HEADER,
      ...rows,
    },
    merges: ["A1:E1", "A2:E2", "A4:J4"],
  };
}

export const r07HaLam: WorkbookSpec = {
  file: "07-cdcs-than-ha-lam-nhieu-sheet-libreoffice-2022.xlsx",
  writer: "xml",
  resave: "libreoffice",
  activeSheet: 1,
  sheets: [
    {
      name: "Tổng hợp",
      font: "Times New Roman",
      table: "A:F",
      widths: { A: 5, B: 24, C: 10, D: 8, E: 10, F: 14 },
      rows: {
        1: title({ A: "CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM" }),
        2: title({ A: "CĐCS CÔNG TY CP THAN HÀ LẦM - VINACOMIN" }),
        4: title({ A: "TỔNG HỢP CÁN BỘ CÔNG ĐOÀN CÁC CÔNG ĐOÀN BỘ PHẬN NĂM 2022" }),
        6: header({ A: "STT", B: "Công đoàn bộ phận", C: "Tổng số", D: "Nữ", E: "Đảng viên", F: "Đã tập huấn NVCĐ" }),
        7: [1, "CĐBP Khai thác 1", calc("COUNTA('CĐBP Khai thác 1'!B7:B13)", 7), 1, 5, 7],
        8: [2, "CĐBP Cơ điện", calc("COUNTA('CĐBP Cơ điện'!B7:B12)", 6), 2, 4, 6],
        9: [3, "CĐBP Văn phòng", calc("COUNTA('CĐBP Văn phòng'!B7:B11)", 5), 3, 4, 4],
        10: total({ B: "Cộng", C: calc("SUM(C7:C9)", 18), D: calc("SUM(D7:D9)", 6), E: calc("SUM(E7:E9)", 13), F: calc("SUM(F7:F9)", 17) }),
      },
      merges: ["A1:F1", "A2:F2", "A4:F4"],
    },
    sectionSheet("CĐBP Khai thác 1", "CÔNG ĐOÀN BỘ PHẬN PHÂN XƯỞNG KHAI THÁC 1", {
      7: [1, "Nguyễn Văn Cường", 1976, "Nam", "Chủ tịch CĐBP", "Quản đốc", "Kỹ sư khai thác mỏ", "x", 2018, null],
      8: [2, "Trần Đức Thịnh", 1982, "Nam", "Phó Chủ tịch CĐBP", "Phó Quản đốc", "Kỹ sư", "x", 2019, null],
      9: [3, "Phạm Thị Lụa", 1987, "Nữ", "Ủy viên BCH", "Nhân viên thống kê", "Cao đẳng", null, 2020, null],
      10: [4, "Vũ Văn Thắng", 1985, "Nam", "Tổ trưởng CĐ", "Tổ trưởng sản xuất", "Trung cấp nghề", "x", 2021, "Tổ lò 1"],
      11: [5, "Đỗ Văn Hải", 1990, "Nam", "Tổ phó CĐ", "Thợ lò", "Sơ cấp nghề", null, 2022, "Tổ lò 1"],
      12: [6, "Lê Văn Toản", 1984, "Nam", "Tổ trưởng CĐ", "Tổ trưởng sản xuất", "Trung cấp nghề", "x", 2021, "Tổ lò 2"],
      13: [7, "Hoàng Minh Đức", 1988, "Nam", "Tổ trưởng CĐ", "Thợ cơ điện lò", "Trung cấp nghề", "x", 2021, "Tổ cơ điện lò"],
      14: total({ B: "Tổng số: 7 đ/c" }),
      16: note({ A: "Ghi chú: Cột Đảng viên đánh dấu x." }),
    }),
    sectionSheet("CĐBP Cơ điện", "CÔNG ĐOÀN BỘ PHẬN PHÂN XƯỞNG CƠ ĐIỆN", {
      7: [1, "Bùi Văn Long", 1979, "Nam", "Chủ tịch CĐBP", "Quản đốc Phân xưởng Cơ điện", "Kỹ sư cơ điện", "x", 2018, null],
      8: [2, "Ngô Thị Thanh Hương", 1986, "Nữ", "Phó Chủ tịch CĐBP", "Kế toán phân xưởng", "Đại học", "x", 2019, null],
      // Planted: the same miner as 'CĐBP Khai thác 1'!B13, transferred in September.
      9: [3, "Hoàng Minh Đức", 1988, "Nam", "Ủy viên BCH", "Thợ cơ điện lò", "Trung cấp nghề", "x", 2021, "Chuyển từ PX Khai thác 1 tháng 9/2022"],
      10: [4, "Đặng Văn Tuyên", 1983, "Nam", "Tổ trưởng CĐ", "Tổ trưởng cơ điện", "Trung cấp nghề", null, 2020, null],
      11: [5, "Nguyễn Thị Nga", 1991, "Nữ", "Tổ phó CĐ", "Thợ sửa chữa điện", "Cao đẳng nghề", null, 2022, null],
      12: [6, "Vương Đình Quang", 1980, "Nam", "Tổ trưởng CĐ", "Tổ trưởng vận tải", "Trung cấp nghề", "x", 2020, null],
      13: total({ B: "Tổng số: 6 đ/c" }),
    }),
    sectionSheet("CĐBP Văn phòng", "CÔNG ĐOÀN BỘ PHẬN KHỐI VĂN PHÒNG", {
      7: [1, "Lương Thị Thu Hà", 1978, "Nữ", "Chủ tịch CĐBP", "Trưởng phòng Tổ chức lao động", "Thạc sĩ", "x", 2017, null],
      8: [2, "Phạm Quang Huy", 1981, "Nam", "Phó Chủ tịch CĐBP", "Phó phòng Kế toán", "Đại học", "x", 2019, null],
      9: [3, "Trịnh Thị Mai Anh", 1992, "Nữ", "Ủy viên BCH", "Chuyên viên", "Đại học", null, 2022, null],
      10: [4, "Nguyễn Văn Hòa", 1975, "Nam", "Tổ trưởng CĐ", "Lái xe", "Trung cấp", "x", null, null],
      11: [5, "Đào Thị Lan Phương", 1989, "Nữ", "Tổ phó CĐ", "Nhân viên văn thư", "Cao đẳng", "x", 2021, null],
      // Planted: the typed count says 6; the sheet lists 5.
      12: total({ B: "Tổng số: 6 đ/c" }),
    }),
    {
      name: "DanhMuc",
      state: "hidden",
      font: "Times New Roman",
      rows: {
        1: [{ v: "Chức danh", bold: true }, null, { v: "Trình độ", bold: true }],
        2: ["Chủ tịch CĐBP", null, "Tiến sĩ"],
        3: ["Phó Chủ tịch CĐBP", null, "Thạc sĩ"],
        4: ["Ủy viên BCH", null, "Đại học"],
        5: ["Ủy viên UBKT", null, "Kỹ sư"],
        6: ["Tổ trưởng CĐ", null, "Cao đẳng"],
        7: ["Tổ phó CĐ", null, "Trung cấp"],
        8: ["Tổ trưởng CĐ bộ phận", null, "Sơ cấp nghề"],
        9: ["Nữ công", null, "12/12"],
      },
    },
  ],
};

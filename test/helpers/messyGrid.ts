import type { CellValue, Grid } from "../../src/core/grid";

/**
 * A small roster in the messy provincial layout, typed by hand for tests: titles, a two-row header with merged
 * groups ("Năm sinh" over Nam/Nữ, "Trình độ" over Chuyên môn/LLCT/QLNN, "Đã tập huấn" over NVCĐ/BĐG),
 * a numbering row, section rows, a total row and a signature block.
 *
 * Columns: A STT, B Họ và tên, C Nam, D Nữ, E Đơn vị, F Cấp, G Chức danh, H Chuyên trách (x), I Biên chế/HĐLĐ,
 * J Chuyên môn, K LLCT, L QLNN, M NVCĐ, N BĐG, O Số CCCD, P Số điện thoại (unknown).
 */
export function messyGrid(dataRows: CellValue[][]): Grid {
  const width = 16;
  const pad = (row: CellValue[]) => [...row, ...Array(Math.max(0, width - row.length)).fill("")];
  const values: CellValue[][] = [
    pad([
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]),
    pad(["BAN TỔ CHỨC", "", "", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"]),
    pad([]),
    pad(["DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM 2019"]),
    pad([]),
    // row 6 (index 5): group header
    pad([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "",
      "Đơn vị",
      "Cấp công đoàn",
      "Chức danh",
      "Chuyên trách",
      "Biên chế/HĐLĐ",
      "Trình độ",
      "",
      "",
      "Đã tập huấn",
      "",
      "Số CCCD",
      "Số điện thoại",
    ]),
    pad([
      "",
      "",
      "Nam",
      "Nữ",
      "",
      "",
      "",
      "",
      "",
      "Chuyên môn",
      "LLCT",
      "QLNN",
      "Nghiệp vụ CĐ",
      "Bình đẳng giới",
      "",
      "",
    ]),
    pad([
      "(1)",
      "(2)",
      "(3)",
      "(4)",
      "(5)",
      "(6)",
      "(7)",
      "(8)",
      "(9)",
      "(10)",
      "(11)",
      "(12)",
      "(13)",
      "(14)",
      "(15)",
      "(16)",
    ]),
    ...dataRows.map(pad),
    pad(["", "Tổng cộng"]),
    pad([]),
    pad(["", "NGƯỜI LẬP BIỂU", "", "", "", "", "", "", "TM. BAN THƯỜNG VỤ"]),
    pad(["", "", "", "", "", "", "", "", "CHỦ TỊCH"]),
  ];
  const vertical = [0, 1, 4, 5, 6, 7, 8, 14, 15].map((c) => ({ top: 5, left: c, bottom: 6, right: c }));
  return {
    name: "Danh sách",
    values,
    merges: [
      { top: 0, left: 8, bottom: 0, right: 15 },
      { top: 3, left: 0, bottom: 3, right: 15 },
      { top: 5, left: 2, bottom: 5, right: 3 },
      { top: 5, left: 9, bottom: 5, right: 11 },
      { top: 5, left: 12, bottom: 5, right: 13 },
      ...vertical,
    ],
  };
}

import { columnNumbers, date, header, note, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * A training-class attendance list (Công đoàn Viên chức tỉnh Lâm Đồng; report year 2024) with the name split as
 * "Họ | Tên" and birth dates in every form clerks type: "05/01/79", "7/9/1985", "12.05.1980", a year alone
 * ("1986" as text, 1968 as a number), Excel dates, a real 29/02/1992 — and two that are no day at all.
 * "Chức vụ chính quyền" holds posts such as "Phó Chánh Văn phòng Sở".
 */
export const r17LamDong: WorkbookSpec = {
  file: "17-cd-vien-chuc-lam-dong-tap-huan-2024.xlsx",
  writer: "xml",
  sheets: [
    {
      name: "Lop NV 2024",
      font: "Times New Roman",
      size: 13,
      table: "A:L",
      widths: { A: 5, B: 14, C: 12, D: 13, E: 8, F: 8, G: 34, H: 18, I: 24, J: 12, K: 11, L: 14 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH LÂM ĐỒNG", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CÔNG ĐOÀN VIÊN CHỨC TỈNH", H: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN NGHIỆP VỤ CÔNG ĐOÀN NĂM 2024" }),
        6: header({
          A: "STT",
          B: "Họ",
          C: "Tên",
          D: "Ngày tháng năm sinh",
          E: "Giới tính",
          F: "Dân tộc",
          G: "Đơn vị",
          H: "Chức vụ công đoàn",
          I: "Chức vụ chính quyền",
          J: "Trình độ chuyên môn",
          K: "Năm tập huấn NV công đoàn",
          L: "Ghi chú",
        }),
        7: numbering(columnNumbers(12)),
        8: [1, "Nguyễn Thị", "Hồng", "05/01/79", "Nữ", "Kinh", "CĐCS Sở Tài chính", "Chủ tịch", "Phó Giám đốc Sở", "Thạc sĩ", 2024, null],
        9: [2, "Trần Văn", "Hải", "7/9/1985", "Nam", "Kinh", "CĐCS Sở Tài chính", "Ủy viên BCH", "Chuyên viên", "Đại học", 2024, null],
        10: [3, "Bon Đinh", "Ha Thủy", "12.05.1980", "Nữ", "K'Ho", "CĐCS Sở Y tế", "Chủ tịch", "Trưởng phòng Tổ chức cán bộ", "Đại học", 2024, null],
        11: [4, "Lê Quang", "Vũ", date("1984-03-08"), "Nam", "Kinh", "CĐCS Sở Y tế", "Phó Chủ tịch", "Chuyên viên chính", "Bác sĩ", 2024, null],
        // Planted: day 00.
        12: [5, "Phạm Thị", "Thu", "00/05/1978", "Nữ", "Kinh", "CĐCS Sở Y tế", "Ủy viên UBKT", "Kế toán trưởng", "Đại học", 2024, null],
        13: [6, "Hoàng Văn", "Sơn", "1986", "Nam", "Tày", "CĐCS Sở Nông nghiệp và PTNT", "Chủ tịch", "Phó Chánh Văn phòng Sở", "Kỹ sư", 2024, null],
        // Planted: month 13.
        14: [7, "Đinh Thị", "Loan", "15/13/1985", "Nữ", "Kinh", "CĐCS Sở Nông nghiệp và PTNT", "Ủy viên BCH", "Chuyên viên", "Thạc sĩ", 2024, null],
        // Planted: no unit.
        15: [8, "Vũ Ngọc", "Tùng", date("1990-10-20"), "Nam", "Kinh", null, "Ủy viên BCH", "Chuyên viên", "Đại học", 2024, null],
        16: [9, "Ka", "Sô Liễng", date("1988-06-16"), "Nữ", "K'Ho", "CĐCS Trường Cao đẳng Y tế Lâm Đồng", "Phó Chủ tịch", "Giảng viên", "Thạc sĩ", 2024, null],
        17: [10, "Nguyễn Hữu", "Thọ", 1968, "Nam", "Kinh", "CĐCS Trường Cao đẳng Y tế Lâm Đồng", "Chủ tịch", "Trưởng khoa", "Tiến sĩ", 2024, null],
        18: [11, "Đào Thị", "Ngọc Mai", "28/02/1991", "Nữ", "Kinh", "CĐCS Trường Cao đẳng Y tế Lâm Đồng", "Trưởng ban Nữ công", "Giảng viên", "Thạc sĩ", 2024, null],
        19: [12, "Trịnh Công", "Minh", "29/02/1992", "Nam", "Kinh", "CĐCS Sở Tài chính", "Tổ trưởng CĐ", "Chuyên viên", "Đại học", 2024, null],
        20: total({ B: "Tổng số: 12 người" }),
        22: note({ A: "* Học viên dự đủ thời gian được cấp giấy chứng nhận." }),
        24: sign({ B: "NGƯỜI LẬP DANH SÁCH", H: "TM. BAN THƯỜNG VỤ" }),
        25: sign({ H: "CHỦ TỊCH" }),
      },
      merges: ["A1:F1", "H1:L1", "A2:F2", "H2:L2", "A4:L4", "H24:L24", "H25:L25"],
    },
  ],
};

import { date, err, header, note, sign, title, total, type RowSpec, type WorkbookSpec } from "./model";

/**
 * Two tables on one sheet (Công đoàn Khu kinh tế tỉnh Hà Tĩnh; report year 2020): the executive committee, then
 * the inspection committee under its own title and a repeated header. "Đơn vị công tác" is where each member
 * works; "Chức vụ chính quyền" holds workplace posts ("Phó Trưởng ban", "Chuyên viên", "Trưởng phòng Nhân sự")
 * that must not be read as union positions. Dates as Excel dates and as text without leading zeros.
 */

const HEADER: RowSpec = header({
  A: "STT",
  B: "Họ và tên",
  C: "Ngày sinh",
  D: "Giới tính",
  E: "Đơn vị công tác",
  F: "Chức vụ chính quyền",
  G: "Chức vụ công đoàn",
  H: "Chuyên trách/ Không chuyên trách",
  I: "Trình độ chuyên môn",
  J: "Trình độ LLCT",
  K: "Tập huấn NVCĐ",
  L: "Tập huấn BĐG",
});

export const r10VungAng: WorkbookSpec = {
  file: "10-cd-khu-kinh-te-ha-tinh-hai-bang-2020.xlsx",
  writer: "xml",
  sheets: [
    {
      name: "BCH-UBKT",
      font: "Times New Roman",
      table: "A:L",
      widths: { A: 5, B: 22, C: 11, D: 8, E: 34, F: 20, G: 16, H: 14, I: 12, J: 10, K: 9, L: 9 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH HÀ TĨNH", H: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CÔNG ĐOÀN KHU KINH TẾ TỈNH", H: "Độc lập - Tự do - Hạnh phúc" }),
        4: title({ A: "DANH SÁCH BAN CHẤP HÀNH, ỦY BAN KIỂM TRA CÔNG ĐOÀN KHU KINH TẾ TỈNH HÀ TĨNH" }),
        5: title({ A: { v: "Khóa IV, nhiệm kỳ 2018 - 2023", bold: false, italic: true } }),
        7: title({ A: { v: "I. BAN CHẤP HÀNH", align: "left" } }),
        8: HEADER,
        9: [1, "Nguyễn Văn Dũng", date("1969-08-20"), "Nam", "Công đoàn Khu kinh tế tỉnh", null, "Chủ tịch", "Chuyên trách", "Đại học", "Cao cấp", 2016, 2017],
        10: [2, "Trần Thị Thu Hằng", date("1980-02-14"), "Nữ", "Công đoàn Khu kinh tế tỉnh", null, "Phó Chủ tịch", "Chuyên trách", "Đại học", "Trung cấp", 2016, 2018],
        11: [3, "Lê Anh Tuấn", date("1984-10-05"), "Nam", "Công đoàn Khu kinh tế tỉnh", null, "Ủy viên BTV", "Chuyên trách", "Thạc sĩ", "Trung cấp", 2017, null],
        12: [4, "Phạm Minh Châu", date("1975-06-30"), "Nam", "Ban Quản lý Khu kinh tế tỉnh", "Phó Trưởng ban", "Ủy viên BTV", "Không chuyên trách", "Thạc sĩ", "Cao cấp", 2018, null],
        13: [5, "Hoàng Thị Lệ", "7/3/1986", "Nữ", "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh", "Trưởng phòng Nhân sự", "Ủy viên BCH", "Không chuyên trách", "Đại học", "Sơ cấp", 2019, 2019],
        // Planted: neither chuyên trách nor không chuyên trách.
        14: [6, "Đinh Văn Chiến", date("1982-12-12"), "Nam", "Công ty CP Cảng Vũng Áng Việt Lào", "Phó Giám đốc", "Ủy viên BCH", null, "Kỹ sư", "Trung cấp", 2019, null],
        // Planted: #REF! left by a deleted column.
        15: [7, "Nguyễn Thị Kim Oanh", date("1988-04-22"), "Nữ", "Công ty Nhiệt điện Vũng Áng", "Kế toán trưởng", "Ủy viên BCH", "Không chuyên trách", "Đại học", null, 2020, err("#REF!")],
        16: [8, "Võ Văn Thông", date("1978-09-09"), "Nam", "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh", "Quản đốc", "Ủy viên BCH", "Không chuyên trách", "Kỹ sư", "Sơ cấp", 2019, null],
        17: [9, "Trần Đình Phong", date("1986-01-25"), "Nam", "Ban Quản lý Khu kinh tế tỉnh", "Chuyên viên", "Ủy viên BCH", "Không chuyên trách", "Đại học", "Trung cấp", 2020, null],
        18: total({ B: "Cộng: 9 đ/c" }),
        20: title({ A: { v: "II. ỦY BAN KIỂM TRA", align: "left" } }),
        21: HEADER,
        22: [1, "Lê Thị Hoài", date("1983-03-03"), "Nữ", "Công đoàn Khu kinh tế tỉnh", null, "Chủ nhiệm UBKT", "Chuyên trách", "Đại học", "Trung cấp", 2017, 2017],
        23: [2, "Nguyễn Văn Bình", date("1980-11-11"), "Nam", "Công ty CP Cảng Vũng Áng Việt Lào", "Trưởng phòng Kế hoạch", "Phó Chủ nhiệm UBKT", "Không chuyên trách", "Đại học", "Sơ cấp", 2018, null],
        24: [3, "Phan Thị Thu", date("1990-07-07"), "Nữ", "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh", "Nhân viên", "Ủy viên UBKT", "Không chuyên trách", "Cao đẳng", null, 2020, 2020],
        25: total({ B: "Cộng: 3 đ/c" }),
        27: note({ A: "Ghi chú: Đ/c Lê Thị Hoài, Chủ nhiệm UBKT, không là ủy viên BCH." }),
        29: sign({ B: "NGƯỜI LẬP BIỂU", H: "TM. BAN THƯỜNG VỤ" }),
        30: sign({ H: "CHỦ TỊCH" }),
        33: sign({ B: "Trần Đình Phong", H: "Nguyễn Văn Dũng" }),
      },
      merges: ["A1:F1", "H1:L1", "A2:F2", "H2:L2", "A4:L4", "A5:L5", "A7:F7", "A20:F20", "H29:L29", "H30:L30", "H33:L33"],
    },
  ],
};

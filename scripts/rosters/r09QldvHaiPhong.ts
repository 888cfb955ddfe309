import { header, type WorkbookSpec } from "./model";

/**
 * An export of the national member software (QLĐV) filtered to union cadres (Hải Phòng; report year 2025): one
 * header row, no title, dates as text, many columns no roster standard knows (member code, religion, home town,
 * ID issue date and place, phone, e-mail, date of joining the union, major, status), "Chức vụ chuyên môn" beside
 * "Chức vụ công đoàn" and "Trình độ chuyên môn", and a training column the clerk added at the end.
 */
export const r09QldvHaiPhong: WorkbookSpec = {
  file: "09-qldv-xuat-hai-phong-2025.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "DanhSachDoanVien",
      font: "Times New Roman",
      size: 11,
      table: "A:Z",
      rows: {
        1: header([
          "STT",
          "Mã đoàn viên",
          "Họ và tên",
          "Ngày sinh",
          "Giới tính",
          "Dân tộc",
          "Tôn giáo",
          "Quê quán",
          "Số CMND/CCCD",
          "Ngày cấp",
          "Nơi cấp",
          "Số điện thoại",
          "Email",
          "Công đoàn cơ sở",
          "Công đoàn cấp trên",
          "Ngày vào công đoàn",
          "Chức vụ công đoàn",
          "Chức vụ chuyên môn",
          "Trình độ chuyên môn",
          "Chuyên ngành",
          "Trình độ lý luận chính trị",
          "Trình độ ngoại ngữ",
          "Trình độ tin học",
          "Đảng viên",
          "Trạng thái",
          "Đã tập huấn NVCĐ (năm)",
        ]),
        2: [1, "DV0311000125", "Nguyễn Thị Thu Hiền", "12/03/1982", "Nữ", "Kinh", "Không", "Hải Phòng", "031182003451", "15/04/2021", "Cục Cảnh sát QLHC về TTXH", "0912 345 601", "nthien.nq@haiphong.edu.vn", "CĐCS Trường THPT Ngô Quyền", "Công đoàn ngành Giáo dục Hải Phòng", "20/09/2004", "Chủ tịch", "Phó Hiệu trưởng", "Thạc sĩ", "Quản lý giáo dục", "Trung cấp", "B1", "Cơ bản", "Có", "Đang sinh hoạt", 2021],
        3: [2, "DV0311000126", "Phạm Văn Đông", "05/11/1979", "Nam", "Kinh", "Không", "Thái Bình", "034079001287", "02/06/2021", "Cục Cảnh sát QLHC về TTXH", "0904 228 915", null, "CĐCS Trường THPT Ngô Quyền", "Công đoàn ngành Giáo dục Hải Phòng", "01/09/2003", "Phó Chủ tịch", "Giáo viên", "Đại học", "Sư phạm Toán", "Sơ cấp", "B", "A", "Có", "Đang sinh hoạt", 2021],
        4: [3, "DV0311000131", "Vũ Thị Minh Ngọc", "21/07/1990", "Nữ", "Kinh", "Không", "Hải Phòng", "031190006612", "10/05/2021", "Cục Cảnh sát QLHC về TTXH", "0936 510 472", "ngocvtm@gmail.com", "CĐCS Trường THPT Ngô Quyền", "Công đoàn ngành Giáo dục Hải Phòng", "05/09/2013", "Ủy viên BCH", "Tổ trưởng chuyên môn", "Thạc sĩ", "Ngữ văn", null, "B2", "Cơ bản", null, "Đang sinh hoạt", 2022],
        5: [4, "DV0311000140", "Trần Quang Minh", "30/01/1985", "Nam", "Kinh", "Không", "Hải Dương", "030085007734", "18/08/2021", "Cục Cảnh sát QLHC về TTXH", "0983 771 046", null, "CĐCS Trường THPT Ngô Quyền", "Công đoàn ngành Giáo dục Hải Phòng", "01/09/2008", "Ủy viên UBKT", "Giáo viên", "Đại học", "Vật lý", null, "B", "A", null, "Đang sinh hoạt", 2023],
        // Planted: 29 February 1983 does not exist.
        6: [5, "DV0312000511", "Lê Thị Bích Ngọc", "29/02/1983", "Nữ", "Kinh", "Không", "Hải Phòng", "031183004409", "22/07/2021", "Cục Cảnh sát QLHC về TTXH", "0915 032 887", null, "CĐCS Trường THCS Trần Phú", "LĐLĐ quận Lê Chân", "01/09/2006", "Chủ tịch", "Giáo viên", "Đại học", "Sư phạm Hóa học", "Trung cấp", "B", "B", "Có", "Đang sinh hoạt", 2020],
        // Planted: an old 9-digit CMND in the CCCD column.
        7: [6, "DV0312000512", "Đoàn Văn Khiêm", "17/06/1976", "Nam", "Kinh", "Phật giáo", "Hải Phòng", "031456789", "14/03/2009", "Công an TP Hải Phòng", "0904 556 120", null, "CĐCS Trường THCS Trần Phú", "LĐLĐ quận Lê Chân", "01/09/1998", "Phó Chủ tịch", "Phó Hiệu trưởng", "Đại học", "Sư phạm Ngữ văn", "Trung cấp", "B", "B", "Có", "Đang sinh hoạt", 2019],
        // Planted: the CCCD says born 1986; the date says 1968.
        8: [7, "DV0312000519", "Ngô Thị Hải Yến", "03/09/1968", "Nữ", "Kinh", "Không", "Hải Phòng", "031186004512", "11/05/2021", "Cục Cảnh sát QLHC về TTXH", "0976 844 301", null, "CĐCS Trường THCS Trần Phú", "LĐLĐ quận Lê Chân", "01/09/2009", "Ủy viên BCH", "Giáo viên", "Đại học", "Sư phạm Tiếng Anh", null, "C1", "B", null, "Đang sinh hoạt", 2021],
        9: [8, "DV0315002207", "Bùi Đức Thắng", "14/10/1988", "Nam", "Kinh", "Không", "Hải Phòng", "031088009925", "30/06/2021", "Cục Cảnh sát QLHC về TTXH", "0966 102 338", "thang.bd@lgdisplay.vn", "CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng", "Công đoàn Khu kinh tế Hải Phòng", "15/03/2016", "Chủ tịch", "Trưởng phòng Hành chính - Nhân sự", "Đại học", "Quản trị kinh doanh", "Trung cấp", "TOEIC 650", "Tin học văn phòng", "Có", "Đang sinh hoạt", 2022],
        10: [9, "DV0315002231", "Đặng Thị Thủy", "08/08/1993", "Nữ", "Kinh", "Không", "Thái Bình", "034193002288", "09/09/2021", "Cục Cảnh sát QLHC về TTXH", "0868 204 117", null, "CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng", "Công đoàn Khu kinh tế Hải Phòng", "01/04/2017", "Phó Chủ tịch", "Tổ trưởng sản xuất", "Cao đẳng", "Điện tử", null, null, null, null, "Đang sinh hoạt", 2023],
        11: [10, "DV0315002290", "Hoàng Văn Tú", "25/12/1995", "Nam", "Tày", "Không", "Cao Bằng", "004095000173", "27/04/2021", "Cục Cảnh sát QLHC về TTXH", "0399 615 002", null, "CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng", "Công đoàn Khu kinh tế Hải Phòng", "10/10/2018", "Tổ trưởng công đoàn", "Công nhân", "Trung cấp", "Cơ khí", null, null, null, null, "Đang sinh hoạt", 2024],
        12: [11, "DV0313000044", "Nguyễn Đức Anh", "11/11/1987", "Nam", "Kinh", "Công giáo", "Hải Phòng", "031087005560", "05/05/2021", "Cục Cảnh sát QLHC về TTXH", "0913 270 555", "anhnd@lechan.haiphong.gov.vn", "CĐCS Cơ quan UBND quận Lê Chân", "LĐLĐ quận Lê Chân", "01/07/2011", "Chủ tịch", "Chánh Văn phòng HĐND-UBND quận", "Thạc sĩ", "Luật", "Cao cấp", "B2", "Cơ bản", "Có", "Đang sinh hoạt", 2020],
        13: [12, "DV0313000058", "Phan Thị Lan", "02/04/1991", "Nữ", "Kinh", "Không", "Hải Phòng", "031191003327", "19/08/2021", "Cục Cảnh sát QLHC về TTXH", "0945 338 760", null, "CĐCS Cơ quan UBND quận Lê Chân", "LĐLĐ quận Lê Chân", "02/01/2015", "Ủy viên BCH, Trưởng ban Nữ công", "Chuyên viên Phòng Nội vụ", "Đại học", "Hành chính học", null, "B1", "Cơ bản", "Có", "Đang sinh hoạt", 2021],
      },
    },
  ],
};

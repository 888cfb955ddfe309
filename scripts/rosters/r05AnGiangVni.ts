import { columnNumbers, header, note, numbering, sign, title, total, type WorkbookSpec } from "./model";

/**
 * A sector union's list of the chairs and vice-chairs of its grassroots unions (Công đoàn ngành Y tế An Giang;
 * report year 2020), typed entirely in VNI-Times, as many southern offices did: "Nguyeãn Thaønh Trung". Khmer
 * names, health degrees (Bác sĩ CKII, Dược sĩ, Cử nhân Điều dưỡng), one row pasted twice, a hand-typed total.
 */
export const r05AnGiangVni: WorkbookSpec = {
  file: "05-cd-nganh-y-te-an-giang-vni-2020.xlsx",
  writer: "exceljs",
  sheets: [
    {
      name: "CT-PCT CDCS",
      font: "VNI-Times",
      table: "A:K",
      widths: { A: 5, B: 24, C: 8, D: 5, E: 8, F: 40, G: 14, H: 20, I: 10, J: 10, K: 14 },
      rows: {
        1: title({ A: "LĐLĐ TỈNH AN GIANG", G: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
        2: title({ A: "CÔNG ĐOÀN NGÀNH Y TẾ", G: "Độc lập - Tự do - Hạnh phúc" }),
        3: title({ A: "DANH SÁCH CHỦ TỊCH, PHÓ CHỦ TỊCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC NĂM 2020" }),
        5: header({
          A: "STT",
          B: "Họ và tên",
          C: "Năm sinh",
          D: "Nữ",
          E: "Dân tộc",
          F: "Tên CĐCS",
          G: "Chức vụ CĐ",
          H: "Trình độ chuyên môn",
          I: "LLCT",
          J: "Năm tập huấn NVCĐ",
          K: "Ghi chú",
        }),
        6: numbering(columnNumbers(11)),
        7: [1, "Nguyễn Thành Trung", 1968, null, "Kinh", "CĐCS Bệnh viện Đa khoa Trung tâm An Giang", "Chủ tịch", "Bác sĩ CKII", "Cao cấp", 2016, null],
        8: [2, "Lê Thị Ngọc Bích", 1975, "x", "Kinh", "CĐCS Bệnh viện Đa khoa Trung tâm An Giang", "Phó Chủ tịch", "Thạc sĩ", "Trung cấp", 2017, null],
        9: [3, "Chau Sóc Kha", 1979, null, "Khmer", "CĐCS Trung tâm Y tế huyện Tri Tôn", "Chủ tịch", "Bác sĩ", "Trung cấp", 2018, null],
        10: [4, "Néang Sa Phia", 1986, "x", "Khmer", "CĐCS Trung tâm Y tế huyện Tri Tôn", "Phó Chủ tịch", "Cử nhân Điều dưỡng", "Trung cấp", 2018, null],
        11: [5, "Trần Văn Út", 1972, null, "Kinh", "CĐCS Bệnh viện Sản Nhi An Giang", "Chủ tịch", "Bác sĩ CKI", "Trung cấp", 2016, null],
        12: [6, "Huỳnh Thị Kim Cương", 1981, "x", "Kinh", "CĐCS Bệnh viện Sản Nhi An Giang", "Phó Chủ tịch", "Dược sĩ", "Trung cấp", 2019, null],
        13: [7, "Võ Minh Luân", 1977, null, "Kinh", "CĐCS Trung tâm Y tế TP Châu Đốc", "Chủ tịch", "Bác sĩ", "Trung cấp", 2017, null],
        // Planted: row 8 pasted again at the end of the list.
        14: [8, "Lê Thị Ngọc Bích", 1975, "x", "Kinh", "CĐCS Bệnh viện Đa khoa Trung tâm An Giang", "Phó Chủ tịch", "Thạc sĩ", "Trung cấp", 2017, null],
        15: [9, "Phạm Hoàng Nam", 1983, null, "Kinh", "CĐCS Trung tâm Kiểm soát bệnh tật", "Chủ tịch", "Bác sĩ", "Trung cấp", 2019, null],
        // Planted: trained "in 2021", after the report year.
        16: [10, "Đặng Thị Mỹ Dung", 1988, "x", "Kinh", "CĐCS Trung tâm Kiểm soát bệnh tật", "Phó Chủ tịch", "Cử nhân", "Trung cấp", 2021, null],
        // Planted: the typed total says 11; the list has 10 rows.
        17: total({ B: "Tổng cộng: 11 người" }),
        19: note({ B: "Ghi chú: Năm tập huấn ghi năm dự lớp nghiệp vụ công đoàn do LĐLĐ tỉnh tổ chức." }),
        21: sign({ B: "NGƯỜI LẬP BẢNG", H: "TM. BAN THƯỜNG VỤ" }),
        22: sign({ H: "CHỦ TỊCH" }),
        25: sign({ H: "Nguyễn Văn Hiền" }),
      },
      merges: ["A1:E1", "G1:K1", "A2:E2", "G2:K2", "A3:K3", "H21:K21", "H22:K22", "H25:K25"],
    },
  ],
};

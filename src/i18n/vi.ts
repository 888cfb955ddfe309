import type { Messages, MessagePlace } from "./messages";
import { criterionLabel } from "./criterionLabel";

const at = (p: MessagePlace) => (p.cell ? `Ô ${p.cell}` : p.row ? `Dòng ${p.row}` : "Trang tính");

export const vi: Messages = {
  lang: "vi",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  fields: {
    stt: "STT",
    fullName: "Họ và tên",
    familyName: "Họ đệm",
    givenName: "Tên",
    birthDate: "Ngày sinh",
    birthYearMale: "Năm sinh (Nam)",
    birthYearFemale: "Năm sinh (Nữ)",
    gender: "Giới tính",
    genderMaleMark: "Giới tính (Nam, đánh dấu x)",
    genderFemaleMark: "Giới tính (Nữ, đánh dấu x)",
    ethnicity: "Dân tộc",
    partyMember: "Đảng viên",
    idNumber: "Số CCCD",
    idIssueDate: "Ngày cấp CCCD",
    idIssuePlace: "Nơi cấp CCCD",
    unit: "Đơn vị",
    upperUnit: "Đơn vị cấp trên",
    level: "Cấp công đoàn",
    position: "Chức danh",
    jobTitle: "Chức vụ chính quyền, chuyên môn",
    keyCadre: "Chủ chốt",
    employment: "Chuyên trách / Không chuyên trách",
    fullTimeMark: "Chuyên trách (đánh dấu x)",
    partTimeMark: "Không chuyên trách (đánh dấu x)",
    payroll: "Biên chế / HĐLĐ",
    payrollCivilMark: "Biên chế (đánh dấu x)",
    payrollContractMark: "HĐLĐ (đánh dấu x)",
    generalEducation: "Trình độ văn hóa",
    education: "Trình độ chuyên môn",
    politicalTheory: "Lý luận chính trị",
    stateManagement: "Quản lý nhà nước",
    foreignLanguage: "Ngoại ngữ",
    informatics: "Tin học",
    unionTraining: "Tập huấn nghiệp vụ công đoàn",
    genderTraining: "Tập huấn bình đẳng giới",
    politicalClass: "Học trung cấp chính trị",
    term: "Nhiệm kỳ",
    note: "Ghi chú",
  },
  fileProblems: {
    "not-found": "Không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.",
    "not-a-workbook": "Tệp này không phải sổ tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.",
    corrupted: "Tệp .xlsx bị hỏng hoặc chưa tải về đủ. Hãy xin đơn vị gửi lại tệp.",
    encrypted: "Tệp được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.",
    "legacy-xls": "Tệp Excel cũ (.xls) chưa đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
    ods: "Tệp LibreOffice (.ods) chưa đọc được. Hãy lưu lại dạng Excel (.xlsx).",
    csv: "Tệp văn bản (.csv) chưa đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
    empty: "Sổ tính không có trang tính nào có dữ liệu.",
    "no-roster":
      "Tệp không có danh sách cán bộ: không trang nào có dòng tiêu đề (Họ và tên, Chức danh…). Hãy kiểm tra đơn vị đã gửi đúng tệp chưa.",
    "too-large": "Tệp lớn hơn 100 MB, giới hạn cho phép. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "zip-bomb":
      "Tệp giải nén ra quá lớn so với giới hạn an toàn (hơn 512 MB, nén hơn 200 lần, hoặc lớn hơn cỡ chính tệp khai báo) nên không đọc. Hãy kiểm tra lại tệp.",
    "too-many-columns":
      "Có dữ liệu ở quá xa bên phải (quá 1.024 cột), không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại.",
    "too-many-rows":
      "Có dòng vượt giới hạn 1.048.576 dòng của Excel: tệp không do Excel lưu hoặc đã hỏng. Hãy xin đơn vị gửi lại tệp.",
    "too-many-cells":
      "Tệp có quá nhiều ô (hơn 16 triệu ô, tính cả vùng gộp ô) để đọc an toàn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "too-much-text":
      "Tệp có quá nhiều chữ (hơn 64 triệu ký tự, hoặc một đoạn liền hơn 1 triệu ký tự) để đọc an toàn. Hãy kiểm tra lại tệp hoặc chia thành nhiều tệp nhỏ hơn.",
    "too-many-sheets": "Sổ tính có hơn 1.000 trang tính, quá giới hạn. Hãy chia thành nhiều tệp nhỏ hơn.",
    "ambiguous-parts":
      "Cấu trúc tệp không rõ ràng (các phần trùng tên, chỉ khác chữ hoa/thường hoặc lặp lại, hay hai trang dùng chung một phần) nên không biết chắc Excel hiện nội dung nào. Hãy xin đơn vị mở bằng Excel, lưu lại rồi gửi lại.",
    "not-a-file":
      "Đây không phải một tệp thông thường (là thiết bị, đường ống hay socket) nên không đọc. Hãy chỉ đúng tệp .xlsx.",
    "no-access":
      "Không có quyền đọc tệp này. Hãy kiểm tra quyền truy cập, hoặc chép tệp vào thư mục của mình rồi kiểm tra lại.",
    "io-error": "Không đọc được tệp từ ổ đĩa hoặc mạng. Hãy chép tệp vào máy rồi kiểm tra lại.",
    "out-of-memory":
      "Kiểm tra tệp này cần quá nhiều bộ nhớ nên đã dừng; các tệp khác vẫn được kiểm tra. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "internal-error":
      "canbo gặp lỗi ngoài dự kiến với tệp này; các tệp khác vẫn được kiểm tra. Hãy gửi tệp và dòng này cho người phụ trách phần mềm.",
  },
  findings: {
    "no-roster": {
      title: "Không có danh sách",
      message: () =>
        "Trang tính này không có dòng tiêu đề của danh sách cán bộ (Họ và tên, Chức danh…) nên được bỏ qua.",
    },
    "missing-column": {
      title: "Thiếu cột",
      message: (p, _pl, m) =>
        `Danh sách thiếu cột "${m.fields[p.field as keyof typeof m.fields] ?? p.field}".`,
    },
    "duplicate-column": {
      title: "Cột bị trùng",
      message: (p, _pl, m) =>
        `Cột ${p.second} và cột ${p.first} cùng là "${m.fields[p.field as keyof typeof m.fields] ?? p.field}"; chỉ dùng cột ${p.first}.`,
    },
    "unknown-column": {
      title: "Cột chưa nhận biết",
      message: (p) =>
        `Cột ${p.column} "${p.header}" chưa được nhận biết; giá trị của cột vẫn được giữ nguyên.`,
    },
    "missing-value": {
      title: "Thiếu thông tin",
      message: (p, pl, m) =>
        `${at(pl)} chưa có ${lower(m.fields[p.field as keyof typeof m.fields] ?? p.field)}.`,
    },
    "invalid-value": {
      title: "Giá trị không hợp lệ",
      message: (p, pl, m) =>
        `${at(pl)}: giá trị ${lower(m.fields[p.field as keyof typeof m.fields] ?? p.field)} không nhận biết được` +
        (p.expected ? ` (dùng một trong: ${p.expected}).` : "."),
    },
    "invalid-date": {
      title: "Ngày tháng không hợp lệ",
      message: (p, pl, m) =>
        `${at(pl)}: ${lower(m.fields[p.field as keyof typeof m.fields] ?? p.field)} không phải ngày hợp lệ; hãy ghi dạng ngày/tháng/năm (dd/mm/yyyy) hoặc chỉ năm.`,
    },
    "implausible-age": {
      title: "Tuổi bất thường",
      message: (p, pl) =>
        `${at(pl)}: năm ${p.year} người này ${p.age} tuổi, khó đúng với cán bộ công đoàn; hãy kiểm tra ngày sinh.`,
    },
    "invalid-id": {
      title: "Số CCCD sai",
      message: (p, pl) => `${at(pl)}: số CCCD có ${p.digits} chữ số, phải đủ 12 chữ số.`,
    },
    "error-value": {
      title: "Ô có lỗi công thức",
      message: (p, pl, m) =>
        `${at(pl)}: ô ${lower(m.fields[p.field as keyof typeof m.fields] ?? p.field)} đang báo lỗi công thức; hãy nhập lại giá trị.`,
    },
    "legacy-encoding": {
      title: "Chữ mã cũ",
      message: (p, pl) => `${at(pl)}: chữ đang ở bảng mã ${p.encoding} (phông cũ); nên chuyển sang Unicode.`,
    },
    "conflicting-values": {
      title: "Thông tin mâu thuẫn",
      message: (p, pl, m) => {
        const other = `ô ${p.otherCell ?? "khác"} (${lower(m.fields[p.otherField])})`;
        switch (p.reason) {
          case "birth-year-both-genders":
            return `${at(pl)}: năm sinh ghi ở cả cột Nam và cột Nữ (xem ${other}); hãy để năm sinh ở đúng một cột.`;
          case "gender-vs-birth-column":
            return `${at(pl)}: giới tính khác với cột năm sinh Nam/Nữ ở ${other}; hãy sửa ô sai.`;
          case "both-marked":
            return `${at(pl)}: đã đánh dấu cả ô này và ${other}; chỉ đánh dấu một ô.`;
          case "id-gender":
            return `${at(pl)}: số CCCD cho biết người này là ${p.idGender === "nu" ? "nữ" : "nam"}, nhưng ${other} ghi khác; hãy kiểm tra giới tính hoặc số CCCD.`;
          case "id-birth-year":
            return `${at(pl)}: số CCCD cho biết người này sinh năm ${p.idYear}, nhưng ${other} ghi khác; hãy kiểm tra năm sinh hoặc số CCCD.`;
        }
      },
    },
    "duplicate-person": {
      title: "Trùng người",
      message: (p, pl) =>
        `${at(pl)}: "${p.name}" đã có ở ô ${p.otherCell} (trang ${p.otherSheet}); có thể bị nhập hai lần.`,
    },
    "below-standard": {
      title: "Chưa đạt chuẩn chức danh",
      message: (p, pl, m) =>
        `${at(pl)}: chưa đạt tiêu chuẩn ${p.rules.map((r, i) => `${r} (${p.ruleTitles[i]})`).join(", ")} về ${lower(criterionLabel(p.criterion, m))}: yêu cầu ${p.required}, hiện có ${p.actual}.`,
    },
    "future-training": {
      title: "Năm tập huấn sau năm báo cáo",
      message: (p, pl, m) =>
        `${at(pl)}: ${lower(m.fields[p.field as keyof typeof m.fields] ?? p.field)} ghi năm ${p.year}, sau năm báo cáo ${p.reportYear}; chưa tính là đã tập huấn.`,
    },
    "invalid-standard": {
      title: "Tiêu chuẩn không đọc được",
      message: (p, pl) => `${at(pl)} (trang Tiêu chuẩn): ${p.problem}`,
    },
    "unreadable-file": {
      title: "Không đọc được tệp",
      message: (p, pl, m) =>
        (pl.sheet ? `Trang "${pl.sheet}"${pl.cell ? `, ô ${pl.cell}` : ""}: ` : "") +
        m.fileProblems[p.problem] +
        (p.detail ? ` (${p.detail})` : ""),
    },
    "own-report": {
      title: "Báo cáo của canbo",
      message: () => "Tệp này là báo cáo do canbo lập, không phải danh sách của đơn vị, nên được bỏ qua.",
    },
    "count-mismatch": {
      title: "Số người không khớp dòng tổng",
      message: (p, pl) =>
        `${at(pl)}: dòng tổng ghi ${p.stated} người, nhưng danh sách phía trên có ${p.read} người; hãy kiểm tra dòng bị thiếu, thừa hoặc đọc sai.`,
    },
    "hidden-sheet": {
      title: "Trang tính ẩn",
      message: () =>
        "Trang tính này đang ẩn nên không được kiểm tra; nếu có danh sách cần kiểm tra, hãy bỏ ẩn trang.",
    },
    "standard-not-judged": {
      title: "Chưa xét được tiêu chuẩn",
      message: (p, _pl, m) =>
        `Trang tính không có cột ${lower(criterionLabel(p.criterion, m))} nên chưa xét được tiêu chuẩn ${p.rules.join(", ")} về mặt này cho ${p.cadres} người; hãy thêm cột nếu cần đánh giá.`,
    },
  },
};

function lower(s: string): string {
  // Keep abbreviations (STT, CCCD, HĐLĐ) as they are; lower only a leading capital of an ordinary word.
  return /^[A-ZĐ][a-zà-ỹđ]/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

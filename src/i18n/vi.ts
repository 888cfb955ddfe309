import { fieldLabel, lowerFirst, sheetProblemText, type MessagePlace, type Messages } from "../core/messages";
import type { Criterion, CriterionValue } from "../core/standards";
import { STANDARD_WORDS } from "../core/standards/standardLabels";
import {
  CODED_VOCABULARIES,
  EDUCATION_VOCAB,
  POLITICAL_THEORY_VOCAB,
  STATE_MANAGEMENT_VOCAB,
} from "../core/vocab";
import { joinAnd, quote, viLabel } from "./words";

/**
 * The message contract in Vietnamese, as an officer of a federation's organisation department writes: one word
 * for one thing (trang tính, ô, chức danh, đơn vị, sổ làm việc), Excel's own Vietnamese menu names, and every
 * problem ends by saying what to do.
 */

/** The subject of a sentence about a place: "Ô E12", else "Dòng 12", else "Trang tính này". */
const At = (p: MessagePlace) => (p.cell ? `Ô ${p.cell}` : p.row ? `Dòng ${p.row}` : "Trang tính này");
/** The same inside a sentence: "ô E12", "dòng 12", "trang tính này". */
const at = (p: MessagePlace) => (p.cell ? `ô ${p.cell}` : p.row ? `dòng ${p.row}` : "trang tính này");
const field = (f: Parameters<typeof fieldLabel>[0]) => fieldLabel(f, vi, true);
const quotedList = (labels: readonly string[]) => joinAnd(labels.map(quote), "và");
const labels = (words: Readonly<Record<string, string>>) => Object.values(words);

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
    keyCadre: "Cán bộ chủ chốt",
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
  criteria: {
    education: "Trình độ chuyên môn",
    politicalTheory: "Lý luận chính trị",
    stateManagement: "Quản lý nhà nước",
    unionTraining: "Tập huấn nghiệp vụ công đoàn",
    partyMember: "Đảng viên",
    maxAge: "Tuổi",
  },
  place: (p) =>
    p.sheet && p.cell
      ? `Trang tính ${quote(p.sheet)}, ô ${p.cell}`
      : p.sheet
        ? `Trang tính ${quote(p.sheet)}`
        : At(p),
  fileProblems: {
    "not-found": "Không tìm thấy tệp. Hãy kiểm tra lại đường dẫn và tên tệp.",
    "not-a-workbook":
      "Tệp này không phải sổ làm việc Excel (.xlsx). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
    corrupted: "Tệp .xlsx bị hỏng hoặc chưa tải về đủ. Hãy đề nghị đơn vị gửi lại tệp.",
    encrypted:
      "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại.",
    "legacy-xls":
      "Phần mềm không đọc được tệp Excel đời cũ (.xls). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
    ods: "Phần mềm không đọc được tệp LibreOffice (.ods). Hãy mở tệp rồi lưu lại dạng Excel (.xlsx).",
    csv: "Phần mềm không đọc được tệp văn bản (.csv). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
    empty: "Sổ làm việc không có trang tính nào có dữ liệu. Hãy kiểm tra xem đơn vị đã gửi đúng tệp chưa.",
    "no-roster":
      "Tệp không có danh sách cán bộ vì không trang tính nào có dòng tiêu đề (Họ và tên, Chức danh…). Hãy kiểm tra xem đơn vị đã gửi đúng tệp chưa.",
    "too-large": "Tệp lớn hơn 100 MB, vượt giới hạn cho phép. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "zip-bomb":
      "Tệp giải nén ra lớn quá giới hạn an toàn (hơn 512 MB, nén hơn 200 lần, hoặc lớn hơn cỡ chính tệp khai báo) nên không đọc. Hãy đề nghị đơn vị kiểm tra và gửi lại tệp.",
    "too-many-columns":
      "Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại.",
    "too-many-rows":
      "Có dòng vượt giới hạn 1.048.576 dòng của Excel, tức là tệp không do Excel lưu hoặc đã hỏng. Hãy đề nghị đơn vị gửi lại tệp.",
    "too-many-cells":
      "Tệp có quá nhiều ô (hơn 16 triệu ô, tính cả vùng gộp ô) để đọc an toàn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "too-much-text":
      "Tệp có quá nhiều chữ (hơn 64 triệu ký tự, hoặc một đoạn liền hơn 1 triệu ký tự) để đọc an toàn. Hãy kiểm tra lại tệp hoặc chia thành nhiều tệp nhỏ hơn.",
    "too-many-sheets":
      "Sổ làm việc có hơn 1.000 trang tính, vượt giới hạn. Hãy chia thành nhiều tệp nhỏ hơn.",
    "ambiguous-parts":
      "Cấu trúc tệp không rõ ràng (có các phần trùng tên hoặc chỉ khác chữ hoa, chữ thường, hay hai trang tính dùng chung một phần) nên không biết chắc Excel hiển thị nội dung nào. Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại.",
    "not-a-file":
      "Đây không phải một tệp thông thường (mà là thiết bị hoặc kênh truyền dữ liệu) nên không đọc. Hãy chỉ đúng tệp .xlsx.",
    "no-access":
      "Không có quyền đọc tệp này. Hãy kiểm tra quyền truy cập, hoặc chép tệp vào thư mục của mình rồi kiểm tra lại.",
    "io-error": "Không đọc được tệp từ ổ đĩa hoặc mạng. Hãy chép tệp vào máy rồi kiểm tra lại.",
    "out-of-memory":
      "Kiểm tra tệp này cần quá nhiều bộ nhớ nên đã dừng; các tệp khác vẫn được kiểm tra. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
    "internal-error":
      "canbo gặp lỗi ngoài dự kiến với tệp này; các tệp khác vẫn được kiểm tra. Hãy gửi tệp và thông báo này cho người phụ trách phần mềm.",
  },
  failures: {
    "not-owned": (sheet) =>
      `Sổ làm việc đã có trang tính ${quote(sheet)} không do canbo lập nên canbo không ghi đè. Hãy đổi tên trang tính đó (bấm chuột phải vào tên trang tính > Đổi tên) rồi thử lại.`,
    protected: (sheet) =>
      `Trang tính ${quote(sheet)} đang được bảo vệ nên không tô màu được. Hãy bỏ bảo vệ (thẻ Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại.`,
    "sheet-missing": (sheet) =>
      `Không còn trang tính ${quote(sheet)} trong sổ làm việc (có thể vừa bị xóa hoặc đổi tên). Hãy kiểm tra lại để cập nhật danh sách trang tính.`,
    "cell-editing": () =>
      "Excel đang ở chế độ sửa ô (con trỏ còn nằm trong một ô) nên canbo chưa làm được. Hãy bấm Enter hoặc Esc để ra khỏi ô rồi thử lại.",
    unexpected: "Có lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp cho người phụ trách phần mềm.",
  },
  sheetProblems: {
    "no-header": ({ table }) =>
      table === "standards"
        ? `Không thấy dòng tiêu đề của bảng tiêu chuẩn trong 30 dòng đầu. Hãy giữ dòng tiêu đề có các cột ${quotedList(["Mã", "Tên tiêu chuẩn"])} như mẫu.`
        : table === "finance"
          ? `Không thấy dòng tiêu đề của bảng kinh phí trong 30 dòng đầu. Hãy ghi dòng tiêu đề gồm các cột ${quotedList(["Năm", "Tổng kinh phí công đoàn", "Chi đào tạo, bồi dưỡng"])}.`
          : `Không thấy dòng tiêu đề của bảng phụ lục trong 30 dòng đầu. Hãy ghi dòng tiêu đề gồm các cột ${quotedList(["Năm", "Đối tượng", "Số lượng", "Đơn vị thực hiện", "Nội dung"])}.`,
    "missing-columns": ({ columns }) =>
      `Bảng tiêu chuẩn thiếu cột ${quotedList(columns)}. Hãy thêm cột theo mẫu (nút “Chèn mẫu tiêu chuẩn”).`,
    "missing-id": () => "Dòng này có nội dung nhưng chưa ghi mã tiêu chuẩn. Hãy ghi một mã riêng, ví dụ S5.",
    "duplicate-id": ({ id, first }) =>
      `Mã tiêu chuẩn ${quote(id)} trùng với ô ${first}. Hãy đặt cho mỗi tiêu chuẩn một mã riêng.`,
    "unknown-levels": ({ text }) =>
      `${text ? `Không hiểu cấp công đoàn ${quote(text)}.` : "Chưa ghi cấp công đoàn áp dụng."} Hãy ghi ${quote(STANDARD_WORDS.all)} hoặc một số cấp trong ${quotedList(labels(STANDARD_WORDS.level))}, cách nhau bằng dấu phẩy.`,
    "unknown-positions": ({ text }) =>
      `${text ? `Không hiểu chức danh ${quote(text)}.` : "Chưa ghi chức danh áp dụng."} Hãy ghi ${quote(STANDARD_WORDS.all)} hoặc một số chức danh trong ${quotedList(labels(STANDARD_WORDS.position))}, cách nhau bằng dấu phẩy.`,
    "unknown-employment": ({ text }) =>
      `Không hiểu ${quote(text)} ở cột Chuyên trách. Hãy ghi ${quotedList(labels(STANDARD_WORDS.employment))}, hoặc để trống nếu tiêu chuẩn áp dụng cho cả hai.`,
    "unknown-minimum": ({ criterion, text }, m) =>
      `Không hiểu mức ${lowerFirst(m.criteria[criterion])} tối thiểu ${quote(text)}. Hãy ghi một trong các mức ${quotedList(labels(STANDARD_WORDS[criterion]))}, hoặc để trống nếu không yêu cầu.`,
    "unknown-yes": ({ criterion, text }, m) =>
      `Cột ${m.criteria[criterion]} chỉ ghi ${quote(STANDARD_WORDS.yes)} (bắt buộc) hoặc để trống, nhưng ô này ghi ${quote(text)}. Hãy sửa lại.`,
    "unknown-age": ({ text }) =>
      `Tuổi tối đa ${quote(text)} không đọc được. Hãy ghi một số tuổi từ 18 đến 100, ví dụ 60.`,
    "no-requirement": ({ id }) =>
      `Tiêu chuẩn ${id} chưa có yêu cầu nào. Hãy điền ít nhất một cột, từ ${quote("Trình độ chuyên môn tối thiểu")} đến ${quote("Tuổi tối đa")}.`,
    "not-a-year": ({ text }) => `${quote(text)} không phải là năm. Hãy ghi năm đủ bốn chữ số, ví dụ 2019.`,
    "no-year": () => "Dòng này chưa có năm, các dòng phía trên cũng không có. Hãy ghi năm thực hiện.",
    "not-money": ({ column }) =>
      column === "funds"
        ? "Tổng kinh phí công đoàn phải là một số tiền (đồng). Hãy ghi số, ví dụ 5.200.000.000."
        : "Chi đào tạo, bồi dưỡng phải là một số tiền (đồng). Hãy ghi số, ví dụ 780.000.000.",
    "not-a-count": ({ text }) => `Số lượng ${quote(text)} không phải là một số. Hãy ghi số người, ví dụ 600.`,
  },
  findings: {
    "no-roster": {
      title: "Không có danh sách cán bộ",
      message: () =>
        "Trang tính này không có dòng tiêu đề của danh sách cán bộ (Họ và tên, Chức danh…) nên không được kiểm tra. Nếu đây là danh sách, hãy thêm dòng tiêu đề cột.",
    },
    "missing-column": {
      title: "Thiếu cột",
      message: (p) =>
        `Danh sách không có cột ${quote(vi.fields[p.field])}. Hãy thêm cột này rồi kiểm tra lại.`,
    },
    "duplicate-column": {
      title: "Hai cột trùng nội dung",
      message: (p) =>
        `Cột ${p.second} và cột ${p.first} cùng là cột ${quote(vi.fields[p.field])}. Phần mềm chỉ đọc cột ${p.first}, cột ${p.second} được giữ nguyên; hãy xóa cột thừa hoặc sửa lại tiêu đề.`,
    },
    "unknown-column": {
      title: "Cột ngoài mẫu",
      message: (p) =>
        `Cột ${p.column} ${quote(p.header)} không thuộc các cột phần mềm kiểm tra nên được giữ nguyên. Nếu đây là cột cần kiểm tra, hãy sửa tiêu đề cho đúng (ví dụ “Chức danh”, “Đơn vị”).`,
    },
    "missing-value": {
      title: "Thiếu thông tin",
      message: (p, pl) => `${At(pl)} chưa ghi ${field(p.field)}. Hãy bổ sung.`,
    },
    "invalid-value": {
      title: "Giá trị không hợp lệ",
      message: (p, pl) =>
        `Phần mềm không nhận ra ${field(p.field)} ghi ở ${at(pl)}.` +
        (p.choices
          ? ` Hãy ghi một trong các giá trị ${quotedList(CODED_VOCABULARIES[p.choices].entries.map((e) => e.vi))}.`
          : " Hãy sửa lại cho đúng (xem gợi ý, nếu có)."),
    },
    "invalid-date": {
      title: "Ngày, năm sinh không hợp lệ",
      message: (p, pl) =>
        p.field === "birthDate"
          ? `${At(pl)} ghi ngày sinh không hợp lệ. Hãy ghi theo dạng ngày/tháng/năm (ví dụ 05/02/1975) hoặc chỉ ghi năm sinh.`
          : `${At(pl)} ghi năm sinh không hợp lệ. Hãy ghi năm sinh đủ bốn chữ số, ví dụ 1975.`,
    },
    "implausible-age": {
      title: "Tuổi bất thường",
      message: (p, pl) =>
        (p.age < 0
          ? `Theo ${at(pl)}, người này sinh sau năm báo cáo ${p.year}.`
          : `Theo ${at(pl)}, năm ${p.year} người này ${p.age < 18 ? "mới" : "đã"} ${p.age} tuổi, không phù hợp với độ tuổi của cán bộ công đoàn.`) +
        " Hãy kiểm tra lại ngày sinh.",
    },
    "invalid-id": {
      title: "Số CCCD không đúng",
      message: (p, pl) =>
        `${At(pl)} ghi số CCCD gồm ${p.digits} chữ số, trong khi số CCCD phải đủ 12 chữ số.` +
        (p.digits === 11
          ? " Có thể Excel đã bỏ mất số 0 ở đầu; hãy định dạng ô là Văn bản (bấm chuột phải > Định dạng Ô > Văn bản) rồi ghi lại đủ 12 số."
          : " Hãy kiểm tra lại số CCCD."),
    },
    "error-value": {
      title: "Ô báo lỗi công thức",
      message: (p, pl) =>
        `${At(pl)} đang báo lỗi công thức thay cho ${field(p.field)}. Hãy nhập lại giá trị hoặc sửa công thức.`,
    },
    "legacy-encoding": {
      title: "Phông chữ cũ (TCVN3, VNI)",
      message: (p, pl) =>
        `${At(pl)} được gõ bằng bảng mã ${p.encoding} (phông chữ cũ); phần mềm vẫn đọc được nội dung. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) để phần mềm khác cũng đọc đúng.`,
    },
    "conflicting-values": {
      title: "Thông tin mâu thuẫn",
      message: (p, pl) => {
        const other = p.otherCell
          ? `ô ${p.otherCell} (cột ${quote(vi.fields[p.otherField])})`
          : `cột ${quote(vi.fields[p.otherField])}`;
        switch (p.reason) {
          case "birth-year-both-genders":
            return `${At(pl)} và ${other} cùng ghi năm sinh, một ở cột Nam và một ở cột Nữ. Hãy để năm sinh ở đúng một cột theo giới tính.`;
          case "gender-vs-birth-column":
            return `${At(pl)} ghi giới tính không khớp với ${other}. Hãy sửa ô ghi sai.`;
          case "both-marked":
            return `${At(pl)} và ${other} đều được đánh dấu. Hãy chỉ đánh dấu một ô.`;
          case "id-gender":
            return `Số CCCD ở ${at(pl)} cho biết người này là ${p.idGender === "nu" ? "nữ" : "nam"}, nhưng ${other} ghi khác. Hãy kiểm tra lại giới tính hoặc số CCCD.`;
          case "id-birth-year":
            return `Số CCCD ở ${at(pl)} cho biết người này sinh năm ${p.idYear}, nhưng ${other} ghi khác. Hãy kiểm tra lại năm sinh hoặc số CCCD.`;
        }
      },
    },
    "duplicate-person": {
      title: "Có thể trùng người",
      message: (p, pl) =>
        `${quote(p.name)} ở ${at(pl)} đã có ở ô ${p.otherCell}, trang tính ${quote(p.otherSheet)}` +
        (p.otherFile ? ` của tệp ${p.otherFile}` : "") +
        ". Có thể người này được nhập hai lần; hãy kiểm tra và bỏ dòng thừa.",
    },
    "below-standard": {
      title: "Chưa đạt tiêu chuẩn chức danh",
      message: (p, pl) => {
        const rules = p.rules.map((r, i) =>
          p.ruleTitles[i] && p.ruleTitles[i] !== r ? `${r} (${p.ruleTitles[i]})` : r,
        );
        const who = pl.row ? `Cán bộ ở dòng ${pl.row}` : `Cán bộ ở ${at(pl)}`;
        const what = lowerFirst(vi.criteria[p.criterion]);
        const head = `${who} chưa đạt tiêu chuẩn ${rules.join(", ")} về ${what}: yêu cầu ${required(p.required)}`;
        if (p.actual.kind === "unknown")
          return `${head}, nhưng danh sách chưa ghi ${UNSAID[p.criterion]}. Hãy bổ sung thông tin này.`;
        const next =
          p.criterion === "partyMember" || p.criterion === "maxAge"
            ? "Hãy kiểm tra lại thông tin này."
            : "Hãy kiểm tra lại thông tin, hoặc đưa người này vào kế hoạch đào tạo, bồi dưỡng.";
        return `${head}, ${actual(p.actual)}. ${next}`;
      },
    },
    "future-training": {
      title: "Năm tập huấn sau năm báo cáo",
      message: (p, pl) =>
        `${At(pl)} ghi năm ${p.year} ở cột ${quote(vi.fields[p.field])}, sau năm báo cáo ${p.reportYear}, nên chưa tính là đã tập huấn trong năm ${p.reportYear}. Nếu ghi nhầm, hãy sửa lại năm.`,
    },
    "invalid-standard": {
      title: "Lỗi ở trang tính Tiêu chuẩn",
      message: (p, pl) =>
        `${vi.place({ sheet: pl.sheet, cell: pl.cell })}: ${sheetProblemText(p.problem, vi)} Dòng này không được dùng để đánh giá cho đến khi sửa xong.`,
    },
    "unreadable-file": {
      title: "Không dùng được tệp",
      message: (p, pl) =>
        vi.fileProblems[p.problem] +
        (p.detail ? ` (Chi tiết kỹ thuật: ${quote(p.detail)}.)` : "") +
        (pl.sheet ? ` Vị trí: ${lowerFirst(vi.place(pl))}.` : ""),
    },
    "count-mismatch": {
      title: "Số người không khớp dòng tổng",
      message: (p, pl) =>
        `${At(pl)} (dòng tổng) ghi ${p.stated} người, nhưng phía trên đọc được ${p.read} người. Hãy kiểm tra xem có dòng nào bị thiếu, thừa hoặc ghi sai.`,
    },
    "hidden-sheet": {
      title: "Trang tính ẩn",
      message: () =>
        "Trang tính này đang ẩn nên không được kiểm tra. Nếu trang tính có danh sách cần kiểm tra, hãy bỏ ẩn (bấm chuột phải vào tên một trang tính > Bỏ ẩn) rồi kiểm tra lại.",
    },
    "standard-not-judged": {
      title: "Chưa xét được tiêu chuẩn",
      message: (p) =>
        `Trang tính không có cột ${lowerFirst(vi.criteria[p.criterion])} nên chưa xét được tiêu chuẩn ${p.rules.join(", ")} về mặt này cho ${p.cadres} người. Nếu cần đánh giá, hãy thêm cột này.`,
    },
    "own-report": {
      title: "Báo cáo do canbo lập",
      message: () =>
        "Tệp này là báo cáo do canbo lập, không phải danh sách của đơn vị, nên được bỏ qua. Nếu cần kiểm tra, hãy chọn tệp danh sách gốc.",
    },
  },
  checkSheets: {
    findingsTitle: (year) => `KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM ${year}`,
    checkedOn: (date) => `(Ngày kiểm tra: ${date})`,
    findingsHeaders: [
      "STT",
      "Tệp",
      "Trang tính",
      "Ô",
      "Mức độ",
      "Loại",
      "Nội dung",
      "Giá trị trong ô",
      "Gợi ý sửa",
      "Mã",
    ],
    noFindings: "Không phát hiện sai sót nào.",
    moreFindings: (count) =>
      `… và ${count.toLocaleString("vi-VN")} phát hiện khác của tệp này không ghi ở đây (trang tính chỉ ghi một phần khi có quá nhiều). Hãy xem đủ bằng lệnh canbo check --json hoặc trong ngăn kết quả.`,
    summaryTitle: "TÓM TẮT KẾT QUẢ KIỂM TRA",
    summaryDate: (year, date) => `(Năm báo cáo: ${year} — ngày ${date})`,
    summaryFileHeaders: ["Tệp", "Trang tính", "Dòng tiêu đề", "Số cán bộ", "Lỗi", "Cảnh báo", "Thông tin"],
    summaryKindHeaders: ["Loại phát hiện", "Mức độ", "Số lượng", "Mã"],
  },
};

/** What the roster leaves unsaid, after "danh sách chưa ghi". */
const UNSAID: Readonly<Record<Criterion, string>> = {
  education: "trình độ chuyên môn",
  politicalTheory: "trình độ lý luận chính trị",
  stateManagement: "trình độ quản lý nhà nước",
  unionTraining: "việc tập huấn nghiệp vụ công đoàn",
  partyMember: "người này có phải đảng viên không",
  maxAge: "năm sinh",
};

/** What a standard asks, after "yêu cầu". */
function required(v: CriterionValue): string {
  switch (v.kind) {
    case "education":
    case "politicalTheory":
    case "stateManagement":
      return `từ ${level(v)} trở lên`;
    case "trained":
      return "đã tập huấn nghiệp vụ công đoàn";
    case "party-member":
      return "là đảng viên";
    case "age":
      return `không quá ${v.age} tuổi`;
    default:
      return actual(v);
  }
}

/** What the roster says, after "yêu cầu …,". */
function actual(v: CriterionValue): string {
  switch (v.kind) {
    case "unknown":
      return "danh sách chưa ghi";
    case "education":
    case "politicalTheory":
    case "stateManagement":
      return `hiện là ${level(v)}`;
    case "trained":
      return v.late ? `tập huấn năm ${v.year}, sau năm báo cáo` : "đã tập huấn";
    case "not-trained":
      return "danh sách ghi chưa tập huấn";
    case "party-member":
      return v.late ? `vào Đảng năm ${v.year}, sau năm báo cáo` : "là đảng viên";
    case "not-party-member":
      return "danh sách ghi không phải đảng viên";
    case "age":
      return `người này ${v.age} tuổi`;
  }
}

/** A level on its scale, quoted: “Đại học”. */
function level(
  v: Extract<CriterionValue, { kind: "education" | "politicalTheory" | "stateManagement" }>,
): string {
  if (v.kind === "education") return viLabel(EDUCATION_VOCAB, v.code);
  if (v.kind === "politicalTheory") return viLabel(POLITICAL_THEORY_VOCAB, v.code);
  return viLabel(STATE_MANAGEMENT_VOCAB, v.code);
}

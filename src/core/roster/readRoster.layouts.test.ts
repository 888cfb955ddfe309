import { extraValue } from "../cadre";
import type { CellArea, CellValue, Grid } from "../grid";
import { readRoster, type RosterSheet } from "./readRoster";
import { toTcvn3 } from "../../../test/helpers/legacyText";

// Each grid is typed by hand the way a unit's clerk lays out a roster; expected cells are read off the layout.
const YEAR = 2019;

function grid(values: CellValue[][], merges: CellArea[] = [], fonts?: (string | undefined)[][]): Grid {
  return { name: "DS", values, merges, fonts };
}

const read = (g: Grid): RosterSheet => readRoster(g, { year: YEAR });
const found = (s: RosterSheet, severities = ["error", "warning"]) =>
  s.findings
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.cell ?? "-"} ${f.code}${f.suggestion ? ` → ${f.suggestion}` : ""}`);

describe("readRoster on rosters as units send them", () => {
  it("reads a sheet typed in TCVN3 throughout: header decoded first, every converted cell an info", () => {
    const H = ".VnTimeH";
    const T = ".VnTime";
    const rows: CellValue[][] = [
      [toTcvn3("LĐLĐ HUYỆN BA TRI"), "", "", "", ""],
      [toTcvn3("DANH SÁCH CÁN BỘ CÔNG ĐOÀN"), "", "", "", ""],
      ["STT", toTcvn3("Họ và tên"), toTcvn3("Năm sinh"), toTcvn3("Chức danh"), toTcvn3("Đơn vị")],
      [1, toTcvn3("Nguyễn Thị Hoa"), 1980, toTcvn3("Chủ tịch"), toTcvn3("CĐCS Trường THCS An Thới")],
      [2, toTcvn3("Trần Văn Bình"), 1975, toTcvn3("Phó Chủ tịch"), toTcvn3("CĐCS Trường THCS An Thới")],
      [3, toTcvn3("Lê Văn Cường"), 1979, "UVBCH", toTcvn3("CĐCS Trường THCS An Thới")],
    ];
    const fonts = rows.map((_, r) => (r <= 2 ? [H, H, H, H, H] : [T, T, T, T, T]));
    const sheet = read(grid(rows, [], fonts));
    expect(sheet.header?.top).toBe(2);
    expect(sheet.cadres.map((c) => c.fullName)).toEqual(["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Văn Cường"]);
    expect(sheet.cadres[0].positions).toEqual(["chu-tich"]);
    expect(sheet.cadres[0].unit).toBe("CĐCS Trường THCS An Thới");
    // Whole sheet legacy: no warning, each converted cell an info with its Unicode text. (A grassroots roster
    // without a "Chuyên trách" column lists part-time cadres: no missing column.)
    expect(found(sheet)).toEqual([]);
    const legacy = sheet.findings.filter((f) => f.code === "legacy-encoding");
    expect(legacy.every((f) => f.severity === "info")).toBe(true);
    // Header: B3, C3, D3, E3 ("STT" is plain letters, but drawn by .VnTimeH it reads the same); data: B, D, E × 3 − D6.
    expect(legacy.map((f) => f.cell).sort()).toEqual(
      ["B3", "C3", "D3", "E3", "B4", "D4", "E4", "B5", "D5", "E5", "B6", "E6"].sort(),
    );
    expect(legacy.find((f) => f.cell === "C3")?.suggestion).toBe("NĂM SINH");
    expect(legacy.find((f) => f.cell === "B4")?.suggestion).toBe("Nguyễn Thị Hoa");
  });

  it("reads a sheet in VNI with no font to say so, by its text", () => {
    const rows: CellValue[][] = [
      ["STT", "Hoï vaø teân", "Naêm sinh", "Chöùc danh", "Ñôn vò", "Chuyeân traùch"],
      [1, "Nguyeãn Thò Hoa", 1980, "Chuû tòch", "CÑCS Tröôøng THCS An Thôùi", "x"],
    ];
    const sheet = read(grid(rows));
    expect(sheet.cadres.map((c) => [c.fullName, c.positions, c.unit, c.employment])).toEqual([
      ["Nguyễn Thị Hoa", ["chu-tich"], "CĐCS Trường THCS An Thới", "chuyen-trach"],
    ]);
    expect(
      sheet.findings.filter((f) => f.code === "legacy-encoding").every((f) => f.severity === "info"),
    ).toBe(true);
  });

  it("warns of one TCVN3 cell in a Unicode sheet, with its Unicode text", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Đơn vị", "Cấp", "Chuyên trách"],
      [1, "Nguyễn Văn An", 1980, "Chủ tịch", "CĐCS Trường A", "Cơ sở", ""],
      [2, "TrÇn ThÞ B×nh", 1982, "Phó Chủ tịch", "CĐCS Trường A", "Cơ sở", ""],
      [3, "Lê Văn Cường", 1979, "UVBCH", "CĐCS Trường A", "Cơ sở", ""],
    ];
    const sheet = read(grid(rows));
    expect(found(sheet)).toEqual(["B3 legacy-encoding → Trần Thị Bình"]);
  });

  it("skips split sections, subtotals, notes; checks stated counts against the rows of their block", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Chuyên trách"],
      ["A/", "KHỐI HUYỆN", "", "", ""],
      ["I", "LĐLĐ HUYỆN BA TRI", "", "", ""],
      [1, "Nguyễn Văn An", 1975, "Chủ tịch", "x"],
      [2, "Trần Thị Bình", 1982, "Phó Chủ tịch", "x"],
      ["", "Cộng I: 2 người", "", "", ""],
      ["II", "LĐLĐ HUYỆN CHỢ LÁCH", "", "", ""],
      [1, "Lê Văn Cường", 1980, "Chủ tịch", "x"],
      ["", "Cộng II: 2 người", "", "", ""],
      ["", "Cộng A", "", "", ""],
      ["B/", "CÔNG ĐOÀN NGÀNH", "", "", ""],
      ["I", "Công đoàn ngành Giáo dục", "", "", ""],
      [1, "Phạm Thị Dung", 1970, "Chủ tịch", "x"],
      ["", "Cộng (A+B)", "", "", ""],
      ["", "Tổng cộng: 4 người", "", "", ""],
      ["Ghi chú:", "", "", "", ""],
      ["", "- Cột (5): đánh dấu x nếu là cán bộ chuyên trách", "", "", ""],
      ["", "* Số liệu tính đến 30/11/2019", "", "", ""],
    ];
    const sheet = read(grid(rows));
    expect(sheet.cadres.map((c) => [c.row, c.upperUnit])).toEqual([
      [4, "LĐLĐ HUYỆN BA TRI"],
      [5, "LĐLĐ HUYỆN BA TRI"],
      [8, "LĐLĐ HUYỆN CHỢ LÁCH"],
      [13, "Công đoàn ngành Giáo dục"],
    ]);
    expect(sheet.cadres.every((c) => c.level === "tren-co-so")).toBe(true);
    // No "Biên chế/HĐLĐ" column: many rosters have none, and the sheet then simply does not say.
    expect(found(sheet)).toEqual(["B9 count-mismatch"]);
    expect(sheet.findings.find((f) => f.code === "count-mismatch")?.params).toEqual({ stated: 2, read: 1 });
  });

  it("reads a second table under a repeated header, in its own layout", () => {
    const rows: CellValue[][] = [
      ["DANH SÁCH BAN CHẤP HÀNH"],
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Đơn vị", "Cấp", "Chuyên trách"],
      [1, "Nguyễn Văn An", 1975, "Chủ tịch", "CĐCS Trường A", "Cơ sở", ""],
      [2, "Trần Thị Bình", 1982, "Phó Chủ tịch", "CĐCS Trường A", "Cơ sở", ""],
      [],
      ["DANH SÁCH ỦY BAN KIỂM TRA"],
      ["STT", "Chức danh", "Họ và tên", "Đơn vị", "Cấp", "Năm sinh", "Chuyên trách"],
      [1, "Chủ nhiệm UBKT", "Lê Văn Cường", "CĐCS Trường A", "Cơ sở", 1980, ""],
      [2, "Ủy viên UBKT", "Phạm Thị Dung", "CĐCS Trường A", "Cơ sở", 1985, ""],
    ];
    const sheet = read(grid(rows));
    expect(sheet.cadres.map((c) => [c.row, c.fullName, c.positions[0], c.birthDate?.year])).toEqual([
      [3, "Nguyễn Văn An", "chu-tich", 1975],
      [4, "Trần Thị Bình", "pho-chu-tich", 1982],
      [8, "Lê Văn Cường", "chu-nhiem-ubkt", 1980],
      [9, "Phạm Thị Dung", "uv-ubkt", 1985],
    ]);
    expect(found(sheet)).toEqual([]);
  });

  it("reads a three-row header with mark columns, a split name and job titles that are not the union post", () => {
    // Row 1: groups; row 2: sub-groups; row 3: marks. Merges as a clerk makes them.
    const rows: CellValue[][] = [
      [
        "STT",
        "Họ và tên",
        "",
        "Thông tin cá nhân",
        "",
        "",
        "Chức vụ",
        "",
        "Loại cán bộ",
        "",
        "Trình độ",
        "",
        "",
      ],
      [
        "",
        "",
        "",
        "Năm sinh",
        "Giới tính",
        "",
        "Công đoàn",
        "Chính quyền",
        "",
        "",
        "Chuyên môn",
        "LLCT",
        "QLNN",
      ],
      ["", "Họ đệm", "Tên", "", "Nam", "Nữ", "", "", "Chuyên trách", "Không chuyên trách", "", "", ""],
      [1, "Nguyễn Thị", "Hoa", 1980, "", "x", "Chủ tịch", "Hiệu trưởng", "", "x", "ĐHSP", "Sơ cấp", ""],
      [2, "Trần Văn", "Bình", 1975, "x", "", "UVBCH", "Giáo viên", "", "x", "CĐSP", "", ""],
      [3, "Lê Thị", "", 1979, "", "x", "UVBCH", "Giáo viên", "", "x", "Đại hcọ", "", ""],
      [4, "Võ Văn", "Dũng", 1977, "x", "x", "Ủy viên UBKTT", "Kế toán", "", "", "Đại học", "", ""],
    ];
    const merges: CellArea[] = [
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 0, left: 6, bottom: 0, right: 7 },
      { top: 1, left: 6, bottom: 2, right: 6 },
      { top: 1, left: 7, bottom: 2, right: 7 },
      { top: 0, left: 8, bottom: 1, right: 9 },
      { top: 0, left: 10, bottom: 0, right: 12 },
      { top: 1, left: 10, bottom: 2, right: 10 },
      { top: 1, left: 11, bottom: 2, right: 11 },
      { top: 1, left: 12, bottom: 2, right: 12 },
    ];
    const sheet = read(grid(rows, merges));
    expect([sheet.header?.top, sheet.header?.bottom, sheet.header?.firstDataRow]).toEqual([0, 2, 3]);
    expect(sheet.columns).toMatchObject({
      familyName: 1,
      givenName: 2,
      birthDate: 3,
      genderMaleMark: 4,
      genderFemaleMark: 5,
      position: 6,
      jobTitle: 7,
      fullTimeMark: 8,
      partTimeMark: 9,
      education: 10,
      politicalTheory: 11,
      stateManagement: 12,
    });
    // The post at the workplace is kept as written, with the header it came from.
    expect(
      sheet.cadres.map((c) => [
        c.fullName,
        c.gender,
        c.employment,
        c.education,
        extraValue(c, "Chức vụ / Chính quyền"),
      ]),
    ).toEqual([
      ["Nguyễn Thị Hoa", "nu", "khong-chuyen-trach", "dai-hoc", "Hiệu trưởng"],
      ["Trần Văn Bình", "nam", "khong-chuyen-trach", "cao-dang", "Giáo viên"],
      ["Lê Thị", "nu", "khong-chuyen-trach", undefined, "Giáo viên"],
      ["Võ Văn Dũng", undefined, undefined, "dai-hoc", "Kế toán"],
    ]);
    // No unit or level column, no section and no title: the sheet says nothing of where these people work.
    expect(found(sheet).sort()).toEqual(
      [
        "A1 missing-column",
        "A1 missing-column",
        "C6 missing-value",
        "K6 invalid-value → Đại học",
        "F7 conflicting-values",
        "G7 invalid-value → Ủy viên UBKT",
        "I7 missing-value",
      ].sort(),
    );
  });

  it("reads 'Họ và tên' merged over two columns as family and given name", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "", "Năm sinh", "Chức vụ"],
      [1, "Nguyễn Văn", "An", 1975, "Chủ tịch"],
    ];
    const sheet = read(grid(rows, [{ top: 0, left: 1, bottom: 0, right: 2 }]));
    expect(sheet.cadres[0].fullName).toBe("Nguyễn Văn An");
    expect(found(sheet).filter((f) => f.includes("duplicate-column"))).toEqual([]);
  });

  it("gives a unit merged down over its people to each of them, reporting a bad merged value once", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Đơn vị", "Cấp", "Chuyên trách"],
      [1, "Nguyễn Văn An", 1975, "Chủ tịch", "CĐCS Trường A", "Xã", ""],
      [2, "Trần Thị Bình", 1982, "UVBCH", "", "", ""],
      [3, "Lê Văn Cường", 1979, "UVBCH", "", "", ""],
      [4, "Phạm Thị Dung", 1985, "Chủ tịch", "CĐCS Công ty B", "Cơ sở", ""],
      [5, "Võ Văn Em", 1986, "UVBCH", "", "", ""],
    ];
    const merges: CellArea[] = [
      { top: 1, left: 4, bottom: 3, right: 4 },
      { top: 1, left: 5, bottom: 3, right: 5 },
      { top: 4, left: 4, bottom: 5, right: 4 },
      { top: 4, left: 5, bottom: 5, right: 5 },
    ];
    const sheet = read(grid(rows, merges));
    expect(sheet.cadres.map((c) => c.unit)).toEqual([
      "CĐCS Trường A",
      "CĐCS Trường A",
      "CĐCS Trường A",
      "CĐCS Công ty B",
      "CĐCS Công ty B",
    ]);
    expect(sheet.cadres.map((c) => c.level)).toEqual([undefined, undefined, undefined, "co-so", "co-so"]);
    expect(found(sheet)).toEqual(["F2 invalid-value"]);
  });

  it("cross-checks sex and birth year against the CCCD, at the CCCD cell", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "", "Số CCCD", "Chức danh"],
      ["", "", "Nam", "Nữ", "", ""],
      [1, "Nguyễn Văn An", 1975, "", "083075000123", "Chủ tịch"],
      [2, "Trần Thị Bình", "", 1982, "083182000456", "UVBCH"],
      [3, "Lê Văn Cường", 1980, "", "083180000789", "UVBCH"], // digit 4 says female
      [4, "Phạm Thị Dung", "", 1985, "083186000111", "UVBCH"], // digits 5-6 say 1986
      [5, "Võ Thị Em", "", 2001, "083301000222", "UVBCH"], // born 2001, female: digit 4 = 3
      [6, "Huỳnh Văn Phúc", "05/01/79", "", "083079000333", "UVBCH"],
    ];
    const merges: CellArea[] = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
      { top: 0, left: 4, bottom: 1, right: 4 },
      { top: 0, left: 5, bottom: 1, right: 5 },
    ];
    const sheet = read(grid(rows, merges));
    expect(found(sheet).filter((f) => !f.includes("missing-column"))).toEqual([
      "E5 conflicting-values",
      "E6 conflicting-values",
    ]);
    const [gender, year] = sheet.findings.filter((f) => f.code === "conflicting-values");
    expect(gender.params).toMatchObject({ reason: "id-gender", otherCell: "C5", idGender: "nu" });
    expect(year.params).toMatchObject({ reason: "id-birth-year", otherCell: "D6", idYear: 1986 });
    expect(sheet.cadres[5].birthDate).toEqual({ year: 1979, month: 1, day: 5 });
  });

  it("reads a birth year of 1890 as a year (an implausible age), not as a date to retype", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh"],
      [1, "Nguyễn Văn An", 1890, "Chủ tịch"],
      [2, "Trần Thị Bình", "1890", "UVBCH"],
    ];
    expect(found(read(grid(rows))).filter((f) => !f.includes("missing-column"))).toEqual([
      "C2 implausible-age",
      "C3 implausible-age",
    ]);
  });

  it("takes the unit of a one-unit roster from its title block when no column gives it", () => {
    const rows: CellValue[][] = [
      ["LĐLĐ HUYỆN BA TRI", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["CĐCS TRƯỜNG THCS AN THỚI", "", "", "Độc lập - Tự do - Hạnh phúc"],
      ["DANH SÁCH BAN CHẤP HÀNH NHIỆM KỲ 2018-2023"],
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Chuyên trách"],
      [1, "Nguyễn Văn An", 1975, "Chủ tịch", ""],
      [2, "Trần Thị Bình", 1982, "Phó Chủ tịch", ""],
    ];
    const sheet = read(grid(rows));
    expect(sheet.cadres.map((c) => [c.unit, c.upperUnit, c.level, c.employment])).toEqual([
      ["CĐCS TRƯỜNG THCS AN THỚI", "LĐLĐ HUYỆN BA TRI", "co-so", "khong-chuyen-trach"],
      ["CĐCS TRƯỜNG THCS AN THỚI", "LĐLĐ HUYỆN BA TRI", "co-so", "khong-chuyen-trach"],
    ]);
    expect(found(sheet)).toEqual([]);
  });

  it("takes a CĐCS named in the title under an upper union's heading as the unit, at the grassroots level", () => {
    const rows: CellValue[][] = [
      ["CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["DANH SÁCH BAN CHẤP HÀNH CĐCS CÔNG TY TNHH MAY VIỆT TIẾN NHIỆM KỲ 2023-2028"],
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Trình độ chuyên môn"],
      [1, "Nguyễn Thị Út", 1985, "Chủ tịch", "Đại học"],
      // A grassroots vice-chair with a college degree meets the standards; at the upper level S2 would ask đại học.
      [2, "Lâm Văn Vũ", 1990, "Phó Chủ tịch", "Cao đẳng"],
    ];
    const sheet = read(grid(rows));
    const unit = ["CĐCS CÔNG TY TNHH MAY VIỆT TIẾN", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP", "co-so"];
    expect(sheet.cadres.map((c) => [c.unit, c.upperUnit, c.level])).toEqual([unit, unit]);
    // A title about many grassroots unions names none of them: their level is the grassroots, the issuer above them.
    rows[0][0] = "LĐLĐ HUYỆN BA TRI";
    rows[1][0] = "DANH SÁCH CHỦ TỊCH, PHÓ CHỦ TỊCH CÁC CĐCS NĂM 2019";
    expect(read(grid(rows)).cadres.map((c) => [c.unit, c.upperUnit, c.level])[0]).toEqual([
      undefined,
      "LĐLĐ HUYỆN BA TRI",
      "co-so",
    ]);
    // A title about key cadres in general says nothing of their level: the issuing body stays the unit.
    rows[0][0] = "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH BẾN TRE";
    rows[1][0] = "DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHỦ CHỐT NĂM 2019";
    expect(read(grid(rows)).cadres.map((c) => [c.unit, c.level])[0]).toEqual([
      "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH BẾN TRE",
      "tren-co-so",
    ]);
  });

  it("reads qualifications laid out as one column per level, with an x under the level held", () => {
    const rows: CellValue[][] = [
      ["LĐLĐ TỈNH BẾN TRE"],
      ["DANH SÁCH CÁN BỘ CÔNG ĐOÀN CHUYÊN TRÁCH CẤP TRÊN CƠ SỞ NĂM 2019"],
      [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Chức vụ",
        "Đơn vị",
        "Trình độ chuyên môn",
        "",
        "",
        "Lý luận chính trị",
        "",
        "",
        "Tập huấn NVCĐ",
      ],
      ["", "", "", "", "", "Thạc sĩ", "Đại học", "Cao đẳng", "Cao cấp", "Trung cấp", "Sơ cấp", ""],
      [1, "Nguyễn Văn Ba", 1966, "Chủ tịch", "LĐLĐ huyện Ba Tri", "x", "x", "", "x", "", "", 2016],
      [2, "Trần Thị Cúc", 1977, "Phó Chủ tịch", "LĐLĐ huyện Ba Tri", "", "Luật", "", "", "X", "", 2016],
      [3, "Lê Văn Đức", 1983, "Chuyên viên", "LĐLĐ huyện Ba Tri", "", "", "x", "", "x", "", 2017],
      [4, "Phạm Thị Én", 1988, "Chuyên viên", "LĐLĐ huyện Bình Đại", "", "x", "", "", "", "x", 2017],
    ];
    const merges = [
      { top: 2, left: 5, bottom: 2, right: 7 },
      { top: 2, left: 8, bottom: 2, right: 10 },
    ];
    const sheet = read(grid(rows, merges));
    // A master's holder who also ticks "Đại học" holds the higher; a specialty written under a level marks it.
    expect(sheet.cadres.map((c) => [c.fullName, c.education, c.politicalTheory, c.employment])).toEqual([
      ["Nguyễn Văn Ba", "thac-si", "cao-cap", "chuyen-trach"],
      ["Trần Thị Cúc", "dai-hoc", "trung-cap", "chuyen-trach"],
      ["Lê Văn Đức", "cao-dang", "trung-cap", "chuyen-trach"],
      ["Phạm Thị Én", "dai-hoc", "so-cap", "chuyen-trach"],
    ]);
    // The title says every cadre listed is full-time; no column is unknown or doubled.
    expect(found(sheet, ["error", "warning", "info"])).toEqual([]);
    expect([sheet.columns.education, sheet.columns.politicalTheory]).toEqual([5, 8]);
  });

  it("reads the positions of the inspection committee, the office and the women's committee", () => {
    const positions = [
      "Chánh Văn phòng",
      "Phó Chánh Văn phòng",
      "Chủ nhiệm UBKT",
      "Phó Chủ nhiệm UBKT",
      "Ủy viên Ủy ban Kiểm tra",
      "Tổ trưởng công đoàn",
      "Tổ phó công đoàn",
      "Trưởng ban Nữ công",
      "UVBCH kiêm Thủ quỹ",
    ];
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Năm sinh", "Chức danh"],
      ...positions.map((p, i) => [i + 1, `Người Số ${i + 1}`, 1980, p]),
    ];
    const sheet = read(grid(rows));
    expect(sheet.cadres.map((c) => c.positions)).toEqual([
      ["chanh-van-phong"],
      ["pho-chanh-van-phong"],
      ["chu-nhiem-ubkt"],
      ["pho-chu-nhiem-ubkt"],
      ["uv-ubkt"],
      ["to-truong"],
      ["to-pho"],
      ["truong-ban-nu-cong"],
      ["uv-bch", "thu-quy"],
    ]);
  });
});

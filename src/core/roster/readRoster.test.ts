import { extraOf } from "../cadre";
import { readRoster } from "./readRoster";
import { messyGrid } from "../../../test/helpers/messyGrid";

// Columns: A STT, B Họ và tên, C Nam, D Nữ, E Đơn vị, F Cấp, G Chức danh, H Chuyên trách (x), I Biên chế/HĐLĐ,
// J Chuyên môn, K LLCT, L QLNN, M NVCĐ, N BĐG, O Số CCCD, P Số điện thoại (unknown). Data starts at Excel row 9.
const grid = messyGrid([
  ["I. LĐLĐ huyện Ba Tri"], // row 9
  [
    1,
    "Nguyễn Văn An",
    1975,
    "",
    "LĐLĐ huyện Ba Tri",
    "Cấp trên cơ sở",
    "Chủ tịch",
    "x",
    "Biên chế",
    "Đại học",
    "Trung cấp",
    "Chuyên viên",
    2016,
    "x",
    "083075000123",
    "0900000001",
  ], // 10
  [
    2,
    "Trần Thị Bình",
    "",
    1982,
    "CĐCS Trường THCS An Thới",
    "Cơ sở",
    "Phó Chủ tịch",
    "",
    "",
    "Cao đẳng",
    "Sơ cấp",
    "",
    "x",
    "",
    "083182000456",
    "",
  ], // 11
  ["II. Công đoàn ngành Giáo dục"], // 12
  [
    3,
    "Lê Văn Cường",
    1980,
    1980,
    "CĐCS Trường Tiểu học Phú Lễ",
    "Cơ sở",
    "Chủ tịch CĐCS",
    "",
    "",
    "Dai hocc",
    "",
    "",
    2021,
    "",
    83080000789,
    "",
  ], // 13
  [4, "", 1990, "", "CĐCS Trường Tiểu học Phú Lễ", "Cơ sở", "UVBCH", "", "", "", "", "", "", "", "", ""], // 14
  [
    5,
    "  Nguyễn   Văn An ".normalize("NFD"),
    1975,
    "",
    "LĐLĐ huyện Ba Tri",
    "Cấp trên cơ sở",
    "Chủ tịch",
    "x",
    "Biên chế",
    "Đại học",
    "Trung cấp",
    "",
    "",
    "",
    "",
    "",
  ], // 15
  [
    6,
    "Phạm Thị Dung",
    "",
    1968,
    "CĐCS Trường Tiểu học Phú Lễ",
    "Cơ sở",
    "#N/A",
    "",
    "",
    "Trung cấp",
    "",
    "",
    "",
    "",
    "",
    "",
  ], // 16
  [
    7,
    "Võ Minh Em",
    2012,
    "",
    "CĐCS Trường Tiểu học Phú Lễ",
    "Cơ sở",
    "UVBCH",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ], // 17
  [
    8,
    "Huỳnh Văn Phúc",
    1979,
    "",
    "LĐLĐ huyện Ba Tri",
    "Cấp trên cơ sở",
    "Chuyên viên",
    "x",
    "",
    "Đại học",
    "",
    "",
    "x",
    "",
    "",
    "",
  ], // 18
]);

describe("readRoster on the messy provincial layout", () => {
  const sheet = readRoster(grid, { year: 2019, file: "tinh.xlsx" });
  const found = sheet.findings.map(
    (f) => `${f.code} ${f.cell ?? "-"}${f.suggestion ? ` → ${f.suggestion}` : ""}`,
  );

  it("reads every person row and skips titles, numbering, sections, the total and the signature", () => {
    expect(sheet.dataRows).toBe(8);
    expect(sheet.cadres.map((c) => c.row)).toEqual([10, 11, 13, 14, 15, 16, 17, 18]);
  });

  it("reports exactly the mistakes in the sheet, at their cells", () => {
    expect(found.sort()).toEqual(
      [
        "unknown-column P6",
        "conflicting-values D13",
        "invalid-value J13 → Đại học",
        "future-training M13",
        "invalid-id O13 → 083080000789",
        "missing-value B14",
        "error-value G16",
        "implausible-age C17",
        "missing-value I18",
      ].sort(),
    );
  });

  it("understands each value of a complete row", () => {
    const an = sheet.cadres[0];
    expect(an).toMatchObject({
      fullName: "Nguyễn Văn An",
      nameCell: "B10",
      gender: "nam",
      birthDate: { year: 1975 },
      unit: "LĐLĐ huyện Ba Tri",
      upperUnit: "LĐLĐ huyện Ba Tri",
      level: "tren-co-so",
      positions: ["chu-tich"],
      employment: "chuyen-trach",
      payroll: "bien-che",
      education: "dai-hoc",
      politicalTheory: "trung-cap",
      stateManagement: "chuyen-vien",
      unionTraining: { done: true, year: 2016 },
      genderTraining: { done: true },
      idNumber: "083075000123",
    });
    // The phone column canbo does not read is kept as written.
    expect(extraOf(an)).toEqual({ "Số điện thoại": "0900000001" });
  });

  it("reads the birth year under Nữ as a woman, an empty Chuyên trách mark as part-time, and the section as the upper unit", () => {
    const binh = sheet.cadres[1];
    expect(binh).toMatchObject({
      gender: "nu",
      birthDate: { year: 1982 },
      employment: "khong-chuyen-trach",
      level: "co-so",
    });
    expect(binh.upperUnit).toBe("LĐLĐ huyện Ba Tri");
    expect(sheet.cadres[2].upperUnit).toBe("Công đoàn ngành Giáo dục");
  });

  it("maps columns to letters it will report", () => {
    expect(sheet.columns).toMatchObject({ fullName: 1, birthYearMale: 2, birthYearFemale: 3, idNumber: 14 });
  });
});

describe("readRoster on a sheet without a roster", () => {
  it("says so once, as information", () => {
    const r = readRoster({ name: "Ghi chú", values: [["Ghi chú"]], merges: [] }, { year: 2019 });
    expect(r.findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([["no-roster", "info", "Ghi chú"]]);
    expect(r.cadres).toEqual([]);
  });
});

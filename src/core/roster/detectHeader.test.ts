import type { Grid } from "../grid";
import { detectHeader } from "./detectHeader";
import { messyGrid } from "../../../test/helpers/messyGrid";

describe("detectHeader", () => {
  it("finds a two-row merged header under title rows, and the numbering row under it", () => {
    const h = detectHeader(messyGrid([[1, "Nguyễn Văn An", 1975]]))!;
    expect(h).toBeDefined();
    expect([h.top, h.bottom, h.numberingRow, h.firstDataRow]).toEqual([5, 6, 7, 8]);
    const fieldAt = (col: number) => h.columns.find((c) => c.col === col)?.field;
    expect(fieldAt(0)).toBe("stt");
    expect(fieldAt(1)).toBe("fullName");
    expect(fieldAt(2)).toBe("birthYearMale");
    expect(fieldAt(3)).toBe("birthYearFemale");
    expect(fieldAt(4)).toBe("unit");
    expect(fieldAt(5)).toBe("level");
    expect(fieldAt(6)).toBe("position");
    expect(fieldAt(7)).toBe("fullTimeMark");
    expect(fieldAt(8)).toBe("payroll");
    expect(fieldAt(9)).toBe("education");
    expect(fieldAt(10)).toBe("politicalTheory");
    expect(fieldAt(11)).toBe("stateManagement");
    expect(fieldAt(12)).toBe("unionTraining");
    expect(fieldAt(13)).toBe("genderTraining");
    expect(fieldAt(14)).toBe("idNumber");
    expect(fieldAt(15)).toBeUndefined();
    expect(h.columns.find((c) => c.col === 15)?.header).toBe("Số điện thoại");
    expect(h.columns.find((c) => c.col === 2)?.header).toBe("Năm sinh / Nam");
  });

  it("reads a one-row header typed differently, without merges, in NFD and odd spacing", () => {
    const grid: Grid = {
      name: "Sheet1",
      values: [
        ["DANH SÁCH BCH CĐCS TRƯỜNG THCS AN THỚI"],
        [],
        [
          "TT",
          "Họ  tên".normalize("NFD"),
          "Ngày sinh",
          "Giới tính",
          "Chức vụ CĐ",
          "Trình độ CM",
          "Lý luận CT",
          "Kiêm nhiệm/Chuyên trách",
          "Tập huấn NVCĐ",
          "Tập huấn BĐG",
        ],
        [1, "Lê Thị Hồng", "12/05/1980", "Nữ", "Chủ tịch", "Đại học", "Sơ cấp", "Kiêm nhiệm", "x", ""],
      ],
      merges: [],
    };
    const h = detectHeader(grid)!;
    expect([h.top, h.bottom, h.numberingRow, h.firstDataRow]).toEqual([2, 2, undefined, 3]);
    expect(h.columns.map((c) => c.field)).toEqual([
      "stt",
      "fullName",
      "birthDate",
      "gender",
      "position",
      "education",
      "politicalTheory",
      "employment",
      "unionTraining",
      "genderTraining",
    ]);
  });

  it("carries an unmerged group header over the sub-columns that follow it", () => {
    const grid: Grid = {
      name: "S",
      values: [
        ["STT", "Họ và tên", "Năm sinh", "", "Chức danh", "Đơn vị"],
        ["", "", "Nam", "Nữ", "", ""],
        [1, "Phạm Văn Bình", 1970, "", "Chủ tịch", "CĐCS Công ty An Hiệp"],
      ],
      merges: [],
    };
    const h = detectHeader(grid)!;
    expect([h.top, h.bottom, h.firstDataRow]).toEqual([0, 1, 2]);
    expect(h.columns.slice(2, 4).map((c) => c.field)).toEqual(["birthYearMale", "birthYearFemale"]);
  });

  it("finds no header on a sheet of notes or one below row 30", () => {
    expect(
      detectHeader({ name: "Ghi chú", values: [["Ghi chú: nộp trước ngày 15/12"]], merges: [] }),
    ).toBeUndefined();
    const deep: Grid = {
      name: "S",
      values: [...Array(31).fill([]), ["STT", "Họ và tên", "Chức danh", "Đơn vị"]],
      merges: [],
    };
    expect(detectHeader(deep)).toBeUndefined();
  });

  it("takes the header that names the most fields, above or below a smaller one, and the tighter of equals", () => {
    const small = ["Họ và tên", "Chức danh", "Đơn vị"];
    // Seven fields and a column that names none ("Điện thoại" holds no header word).
    const large = [
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Chức danh",
      "Đơn vị",
      "Trình độ chuyên môn",
      "Ghi chú",
      "Điện thoại",
    ];
    const person = [
      1,
      "Trần Bích Ngọc",
      1981,
      "Chủ tịch",
      "CĐCS Trường Tiểu học Phú Hưng",
      "Đại học",
      "",
      "0913 123 456",
    ];
    const at = (rows: unknown[][]) =>
      detectHeader({ name: "S", values: rows as Grid["values"], merges: [] })!;
    // A short list of signers (three fields) above the roster, and the same under it: the roster's header wins.
    const above = at([small, ["Lê Văn Tám", "Phó Chủ tịch", "LĐLĐ huyện"], [], large, person]);
    expect([above.top, above.firstDataRow, above.columns.length]).toEqual([3, 4, 8]);
    const below = at([large, person, person, [], small, ["Lê Văn Tám", "Phó Chủ tịch", "LĐLĐ huyện"]]);
    expect([below.top, below.firstDataRow]).toEqual([0, 1]);
    // Blank rows above the header read the same header from higher up: the tighter reading is the one kept.
    const blanks = at([[], [], large, person]);
    expect([blanks.top, blanks.bottom, blanks.firstDataRow]).toEqual([2, 2, 3]);
  });
});

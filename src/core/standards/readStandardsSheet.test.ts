import type { CellValue, Grid } from "../grid";
import { DEFAULT_FRAMEWORK } from "./defaultFramework";
import { layoutSheetSpec } from "./layoutSheetSpec.testHelper";
import type { StandardsFramework } from "./positionStandard";
import { readStandardsSheet } from "./readStandardsSheet";
import { standardsSheetSpec } from "./standardsSheetSpec";

const grid = (values: CellValue[][]): Grid => ({ name: "Tiêu chuẩn", values, merges: [] });
const HEADER = [
  "Mã",
  "Tên tiêu chuẩn",
  "Cấp công đoàn",
  "Chức danh",
  "Chuyên trách",
  "Trình độ chuyên môn tối thiểu",
  "LLCT tối thiểu",
  "QLNN tối thiểu",
  "Tập huấn nghiệp vụ CĐ",
  "Đảng viên",
  "Tuổi tối đa",
  "Căn cứ",
];

describe("readStandardsSheet round trip", () => {
  it("reads back the built-in standards from the sheet it writes", () => {
    const read = readStandardsSheet(layoutSheetSpec(standardsSheetSpec(DEFAULT_FRAMEWORK)));
    expect(read.problems).toEqual([]);
    expect(read.framework?.origin).toBe("sheet");
    expect(read.framework?.standards).toEqual(DEFAULT_FRAMEWORK.standards);
  });
  it("reads back every criterion, all levels and part-time", () => {
    const framework: StandardsFramework = {
      origin: "builtin",
      notice: "Mẫu.",
      standards: [
        {
          id: "X1",
          title: "Đủ mọi yêu cầu",
          levels: ["trung-uong", "tinh", "tren-co-so", "co-so"],
          positions: ["uv-btv", "chu-nhiem-ubkt", "to-truong"],
          employment: "khong-chuyen-trach",
          requires: {
            education: "thac-si",
            politicalTheory: "cao-cap",
            stateManagement: "chuyen-vien-cao-cap",
            unionTraining: true,
            partyMember: true,
            maxAge: 55,
          },
        },
      ],
    };
    const read = readStandardsSheet(layoutSheetSpec(standardsSheetSpec(framework)));
    expect(read.problems).toEqual([]);
    expect(read.framework?.standards).toEqual(framework.standards);
  });
});

describe("readStandardsSheet tolerance", () => {
  it("finds the header lower down, in any case, without diacritics, reordered and with extra columns", () => {
    const read = readStandardsSheet(
      grid([
        ["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE"],
        ["Tiêu chuẩn chức danh — bản của đơn vị"],
        [],
        [
          null,
          "GHI CHU",
          "ma",
          "TEN TIEU CHUAN",
          "chuc danh",
          "cap cong doan",
          "trinh do chuyen mon",
          "llct",
          "tap huan",
          "tuoi toi da",
        ],
        [
          null,
          "tự thêm",
          "A1",
          "Lãnh đạo huyện",
          "PCT, CT",
          "tren-co-so",
          "ĐH trở lên",
          "Trung cấp LLCT",
          "x",
          "60 tuổi",
        ],
        [null, "", "A2", "Cán bộ cơ sở", "tất cả", "CĐCS; cap tinh", "cao-dang", "", "", 58],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.framework?.standards).toEqual([
      {
        id: "A1",
        title: "Lãnh đạo huyện",
        levels: ["tren-co-so"],
        positions: ["chu-tich", "pho-chu-tich"],
        employment: "any",
        requires: { education: "dai-hoc", politicalTheory: "trung-cap", unionTraining: true, maxAge: 60 },
      },
      {
        id: "A2",
        title: "Cán bộ cơ sở",
        levels: ["tinh", "co-so"],
        positions: "all",
        employment: "any",
        requires: { education: "cao-dang", maxAge: 58 },
      },
    ]);
  });
  it("gives an empty framework for an empty table: the user removed every standard", () => {
    const read = readStandardsSheet(grid([HEADER, []]));
    expect(read).toEqual({
      framework: expect.objectContaining({ origin: "sheet", standards: [] }),
      problems: [],
    });
  });
});

describe("readStandardsSheet problems", () => {
  const row = (
    id: string,
    title: string,
    levels: string,
    positions: string,
    rest: CellValue[] = [],
  ): CellValue[] => [id, title, levels, positions, ...rest];
  const read = readStandardsSheet(
    grid([
      ["KHUNG TIÊU CHUẨN"],
      [],
      HEADER,
      row("T1", "Hợp lệ", "Tỉnh", "Chủ tịch", ["", "Đại học"]),
      row("T2", "Sai trình độ", "Tỉnh", "Chủ tịch", ["", "Đai hocc"]),
      row("T3", "Không yêu cầu gì", "Cơ sở", "Tất cả", ["", "", "", "", "", "", ""]),
      row("T4", "Cấp lạ", "Tỉnh, Cấp xã", "Chủ tịch", ["", "Đại học"]),
      row("T5", "Nhiều ô lạ", "Cơ sở", "Chủ tịch, Bí thư", [
        "Bán thời gian",
        "",
        "",
        "",
        "có lẽ",
        "",
        "sáu mươi",
      ]),
      row("", "Thiếu mã", "Tỉnh", "Chủ tịch", ["", "Đại học"]),
      row("t1", "Trùng mã", "Tỉnh", "Chủ tịch", ["", "Đại học"]),
      row("T6", "Cấp trống", "", "Chủ tịch", ["", "Đại học"]),
      [],
      row("T7", "Sau dòng trống", "Tỉnh", "Chủ tịch", ["", "Đại học"]),
    ]),
  );

  it("keeps only the readable rows, up to the first empty row", () => {
    expect(read.framework?.standards.map((s) => s.id)).toEqual(["T1"]);
  });
  it("reports each unreadable cell at its address", () => {
    expect(read.problems.map((p) => p.cell)).toEqual([
      "F5",
      "F6",
      "C7",
      "D8",
      "E8",
      "I8",
      "K8",
      "A9",
      "A10",
      "C11",
    ]);
  });
  it("says what is wrong in each cell as a code with the cell's own text, for each language to word", () => {
    const at = (cell: string) => {
      const p = read.problems.find((x) => x.cell === cell);
      return p && { code: p.code, params: p.params };
    };
    expect(at("F5")).toEqual({
      code: "unknown-minimum",
      params: { criterion: "education", text: "Đai hocc" },
    });
    expect(at("F6")).toEqual({ code: "no-requirement", params: { id: "T3" } });
    expect(at("C7")).toEqual({ code: "unknown-levels", params: { text: "Cấp xã" } });
    expect(at("D8")).toEqual({ code: "unknown-positions", params: { text: "Bí thư" } });
    expect(at("E8")).toEqual({ code: "unknown-employment", params: { text: "Bán thời gian" } });
    expect(at("I8")).toEqual({ code: "unknown-yes", params: { criterion: "unionTraining", text: "có lẽ" } });
    expect(at("K8")).toEqual({ code: "unknown-age", params: { text: "sáu mươi" } });
    expect(at("A9")).toEqual({ code: "missing-id", params: {} });
    expect(at("A10")).toEqual({ code: "duplicate-id", params: { id: "t1", first: "A4" } });
    expect(at("C11")).toEqual({ code: "unknown-levels", params: { text: "" } });
  });
});

describe("readStandardsSheet without a usable table", () => {
  it("gives no framework and one problem at A1 when there is no header", () => {
    const read = readStandardsSheet(grid([["Tiêu chuẩn"], ["Mã", "Tên"]]));
    expect(read.framework).toBeUndefined();
    expect(read.problems).toEqual([{ cell: "A1", code: "no-header", params: { table: "standards" } }]);
  });
  it("looks no further than the first 30 rows", () => {
    const values: CellValue[][] = Array.from({ length: 30 }, () => []);
    values.push(HEADER, ["S1", "X", "Tỉnh", "Chủ tịch", "", "Đại học"]);
    expect(readStandardsSheet(grid(values)).framework).toBeUndefined();
  });
  it("gives no framework when the level or position column is missing", () => {
    const read = readStandardsSheet(
      grid([[], ["Mã", "Tên tiêu chuẩn", "Chức danh", "Trình độ chuyên môn tối thiểu"]]),
    );
    expect(read.framework).toBeUndefined();
    expect(read.problems).toEqual([
      { cell: "A2", code: "missing-columns", params: { columns: ["Cấp công đoàn"] } },
    ]);
  });
  it("gives no framework when no row could be read, so the built-in one stays in force", () => {
    const read = readStandardsSheet(grid([HEADER, ["S1", "X", "Cấp xã", "Chủ tịch", "", "Đại học"]]));
    expect(read.framework).toBeUndefined();
    expect(read.problems.map((p) => p.cell)).toEqual(["C2"]);
  });
});

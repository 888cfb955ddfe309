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
  it("says in plain Vietnamese what is wrong and quotes the text", () => {
    const at = (cell: string) => read.problems.find((p) => p.cell === cell)?.message ?? "";
    expect(at("F5")).toMatch(
      /^Không hiểu trình độ chuyên môn tối thiểu "Đai hocc": ghi một trong "Chưa qua đào tạo", /,
    );
    expect(at("F6")).toBe(
      'Tiêu chuẩn T3 chưa có yêu cầu nào: điền ít nhất một cột từ "Trình độ chuyên môn tối thiểu" đến "Tuổi tối đa".',
    );
    expect(at("C7")).toBe(
      'Không hiểu cấp công đoàn "Cấp xã": ghi "Tất cả" hoặc các cấp "Trung ương", "Tỉnh", "Cấp trên trực tiếp cơ sở", "Cơ sở", cách nhau bằng dấu phẩy.',
    );
    expect(at("D8")).toMatch(/^Không hiểu chức danh "Bí thư": ghi "Tất cả" hoặc các chức danh "Chủ tịch", /);
    expect(at("E8")).toBe(
      'Không hiểu "Bán thời gian": ghi "Chuyên trách", "Không chuyên trách" hoặc để trống nếu áp dụng cho cả hai.',
    );
    expect(at("I8")).toBe(
      'Cột Tập huấn nghiệp vụ CĐ chỉ ghi "Có" (bắt buộc) hoặc để trống; không hiểu "có lẽ".',
    );
    expect(at("K8")).toBe('Tuổi tối đa phải là một số tuổi từ 18 đến 100 (ví dụ 60); không hiểu "sáu mươi".');
    expect(at("A9")).toBe("Dòng này có nội dung nhưng chưa ghi mã tiêu chuẩn (ví dụ S5).");
    expect(at("A10")).toBe('Mã tiêu chuẩn "t1" trùng với ô A4; mỗi tiêu chuẩn cần một mã riêng.');
    expect(at("C11")).toMatch(/^Chưa ghi cấp công đoàn: ghi "Tất cả"/);
  });
});

describe("readStandardsSheet without a usable table", () => {
  it("gives no framework and one problem at A1 when there is no header", () => {
    const read = readStandardsSheet(grid([["Tiêu chuẩn"], ["Mã", "Tên"]]));
    expect(read.framework).toBeUndefined();
    expect(read.problems).toEqual([
      {
        cell: "A1",
        message:
          'Không thấy dòng tiêu đề của bảng tiêu chuẩn: cần các cột "Mã" và "Tên tiêu chuẩn" trong 30 dòng đầu.',
      },
    ]);
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
    expect(read.problems).toEqual([{ cell: "A2", message: 'Bảng tiêu chuẩn thiếu cột "Cấp công đoàn".' }]);
  });
  it("gives no framework when no row could be read, so the built-in one stays in force", () => {
    const read = readStandardsSheet(grid([HEADER, ["S1", "X", "Cấp xã", "Chủ tịch", "", "Đại học"]]));
    expect(read.framework).toBeUndefined();
    expect(read.problems.map((p) => p.cell)).toEqual(["C2"]);
  });
});

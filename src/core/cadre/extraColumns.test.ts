import type { Grid } from "../grid";
import { readRoster } from "../roster";
import { extraOf, extraValue, keepExtra, makeExtraColumns, NO_EXTRA } from "./extraColumns";

describe("extra columns", () => {
  it("gives each cadre its own row's values, leaving blanks out, across a long run of blank cells", () => {
    // Table data from sheet row 10 (0-based 9); the phone column is blank for 3,000 rows in the middle.
    const cols = makeExtraColumns(["Số điện thoại", "Quê quán"], 9);
    keepExtra(cols, 0, 9, "0900000001");
    keepExtra(cols, 1, 9, "Ba Tri");
    keepExtra(cols, 1, 10, "Bình Đại");
    keepExtra(cols, 0, 3012, 912345678);
    expect(extraOf({ extra: cols, row: 10 })).toEqual({
      "Số điện thoại": "0900000001",
      "Quê quán": "Ba Tri",
    });
    expect(extraOf({ extra: cols, row: 11 })).toEqual({ "Quê quán": "Bình Đại" });
    expect(extraOf({ extra: cols, row: 2000 })).toEqual({});
    expect(extraValue({ extra: cols, row: 3013 }, "Số điện thoại")).toBe(912345678);
    expect(extraValue({ extra: cols, row: 3013 }, "Quê quán")).toBeUndefined();
    expect(extraValue({ extra: cols, row: 10 }, "Email")).toBeUndefined();
  });

  it("keeps one list for a header met twice: the later column's value when it has one, else the earlier's", () => {
    const cols = makeExtraColumns(["Ghi chú khác", "Ghi chú khác"], 0);
    expect(cols.labels).toEqual(["Ghi chú khác"]);
    keepExtra(cols, 0, 0, "trước");
    keepExtra(cols, 0, 0, "sau");
    keepExtra(cols, 0, 1, "chỉ cột trước");
    expect(extraOf({ extra: cols, row: 1 })).toEqual({ "Ghi chú khác": "sau" });
    expect(extraOf({ extra: cols, row: 2 })).toEqual({ "Ghi chú khác": "chỉ cột trước" });
  });

  it("is the shared empty set for a table without such columns and for cadres made elsewhere", () => {
    expect(makeExtraColumns([], 5)).toBe(NO_EXTRA);
    expect(extraOf({ extra: NO_EXTRA, row: 7 })).toEqual({});
  });

  it("keeps each table's columns on a sheet with two tables, by the rows each table holds", () => {
    const grid: Grid = {
      name: "DS",
      merges: [],
      values: [
        ["STT", "Họ và tên", "Năm sinh", "Số điện thoại"],
        [1, "Nguyễn Văn An", 1975, "0900000001"],
        [2, "Trần Thị Bình", 1980, ""],
        ["STT", "Họ và tên", "Năm sinh", "Email", "Số điện thoại"],
        [1, "Lê Văn Cường", 1978, "cuong@example.vn", "0900000003"],
        [2, "Phạm Thị Dung", 1985, "", "0900000004"],
      ],
    };
    const { cadres } = readRoster(grid, { year: 2019 });
    expect(cadres.map((c) => [c.fullName, extraOf(c)])).toEqual([
      ["Nguyễn Văn An", { "Số điện thoại": "0900000001" }],
      ["Trần Thị Bình", {}],
      ["Lê Văn Cường", { Email: "cuong@example.vn", "Số điện thoại": "0900000003" }],
      ["Phạm Thị Dung", { "Số điện thoại": "0900000004" }],
    ]);
  });
});

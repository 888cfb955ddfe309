import { WorkbookError } from "../port";
import { ContentBudget } from "./contentBudget";
import { firstRows, gridExtent, GridBuilder } from "./gridBuilder";
import { DEFAULT_READ_LIMITS } from "./readLimits";

const builder = (limits: Partial<typeof DEFAULT_READ_LIMITS> = {}) => {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  return new GridBuilder("DS", all, new ContentBudget(all));
};
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof WorkbookError ? { problem: e.problem, sheet: e.sheet, cell: e.cell } : e;
  }
  return "built";
};

describe("building a grid under the file's bounds", () => {
  it("cuts each row after its last value and lets rows without values share one empty row", () => {
    const b = builder();
    b.put(0, 0, "STT", "Times New Roman");
    b.put(0, 2, "Họ và tên", "Times New Roman");
    b.put(3, 1, 7, undefined);
    b.put(3, 4, "", undefined); // an empty value keeps nothing
    const g = b.build();
    expect(g.values).toEqual([["STT", "", "Họ và tên"], [], [], ["", 7]]);
    expect(g.values[1]).toBe(g.values[2]);
    expect(gridExtent(g)).toEqual({ rows: 4, columns: 3 });
  });

  it("takes a row met again back up (cells out of order), with its fonts and holes", () => {
    const b = builder();
    b.put(0, 0, "STT", "Times New Roman");
    b.put(1, 0, 1, undefined);
    b.put(0, 2, "Họ và tên", "Arial");
    b.put(1, 3, "An", undefined);
    const g = b.build();
    expect(g.values).toEqual([
      ["STT", "", "Họ và tên"],
      [1, "", "", "An"],
    ]);
    expect(g.fonts?.[0]).toEqual(["Times New Roman", undefined, "Arial"]);
  });

  it("keeps a lone cell in the last row of Excel at the cost of a row, not a rectangle", () => {
    const b = builder();
    b.put(1_048_575, 3, "x", undefined);
    const g = b.build();
    expect(g.values).toHaveLength(1_048_576);
    expect(g.values[1_048_575]).toEqual(["", "", "", "x"]);
  });

  it("refuses a value past 1,024 columns, a row past Excel's last, and more cells than the budget, naming where", () => {
    expect(refusal(() => builder().put(0, 16_383, "x", undefined))).toEqual({
      problem: "too-many-columns",
      sheet: "DS",
      cell: "XFD1",
    });
    expect(refusal(() => builder().row(1_048_576))).toEqual({
      problem: "too-many-rows",
      sheet: "DS",
      cell: "A1048577",
    });
    const small = builder({ maxCells: 10 });
    expect(refusal(() => [0, 1, 2].forEach((r) => small.put(r, 3, "x", undefined)))).toEqual({
      problem: "too-many-cells",
      sheet: "DS",
      cell: undefined,
    });
  });

  it("clips merged areas to the values and blanks every merged cell but the top-left, as Excel shows them", () => {
    const b = builder();
    b.put(0, 0, "Tiêu đề", undefined);
    b.put(0, 1, "ẩn dưới gộp", undefined);
    b.put(2, 0, 1, undefined);
    b.put(2, 1, "An", undefined);
    b.merge({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }); // the whole sheet
    b.merge({ top: 5, left: 0, bottom: 9, right: 1 }); // below every value: merges nothing
    const g = b.build();
    // Everything under the title is blanked, so the values end at A1 and the merge, cut to them, merges nothing.
    expect(g.values).toEqual([["Tiêu đề"]]);
    expect(g.merges).toEqual([]);
    const two = builder();
    two.put(0, 0, "Năm sinh", undefined);
    two.put(1, 0, "Nam", undefined);
    two.put(1, 1, "Nữ", undefined);
    two.merge({ top: 0, left: 0, bottom: 0, right: 16_383 });
    expect(two.build().merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("charges overlapping merged areas for their work, so they cannot run for ever", () => {
    const b = builder({ maxCells: 10_000 });
    for (let r = 0; r < 100; r++) b.put(r, 0, "x", undefined);
    for (let i = 0; i < 200; i++) b.merge({ top: 0, left: 0, bottom: 99, right: 0 });
    expect(refusal(() => b.build())).toMatchObject({ problem: "too-many-cells" });
  });

  it("shares one font row among rows of one font and keeps its own for a row of mixed fonts", () => {
    const b = builder();
    b.put(0, 0, "a", ".VnTime");
    b.put(0, 1, "b", ".VnTime");
    b.put(1, 0, "c", ".VnTime");
    b.put(2, 0, "d", "Arial");
    b.put(2, 1, "e", ".VnTime");
    const g = b.build();
    expect(g.fonts?.[0]).toBe(g.fonts?.[1]);
    expect(g.fonts?.[2]).toEqual(["Arial", ".VnTime"]);
  });

  it("gives the first rows with the merged areas that start in them, cut at the last", () => {
    const b = builder();
    for (let r = 0; r < 10; r++) b.put(r, 0, r, undefined);
    b.merge({ top: 1, left: 0, bottom: 8, right: 0 });
    const g = firstRows(b.build(), 3);
    // Row 3 lies under the merged B2:B9 … A2:A9, whose top-left is A2: it reads as empty.
    expect(g.values).toEqual([[0], [1], []]);
    expect(g.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
  });
});

import { finding, type Finding } from "../findings";
import { capFindings } from "./capFindings";

const many = (file: string, n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => finding("missing-value", { field: "unit" }, { file, row: i + 2 }));

describe("capping the findings a results sheet lists", () => {
  it("keeps everything under the cap", () => {
    const all = [...many("a.xlsx", 3), ...many("b.xlsx", 2)];
    expect(capFindings(all, { total: 10 })).toEqual({ kept: all, omitted: [] });
  });

  it("gives every file the same share, files with few findings keeping them all, and counts the rest per file", () => {
    // 10 rows for a (900 findings), b (2) and c (300): 4 each fits (4 + 2 + 4 = 10), 5 would not (5 + 2 + 5).
    const all = [...many("a.xlsx", 900), ...many("b.xlsx", 2), ...many("c.xlsx", 300)];
    const { kept, omitted } = capFindings(all, { total: 10 });
    expect(kept.map((f) => `${f.file}:${f.row}`)).toEqual([
      "a.xlsx:2",
      "a.xlsx:3",
      "a.xlsx:4",
      "a.xlsx:5",
      "b.xlsx:2",
      "b.xlsx:3",
      "c.xlsx:2",
      "c.xlsx:3",
      "c.xlsx:4",
      "c.xlsx:5",
    ]);
    expect(omitted).toEqual([
      { file: "a.xlsx", count: 896 },
      { file: "c.xlsx", count: 296 },
    ]);
  });

  it("keeps the first 20,000 of one file's 48,000 by default", () => {
    const { kept, omitted } = capFindings(many("a.xlsx", 48_000));
    expect(kept).toHaveLength(20_000);
    expect(omitted).toEqual([{ file: "a.xlsx", count: 28_000 }]);
  });
});

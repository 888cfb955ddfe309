import { chunks, looksLikeFormula, rowsPerChunk, safeNumberFormats } from "./officePlan";

describe("officePlan", () => {
  it("cuts 100,000 rows × 22 columns of ~20-byte cells into chunks under 4 MB", () => {
    const rows = rowsPerChunk(22, 20); // 4 MiB / 20 bytes = 209,715 cells = 9,532 rows of 22
    expect(rows).toBe(9532);
    expect(chunks(0, 100_000, rows)).toHaveLength(11);
    expect(chunks(0, 10, 4)).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
  });
  it("counts every cell as at least one byte, so a chunk never passes 4 MiB cells (under Excel's 5 million)", () => {
    expect(rowsPerChunk(1, 0.1)).toBe(4 * 1024 * 1024);
  });
  it("marks strings that would become formulas as text", () => {
    for (const s of [
      '=HYPERLINK("http://x","y")',
      "=cmd|' /C calc'!A0",
      "@SUM(A1)",
      "+1-2",
      "-5",
      "\tx",
      "\rx",
    ])
      expect(looksLikeFormula(s)).toBe(true);
    expect(looksLikeFormula("Nguyễn Văn An")).toBe(false);
    expect(looksLikeFormula(-5)).toBe(false);
    expect(safeNumberFormats([["=1+1", 3, "a"]], ["@", "#,##0", "General"])).toEqual([
      ["@", "#,##0", "General"],
    ]);
  });
});

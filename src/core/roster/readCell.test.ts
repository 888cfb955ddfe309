import { readCell } from "./readCell";

describe("readCell", () => {
  it("tells empty cells, error values and values apart", () => {
    expect(readCell("")).toEqual({ kind: "empty" });
    expect(readCell("   ")).toEqual({ kind: "empty" });
    expect(readCell(null)).toEqual({ kind: "empty" });
    expect(readCell("#N/A")).toEqual({ kind: "error", raw: "#N/A" });
    expect(readCell(1975)).toEqual({ kind: "value", value: 1975 });
  });
  it("normalises Unicode text to NFC with single spaces", () => {
    expect(readCell("  Nguye\u0302\u0303n   Va\u0306n An ")).toEqual({
      kind: "value",
      value: "Nguyễn Văn An",
    });
  });
  it("decodes legacy text, saying which encoding it was", () => {
    expect(readCell("NguyÔn ThÞ Hoa", ".VnTime")).toEqual({
      kind: "value",
      value: "Nguyễn Thị Hoa",
      legacy: { encoding: "TCVN3", decoded: "Nguyễn Thị Hoa" },
    });
  });
});

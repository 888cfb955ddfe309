import fc from "fast-check";
import { readCell, showsText } from "./readCell";

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
  it("tells whether a cell shows text as reading it does, whatever its font and the sheet's encoding", () => {
    // White space of every kind, zero-width and legacy letters, error values, and letters.
    const unit = fc.constantFrom(
      ..." \t\n\u00a0\u1680\u2002\u2028\u202f\u3000\u200b\u200c\ufeff\u0301#NA/!?REFx1ÔÞ¸aeäâ".split(""),
    );
    const raw = fc.oneof(
      fc.string({ unit, maxLength: 6 }),
      fc.constantFrom("#N/A", " #REF! ", "#DIV/0!", "#n/a", "Vieät"),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(null, undefined),
    );
    const font = fc.constantFrom(undefined, ".VnTime", ".VnTimeH", "VNI-Times", "Arial");
    const encoding = fc.constantFrom(undefined, "TCVN3" as const, "VNI" as const);
    fc.assert(
      fc.property(raw, font, encoding, (v, f, e) => showsText(v) === (readCell(v, f, e).kind === "value")),
      { numRuns: 5000, seed: 1_993 },
    );
  });
});

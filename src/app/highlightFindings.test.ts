import { finding } from "../core/findings";
import { highlightTargets } from "./highlightFindings";

describe("highlightTargets", () => {
  it("colours each cell of an error or a warning once, in the colour of its worst finding", () => {
    const findings = [
      finding("implausible-age", { age: 12, year: 2019 }, { sheet: "DS", cell: "C5" }),
      finding("invalid-date", { field: "birthDate" }, { sheet: "DS", cell: "C5" }),
      finding(
        "below-standard",
        {
          rules: ["S1"],
          ruleTitles: [""],
          criterion: "unionTraining",
          required: { kind: "trained" },
          actual: { kind: "not-trained" },
        },
        {
          sheet: "DS",
          cell: "B6",
        },
      ),
      finding("unknown-column", { header: "Ghi chú 2", column: "Z" }, { sheet: "DS", cell: "Z4" }),
      finding("missing-column", { field: "position" }, { sheet: "DS" }),
    ];
    expect(highlightTargets(findings)).toEqual([
      { sheet: "DS", cell: "C5", severity: "error" },
      { sheet: "DS", cell: "B6", severity: "warning" },
    ]);
  });

  it("leaves out findings of other files: they are not cells of this workbook", () => {
    const other = finding(
      "invalid-date",
      { field: "birthDate" },
      { file: "don-vi.xlsx", sheet: "DS", cell: "C5" },
    );
    expect(highlightTargets([other])).toEqual([]);
  });
});

import { finding } from "../core/findings";
import { groupFindings } from "./groupFindings";

const legacy = (sheet: string, cell: string, encoding: "TCVN3" | "VNI" = "TCVN3") =>
  finding("legacy-encoding", { encoding }, { file: "a.xlsx", sheet, cell, suggestion: "Nguyễn" });
const missing = (cell: string) => finding("missing-value", { field: "fullName" }, { sheet: "DS", cell });

describe("groupFindings", () => {
  it("tells a legacy-encoded column once, with its count, where its first cell was", () => {
    const findings = [
      legacy("DS", "B5"),
      missing("B6"),
      legacy("DS", "B6"),
      legacy("DS", "C5"),
      legacy("DS", "B7"),
      legacy("Khác", "B5"),
    ];
    const lines = groupFindings(findings);
    expect(
      lines.map((l) =>
        l.kind === "finding"
          ? `${l.finding.code} ${l.finding.cell}`
          : `${l.sheet} ${l.column} ${l.encoding} ×${l.findings.length}`,
      ),
    ).toEqual(["DS B TCVN3 ×3", "missing-value B6", "DS C TCVN3 ×1", "Khác B TCVN3 ×1"]);
  });

  it("keeps TCVN3 and VNI of one column apart, and every other finding as it is", () => {
    const lines = groupFindings([legacy("DS", "B5"), legacy("DS", "B6", "VNI"), missing("B7")]);
    expect(lines.map((l) => (l.kind === "finding" ? l.finding.cell : l.encoding))).toEqual([
      "TCVN3",
      "VNI",
      "B7",
    ]);
  });

  it("takes the most severe of the column's cells", () => {
    const info = { ...legacy("DS", "B5"), severity: "info" as const };
    const lines = groupFindings([info, legacy("DS", "B6")]);
    expect(lines).toHaveLength(1);
    expect(lines[0].kind === "legacy-column" && lines[0].severity).toBe("warning");
  });
});

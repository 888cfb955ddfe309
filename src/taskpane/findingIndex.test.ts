import { finding } from "../core/findings";
import { filterSections, indexFindings } from "./findingIndex";
import { messagesFor } from "../i18n";

describe("the findings index", () => {
  const findings = [
    finding(
      "invalid-value",
      { field: "education" },
      { sheet: "DS", cell: "P5", row: 5, value: "Đại hcọ", suggestion: "Đại học" },
    ),
    finding("missing-value", { field: "position" }, { sheet: "DS", cell: "I6", row: 6 }),
    finding(
      "legacy-encoding",
      { encoding: "TCVN3" },
      { sheet: "DS", cell: "B5", row: 5, suggestion: "Nguyễn" },
    ),
    finding(
      "legacy-encoding",
      { encoding: "TCVN3" },
      { sheet: "DS", cell: "B6", row: 6, suggestion: "Trần" },
    ),
  ];
  const sections = indexFindings(findings, ["Nguyễn Văn An", "Trần Thị Bình", "", ""], messagesFor("vi"));

  it("shows legacy text once per column, with its count, and each finding with its person", () => {
    expect(sections).toHaveLength(1);
    expect(
      sections[0].lines.map((l) => [l.message.startsWith("Cột B") ? l.message : l.finding.cell, l.name]),
    ).toEqual([
      ["P5", "Nguyễn Văn An"],
      ["I6", "Trần Thị Bình"],
      ["Cột B có 2 ô gõ bằng bảng mã TCVN3 (phông chữ cũ), đã đọc được; nên chuyển sang Unicode", ""],
    ]);
  });

  it("finds by message, name or value, ignoring case and diacritics", () => {
    const cells = (q: string) =>
      filterSections(sections, "all", q).flatMap((s) => s.lines.map((l) => l.finding.cell));
    expect(cells("tran thi")).toEqual(["I6"]);
    expect(cells("DAI HCO")).toEqual(["P5"]);
    expect(cells("chua ghi chuc danh")).toEqual(["I6"]);
    expect(cells("unicode")).toEqual(["B5"]);
    expect(cells("không có gì như thế")).toEqual([]);
  });

  it("filters by severity", () => {
    expect(
      filterSections(sections, "warning", "").flatMap((s) => s.lines.map((l) => l.finding.cell)),
    ).toEqual(["B5"]);
  });
});

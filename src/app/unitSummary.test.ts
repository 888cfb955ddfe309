import { newCadre } from "../core/cadre/newCadre";
import { finding } from "../core/findings";
import { cadreLookup, summarizeUnits } from "./unitSummary";

const cadre = (row: number, upperUnit: string | undefined, unit: string, name = `Người ${row}`) => ({
  ...newCadre("a.xlsx", "DS", row, `B${row}`),
  fullName: name,
  upperUnit,
  unit,
});
const at = (row: number, severity: "error" | "warning" | "info") => {
  const f = finding(
    "invalid-value",
    { field: "education" },
    { file: "a.xlsx", sheet: "DS", row, cell: `P${row}` },
  );
  return { ...f, severity };
};

describe("summarizeUnits", () => {
  const cadres = [
    cadre(5, "LĐLĐ huyện Ba Tri", "CĐCS A"),
    cadre(6, "LĐLĐ huyện Ba Tri", "CĐCS B"),
    cadre(7, "Công đoàn ngành Y tế", "Bệnh viện"),
    cadre(8, "Công đoàn ngành Y tế", "Bệnh viện"),
    cadre(9, undefined, "CĐCS C"),
  ];

  it("counts cadres, errors and warnings per upper unit, worst first", () => {
    const findings = [at(7, "error"), at(8, "error"), at(5, "error"), at(6, "warning"), at(6, "info")];
    expect(summarizeUnits(cadres, findings)).toEqual([
      { unit: "Công đoàn ngành Y tế", cadres: 2, errors: 2, warnings: 0 },
      { unit: "LĐLĐ huyện Ba Tri", cadres: 2, errors: 1, warnings: 1 },
      { unit: "", cadres: 1, errors: 0, warnings: 0 },
    ]);
  });

  it("uses the units themselves when no row names an upper unit, and ignores findings of no person", () => {
    const own = [cadre(5, undefined, "CĐCS Trường An Thới"), cadre(6, undefined, "CĐCS Trường An Thới")];
    const column = finding("missing-column", { field: "position" }, { file: "a.xlsx", sheet: "DS" });
    expect(summarizeUnits(own, [at(6, "error"), column])).toEqual([
      { unit: "CĐCS Trường An Thới", cadres: 2, errors: 1, warnings: 0 },
    ]);
  });
});

describe("cadreLookup", () => {
  it("finds the person of a row finding, in the right file and sheet", () => {
    const find = cadreLookup([cadre(5, undefined, "X", "Nguyễn Văn An")]);
    expect(find(at(5, "error"))?.fullName).toBe("Nguyễn Văn An");
    expect(find({ ...at(5, "error"), file: "b.xlsx" })).toBeUndefined();
    expect(find(at(6, "error"))).toBeUndefined();
  });
});

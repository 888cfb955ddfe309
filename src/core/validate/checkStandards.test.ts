import { makeCadre, trained } from "../attainment/makeCadre.testHelper";
import { DEFAULT_FRAMEWORK } from "../standards";
import { finding } from "../findings";
import { checkStandards } from "./checkStandards";

describe("checkStandards", () => {
  it("names both standards once when S1 and S2 ask the same of a full-time district chair", () => {
    const chair = makeCadre({
      level: "tren-co-so",
      positions: ["chu-tich"],
      employment: "chuyen-trach",
      education: "dai-hoc",
      politicalTheory: "so-cap",
      unionTraining: trained(2017),
    });
    const found = checkStandards([chair], DEFAULT_FRAMEWORK, 2019);
    expect(found.map((f) => [f.cell, f.code, f.params])).toEqual([
      [
        chair.nameCell,
        "below-standard",
        {
          rules: ["S1", "S2"],
          ruleTitles: [DEFAULT_FRAMEWORK.standards[0].title, DEFAULT_FRAMEWORK.standards[1].title],
          criterion: "politicalTheory",
          required: { kind: "politicalTheory", code: "trung-cap" },
          actual: { kind: "politicalTheory", code: "so-cap" },
        },
      ],
    ]);
  });

  it("does not judge person by person what the sheet has no column for, and says so once", () => {
    const columns = new Set(["fullName", "position", "level"] as const);
    const chairs = [1, 2, 3].map(() => makeCadre({ level: "co-so", positions: ["chu-tich"], columns }));
    const found = checkStandards(chairs, DEFAULT_FRAMEWORK, 2019);
    expect(found.map((f) => [f.code, f.sheet, f.params])).toEqual([
      ["standard-not-judged", "DS", { criterion: "unionTraining", rules: ["S3"], cadres: 3 }],
    ]);
    // With the column there, an empty cell is a gap in the roster: a warning for that person.
    const withColumn = makeCadre({
      level: "co-so",
      positions: ["chu-tich"],
      columns: new Set(["fullName", "unionTraining"]),
    });
    expect(checkStandards([withColumn], DEFAULT_FRAMEWORK, 2019).map((f) => f.code)).toEqual([
      "below-standard",
    ]);
  });

  it("does not judge again a value the reader could not understand (its own finding says so)", () => {
    const typo = makeCadre({
      level: "tren-co-so",
      positions: ["uv-bch"],
      employment: "khong-chuyen-trach",
      columns: new Set(["fullName", "education"]),
    });
    const invalid = finding(
      "invalid-value",
      { field: "education" },
      { sheet: "DS", row: typo.row, field: "education" },
    );
    expect(checkStandards([typo], DEFAULT_FRAMEWORK, 2019, [invalid])).toEqual([]);
    expect(checkStandards([typo], DEFAULT_FRAMEWORK, 2019).map((f) => f.params.criterion)).toEqual([
      "education",
    ]);
  });
});

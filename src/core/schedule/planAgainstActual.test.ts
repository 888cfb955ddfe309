import { makeCadre, trained } from "../attainment/makeCadre.testHelper";
import { BUILTIN_PLAN } from "./builtinPlan";
import { planAgainstActual } from "./planAgainstActual";

const roster = [
  makeCadre({ fullName: "a1", level: "co-so", positions: ["chu-tich"], unionTraining: trained(2019) }),
  makeCadre({ fullName: "a2", level: "co-so", positions: ["chu-tich"], unionTraining: trained(2018) }),
  makeCadre({ fullName: "a3", level: "co-so", positions: ["chu-tich"], unionTraining: trained(true) }),
  makeCadre({
    fullName: "a4",
    employment: "chuyen-trach",
    level: "tren-co-so",
    unionTraining: trained(2019),
  }),
  makeCadre({ fullName: "a5", level: "co-so", positions: ["uv-bch"], unionTraining: trained(2019) }),
  makeCadre({ fullName: "a6", level: "co-so", positions: ["pho-chu-tich"], unionTraining: trained(2018) }),
];

describe("planAgainstActual", () => {
  it("fills the year's rows with the people trained in that year, leaves the rest", () => {
    const rows = planAgainstActual(BUILTIN_PLAN.rows, roster, 2019);
    expect(rows.map((r) => r.actual)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      1,
      1,
      undefined,
      undefined,
    ]);
    expect(rows[4]).toMatchObject({ year: 2019, count: 500, actual: 1 }); // a1 only: a2 in 2018, a3 no year
    expect(BUILTIN_PLAN.rows[4].actual).toBeUndefined();
  });

  it("counts 2018's deputies row from the 2018 trainings", () => {
    const rows = planAgainstActual(BUILTIN_PLAN.rows, roster, 2018);
    expect(rows.map((r) => r.actual)).toEqual([
      undefined,
      undefined,
      undefined,
      1,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("leaves rows without a known group alone", () => {
    const rows = planAgainstActual(
      [
        { year: 2019, group: "Khác", count: 5, unit: "", content: "" },
        { year: 2019, group: "Lạ", count: 5, unit: "", content: "", groupId: "khong-co" },
      ],
      roster,
      2019,
    );
    expect(rows.map((r) => r.actual)).toEqual([undefined, undefined]);
  });
});

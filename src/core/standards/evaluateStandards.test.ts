import { NO_EXTRA, type Cadre } from "../cadre";
import type { Education, PoliticalTheory } from "../vocab";
import { DEFAULT_FRAMEWORK } from "./defaultFramework";
import { evaluateStandards } from "./evaluateStandards";
import { meetsStandards } from "./meetsStandards";
import type { StandardsFramework } from "./positionStandard";

function cadre(fields: Partial<Cadre>): Cadre {
  return {
    sheet: "DS",
    row: 5,
    nameCell: "B5",
    fullName: "Nguyễn Văn A",
    positions: [],
    extra: NO_EXTRA,
    ...fields,
  };
}
/** The unmet criteria as [standard id, criterion, required, actual], easy to write by hand. */
function unmet(c: Cadre, year: number, f: StandardsFramework = DEFAULT_FRAMEWORK) {
  return evaluateStandards(c, f, year).map((u) => [u.standard.id, u.criterion, u.required, u.actual]);
}

const UNKNOWN = { kind: "unknown" } as const;
const edu = (code: Education) => ({ kind: "education", code }) as const;
const llct = (code: PoliticalTheory) => ({ kind: "politicalTheory", code }) as const;

const districtChair = {
  level: "tren-co-so",
  positions: ["chu-tich"],
  employment: "chuyen-trach",
} as const satisfies Partial<Cadre>;
const grassrootsChair = {
  level: "co-so",
  positions: ["chu-tich"],
  employment: "khong-chuyen-trach",
} as const;

describe("evaluateStandards with the built-in framework", () => {
  it("reports a full-time district chair with Cao đẳng and Sơ cấp LLCT under S1 and S2", () => {
    const c = cadre({
      ...districtChair,
      positions: ["chu-tich"],
      education: "cao-dang",
      politicalTheory: "so-cap",
      unionTraining: { done: true, year: 2017 },
    });
    expect(unmet(c, 2019)).toEqual([
      ["S1", "education", edu("dai-hoc"), edu("cao-dang")],
      ["S1", "politicalTheory", llct("trung-cap"), llct("so-cap")],
      ["S2", "education", edu("dai-hoc"), edu("cao-dang")],
      ["S2", "politicalTheory", llct("trung-cap"), llct("so-cap")],
    ]);
  });
  it("keeps the standard itself in each entry", () => {
    const c = cadre({
      ...districtChair,
      positions: ["chu-tich"],
      education: "cao-dang",
      politicalTheory: "trung-cap",
      unionTraining: { done: true },
    });
    const found = evaluateStandards(c, DEFAULT_FRAMEWORK, 2019);
    expect(found.map((u) => u.standard)).toEqual([
      DEFAULT_FRAMEWORK.standards[0],
      DEFAULT_FRAMEWORK.standards[1],
    ]);
  });
  it("counts empty values as unmet, with no information", () => {
    const c = cadre({ ...districtChair, positions: ["chu-tich"] });
    expect(unmet(c, 2019)).toEqual([
      ["S1", "education", edu("dai-hoc"), UNKNOWN],
      ["S1", "politicalTheory", llct("trung-cap"), UNKNOWN],
      ["S1", "unionTraining", { kind: "trained" }, UNKNOWN],
      ["S2", "education", edu("dai-hoc"), UNKNOWN],
      ["S2", "politicalTheory", llct("trung-cap"), UNKNOWN],
      ["S5", "education", edu("trung-cap"), UNKNOWN],
    ]);
  });
  it("accepts levels above the minimum (Thạc sĩ, Cao cấp)", () => {
    const c = cadre({
      ...districtChair,
      positions: ["chu-tich"],
      education: "thac-si",
      politicalTheory: "cao-cap",
      unionTraining: { done: true },
    });
    expect(unmet(c, 2019)).toEqual([]);
  });
  it("reports an untrained CĐCS chair under S3", () => {
    expect(
      unmet(cadre({ ...grassrootsChair, positions: ["chu-tich"], unionTraining: { done: false } }), 2019),
    ).toEqual([["S3", "unionTraining", { kind: "trained" }, { kind: "not-trained" }]]);
  });
  it("does not count training in a year after the report year", () => {
    const c = cadre({
      ...grassrootsChair,
      positions: ["chu-tich"],
      unionTraining: { done: true, year: 2020 },
    });
    expect(unmet(c, 2019)).toEqual([
      ["S3", "unionTraining", { kind: "trained" }, { kind: "trained", year: 2020, late: true }],
    ]);
    expect(unmet(c, 2020)).toEqual([]);
  });
  it("counts a bare training mark as done", () => {
    expect(
      unmet(cadre({ ...grassrootsChair, positions: ["chu-tich"], unionTraining: { done: true } }), 2016),
    ).toEqual([]);
  });
  it("reports nothing for a part-time UVBCH of a CĐCS, whatever their record", () => {
    expect(
      unmet(cadre({ level: "co-so", positions: ["uv-bch"], employment: "khong-chuyen-trach" }), 2019),
    ).toEqual([]);
  });
  it("reports nothing of S1/S2 when the level is unknown", () => {
    expect(
      unmet(cadre({ positions: ["chu-tich"], employment: "chuyen-trach", education: "trung-cap" }), 2019),
    ).toEqual([]);
  });
});

describe("evaluateStandards on the other criteria", () => {
  const framework: StandardsFramework = {
    origin: "sheet",
    notice: "",
    standards: [
      {
        id: "T1",
        title: "Thử",
        levels: ["tinh"],
        positions: "all",
        employment: "any",
        requires: { stateManagement: "chuyen-vien-chinh", partyMember: true, maxAge: 60 },
      },
    ],
  };
  const provincial = { level: "tinh" } as const;

  it("reports QLNN below the minimum, a non-member and an age over the limit", () => {
    const c = cadre({
      ...provincial,
      stateManagement: "chuyen-vien",
      partyMember: false,
      birthDate: { year: 1958 },
    });
    expect(unmet(c, 2019, framework)).toEqual([
      [
        "T1",
        "stateManagement",
        { kind: "stateManagement", code: "chuyen-vien-chinh" },
        { kind: "stateManagement", code: "chuyen-vien" },
      ],
      ["T1", "partyMember", { kind: "party-member" }, { kind: "not-party-member" }],
      ["T1", "maxAge", { kind: "age", age: 60 }, { kind: "age", age: 61 }],
    ]);
  });
  it("accepts exactly the age limit, a joining year as membership, and QLNN at the minimum", () => {
    const c = cadre({
      ...provincial,
      stateManagement: "chuyen-vien-chinh",
      partyYear: 1990,
      birthDate: { year: 1959, month: 12, day: 31 },
    });
    expect(unmet(c, 2019, framework)).toEqual([]);
  });
  it("reports unknown values and a joining year after the report year", () => {
    expect(unmet(cadre({ ...provincial, partyMember: true, partyYear: 2020 }), 2019, framework)).toEqual([
      ["T1", "stateManagement", { kind: "stateManagement", code: "chuyen-vien-chinh" }, UNKNOWN],
      ["T1", "partyMember", { kind: "party-member" }, { kind: "party-member", year: 2020, late: true }],
      ["T1", "maxAge", { kind: "age", age: 60 }, UNKNOWN],
    ]);
  });
});

describe("meetsStandards", () => {
  it("is undefined when no standard applies", () => {
    expect(
      meetsStandards(
        cadre({ level: "co-so", positions: ["uv-bch"], employment: "khong-chuyen-trach" }),
        DEFAULT_FRAMEWORK,
        2019,
      ),
    ).toBeUndefined();
    expect(meetsStandards(cadre({ positions: ["chu-tich"] }), DEFAULT_FRAMEWORK, 2019)).toBeUndefined();
  });
  it("is true when every applicable standard is met, false otherwise", () => {
    const good = cadre({
      ...districtChair,
      positions: ["chu-tich"],
      education: "dai-hoc",
      politicalTheory: "trung-cap",
      unionTraining: { done: true, year: 2017 },
    });
    expect(meetsStandards(good, DEFAULT_FRAMEWORK, 2019)).toBe(true);
    expect(meetsStandards({ ...good, politicalTheory: "so-cap" }, DEFAULT_FRAMEWORK, 2019)).toBe(false);
    expect(meetsStandards(good, DEFAULT_FRAMEWORK, 2016)).toBe(false);
  });
});

import { NO_EXTRA, type Cadre } from "../cadre";
import { DEFAULT_FRAMEWORK } from "./defaultFramework";
import type { StandardsFramework } from "./positionStandard";
import { standardsFor } from "./standardsFor";

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
const ids = (c: Cadre, f: StandardsFramework = DEFAULT_FRAMEWORK) => standardsFor(c, f).map((s) => s.id);

describe("standardsFor with the built-in framework", () => {
  it("gives a full-time chair of a district federation S1, S2 and S5", () => {
    expect(ids(cadre({ level: "tren-co-so", positions: ["chu-tich"], employment: "chuyen-trach" }))).toEqual([
      "S1",
      "S2",
      "S5",
    ]);
  });
  it("gives a part-time provincial vice-chair S2 and S5", () => {
    expect(
      ids(cadre({ level: "tinh", positions: ["pho-chu-tich"], employment: "khong-chuyen-trach" })),
    ).toEqual(["S2", "S5"]);
  });
  it("gives a full-time upper-level specialist S1 and S5", () => {
    expect(
      ids(cadre({ level: "tren-co-so", positions: ["chuyen-vien"], employment: "chuyen-trach" })),
    ).toEqual(["S1", "S5"]);
  });
  it("matches any of several positions (PCT kiêm UVBTV)", () => {
    expect(
      ids(cadre({ level: "tinh", positions: ["uv-btv", "pho-chu-tich"], employment: "khong-chuyen-trach" })),
    ).toEqual(["S2", "S5"]);
  });
  it("covers every position at the upper levels, part-time executive members included", () => {
    const positions = [
      "chu-tich",
      "pho-chu-tich",
      "uv-btv",
      "uv-bch",
      "chu-nhiem-ubkt",
      "pho-chu-nhiem-ubkt",
      "uv-ubkt",
      "truong-ban",
      "pho-truong-ban",
      "to-truong",
      "to-pho",
      "chuyen-vien",
    ] as const;
    for (const level of ["trung-uong", "tinh", "tren-co-so"] as const)
      for (const p of positions)
        for (const employment of ["chuyen-trach", "khong-chuyen-trach", undefined] as const)
          expect(ids(cadre({ level, positions: [p], employment })).length).toBeGreaterThan(0);
    expect(
      ids(cadre({ level: "tren-co-so", positions: ["uv-bch"], employment: "khong-chuyen-trach" })),
    ).toEqual(["S5"]);
    expect(ids(cadre({ level: "tinh", positions: ["truong-ban"], employment: "chuyen-trach" }))).toEqual([
      "S1",
      "S5",
    ]);
  });
  it("gives a part-time CĐCS chair S3, a full-time one S3 and S4", () => {
    expect(ids(cadre({ level: "co-so", positions: ["chu-tich"], employment: "khong-chuyen-trach" }))).toEqual(
      ["S3"],
    );
    expect(ids(cadre({ level: "co-so", positions: ["chu-tich"], employment: "chuyen-trach" }))).toEqual([
      "S3",
      "S4",
    ]);
  });
  it("gives a part-time UVBCH of a CĐCS no standard", () => {
    expect(ids(cadre({ level: "co-so", positions: ["uv-bch"], employment: "khong-chuyen-trach" }))).toEqual(
      [],
    );
  });
  it("gives nothing limited by level when the level is unknown", () => {
    expect(ids(cadre({ positions: ["chu-tich"], employment: "chuyen-trach" }))).toEqual([]);
  });
  it("gives an upper-level chair of unknown employment S2 and S5 but not S1", () => {
    expect(ids(cadre({ level: "tren-co-so", positions: ["chu-tich"] }))).toEqual(["S2", "S5"]);
  });
  it("gives a full-time upper-level cadre with no position S1 and S5 (all positions) but not S2", () => {
    expect(ids(cadre({ level: "tinh", employment: "chuyen-trach" }))).toEqual(["S1", "S5"]);
  });
});

describe("standardsFor with standards that do not condition on the unknown part", () => {
  const framework: StandardsFramework = {
    origin: "sheet",
    notice: "",
    standards: [
      {
        id: "A",
        title: "Mọi cấp",
        levels: ["trung-uong", "tinh", "tren-co-so", "co-so"],
        positions: ["chu-tich"],
        employment: "any",
        requires: { partyMember: true },
      },
      {
        id: "B",
        title: "Cơ sở",
        levels: ["co-so"],
        positions: "all",
        employment: "any",
        requires: { maxAge: 60 },
      },
    ],
  };
  it("applies an all-levels standard to a cadre whose level is unknown", () => {
    expect(ids(cadre({ positions: ["chu-tich"] }), framework)).toEqual(["A"]);
  });
  it("applies nothing position-limited to a cadre with no position", () => {
    expect(ids(cadre({ level: "co-so" }), framework)).toEqual(["B"]);
  });
});

import { groupByUpperUnit, upperUnitOf } from "./groupByUpperUnit";
import { makeCadre } from "./makeCadre.testHelper";

describe("groupByUpperUnit", () => {
  it("sorts the Vietnamese way (Đ after D, before L), merges NFD and spacing variants, unknown last", () => {
    const groups = groupByUpperUnit([
      makeCadre({ upperUnit: "LĐLĐ huyện Thạnh Phú" }),
      makeCadre({ upperUnit: "Đoàn Khối" }),
      makeCadre({}),
      makeCadre({ upperUnit: "Dân  Khối".normalize("NFD") }),
      makeCadre({ upperUnit: "Dân Khối" }),
      makeCadre({ upperUnit: "  " }),
    ]);
    expect(groups.map((g) => [g.unit, g.cadres.length])).toEqual([
      ["Dân Khối", 2],
      ["Đoàn Khối", 1],
      ["LĐLĐ huyện Thạnh Phú", 1],
      ["(Chưa rõ đơn vị cấp trên)", 2],
    ]);
    expect(upperUnitOf(makeCadre({ upperUnit: " Ba  Tri " }))).toBe("Ba Tri");
  });
});

import { hasPoliticalQualification } from "./hasPoliticalQualification";
import { isKeyCadre } from "./isKeyCadre";
import { isTrainedBy, isTrainedIn } from "./isTrainedBy";
import { makeCadre } from "./makeCadre.testHelper";

describe("training rules", () => {
  it("counts a bare mark as trained by any year but in no particular year", () => {
    expect(isTrainedBy({ done: true }, 2016)).toBe(true);
    expect(isTrainedIn({ done: true }, 2016)).toBe(false);
    expect(isTrainedBy({ done: true, year: 2021 }, 2020)).toBe(false);
    expect(isTrainedBy({ done: false, year: 2019 }, 2020)).toBe(false);
    expect(isTrainedBy(undefined, 2020)).toBe(false);
  });
  it("lets the roster's Chủ chốt column override the positions", () => {
    expect(isKeyCadre(makeCadre({ positions: ["chu-tich"], keyCadre: false }))).toBe(false);
    expect(isKeyCadre(makeCadre({ positions: ["uv-bch"], keyCadre: true }))).toBe(true);
    expect(isKeyCadre(makeCadre({ positions: ["uv-btv", "pho-chu-tich"] }))).toBe(true);
  });
  it("counts LLCT trung cấp or the class attended by the year", () => {
    expect(hasPoliticalQualification(makeCadre({ politicalTheory: "trung-cap" }), 2016)).toBe(true);
    expect(
      hasPoliticalQualification(
        makeCadre({ politicalTheory: "so-cap", politicalClass: { done: true, year: 2020 } }),
        2019,
      ),
    ).toBe(false);
  });
});

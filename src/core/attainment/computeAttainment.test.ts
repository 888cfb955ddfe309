import type { Cadre } from "../cadre";
import { computeAttainment, type Indicator } from "./computeAttainment";
import { makeCadre, trained } from "./makeCadre.testHelper";

const BT = "LĐLĐ huyện Ba Tri";
const YT = "Công đoàn ngành Y tế";

// Standards evaluation stand-in: the note column says "đạt" / "chưa đạt", empty = no standard applies.
const meetsStandard = (c: Cadre) => (c.note === "đạt" ? true : c.note === "chưa đạt" ? false : undefined);

/** Report year 2019. Two units plus one cadre without an upper unit. */
const roster: Cadre[] = [
  // c1
  makeCadre({
    upperUnit: BT,
    employment: "chuyen-trach",
    payroll: "hdld",
    gender: "nu",
    level: "tren-co-so",
    positions: ["chu-tich"],
    unionTraining: trained(2018),
    genderTraining: trained(2019),
    politicalClass: trained(2019),
    note: "đạt",
  }),
  // c2: union training in 2020 is after the report year
  makeCadre({
    upperUnit: BT,
    employment: "chuyen-trach",
    payroll: "bien-che",
    gender: "nam",
    level: "tren-co-so",
    positions: ["pho-chu-tich"],
    unionTraining: trained(2020),
    genderTraining: trained(true),
    politicalTheory: "trung-cap",
    note: "chưa đạt",
  }),
  // c3: political class only in 2020
  makeCadre({
    upperUnit: BT,
    employment: "chuyen-trach",
    payroll: "hdld",
    gender: "nu",
    level: "tren-co-so",
    positions: ["chuyen-vien"],
    unionTraining: trained(true),
    politicalTheory: "so-cap",
    politicalClass: trained(2020),
  }),
  // c4: a chair the roster marks as not key
  makeCadre({
    upperUnit: BT,
    employment: "khong-chuyen-trach",
    gender: "nam",
    level: "co-so",
    positions: ["chu-tich"],
    keyCadre: false,
    unionTraining: trained(2019),
  }),
  // c5: an executive member the roster marks as key
  makeCadre({
    upperUnit: BT,
    employment: "khong-chuyen-trach",
    gender: "nu",
    level: "co-so",
    positions: ["uv-bch"],
    keyCadre: true,
    genderTraining: trained(2017),
  }),
  // c6
  makeCadre({
    upperUnit: YT,
    employment: "chuyen-trach",
    payroll: "hdld",
    gender: "nu",
    level: "tren-co-so",
    positions: ["chu-tich"],
    unionTraining: trained(2015),
    genderTraining: trained(2021),
    politicalTheory: "cao-cap",
    note: "đạt",
  }),
  // c7
  makeCadre({
    upperUnit: YT,
    employment: "khong-chuyen-trach",
    gender: "nam",
    level: "co-so",
    positions: ["pho-chu-tich"],
    unionTraining: trained(2019),
    genderTraining: trained(2019),
  }),
  // c8
  makeCadre({
    upperUnit: YT,
    employment: "khong-chuyen-trach",
    gender: "nu",
    level: "co-so",
    positions: ["uv-bch"],
    unionTraining: trained(true),
  }),
  // c9
  makeCadre({
    upperUnit: YT,
    employment: "khong-chuyen-trach",
    gender: "nu",
    level: "co-so",
    positions: ["to-truong"],
  }),
  // c10: no upper unit
  makeCadre({
    employment: "chuyen-trach",
    payroll: "hdld",
    gender: "nam",
    level: "tinh",
    positions: ["truong-ban"],
    unionTraining: trained(2019),
    note: "chưa đạt",
  }),
];

/** Last year's roster for I6: Ba Tri 1 of 3 met, Y tế 1 of 1, grassroots cadres do not count. */
const lastYear: Cadre[] = [
  makeCadre({ upperUnit: BT, level: "tren-co-so", note: "đạt" }),
  makeCadre({ upperUnit: BT, level: "tren-co-so", note: "chưa đạt" }),
  makeCadre({ upperUnit: BT, level: "tren-co-so", note: "chưa đạt" }),
  makeCadre({ upperUnit: YT, level: "tinh", note: "đạt" }),
  makeCadre({ upperUnit: YT, level: "co-so", note: "đạt" }),
];

const finance = [
  { year: 2018, funds: 4_800_000_000, trainingSpending: 600_000_000 },
  { year: 2019, funds: 5_200_000_000, trainingSpending: 780_000_000 },
];

function pick(list: Indicator[], unit: string, id: string): Indicator {
  const found = list.find((i) => i.unit === unit && i.id === id);
  if (!found) throw new Error(`no ${id} for ${unit}`);
  return found;
}
/** numerator, denominator, met, gap. */
function short(i: Indicator): [number, number, boolean | null, number | null] {
  return [i.numerator, i.denominator, i.met, i.gap];
}

describe("computeAttainment", () => {
  const result = computeAttainment(roster, { year: 2019, meetsStandard, previous: lastYear, finance });

  it("lists units in Vietnamese order, the unknown unit last, then the total with I7", () => {
    const order = result.map((i) => `${i.unit}/${i.id}`);
    expect(order).toEqual([
      ...["I1", "I2", "I3", "I4", "I5", "I6"].map((id) => `${YT}/${id}`),
      ...["I1", "I2", "I3", "I4", "I5", "I6"].map((id) => `${BT}/${id}`),
      ...["I1", "I2", "I3", "I4", "I5", "I6"].map((id) => `(Chưa rõ đơn vị cấp trên)/${id}`),
      ...["I1", "I2", "I3", "I4", "I5", "I6", "I7"].map((id) => `Tổng cộng/${id}`),
    ]);
  });

  it("computes Ba Tri by hand", () => {
    expect(short(pick(result, BT, "I1"))).toEqual([2, 3, false, 1]); // c2's 2020 training does not count
    expect(short(pick(result, BT, "I2"))).toEqual([1, 2, false, 1]); // 90% of 2 = 1.8 → 2 needed
    expect(short(pick(result, BT, "I3"))).toEqual([3, 3, true, 0]); // c1, c2, c5 (keyCadre overrides both ways)
    expect(short(pick(result, BT, "I4"))).toEqual([1, 2, false, 1]);
    expect(short(pick(result, BT, "I5"))).toEqual([1, 2, true, 0]); // 30% of 2 = 0.6 → 1 needed
    // c3 has no standard: counted, not reached; 1 of 3 only equals last year's 1 of 3, 2 are needed
    expect(short(pick(result, BT, "I6"))).toEqual([1, 3, false, 1]);
    expect(pick(result, BT, "I6").previous).toBeCloseTo(1 / 3);
    expect(pick(result, BT, "I1").percent).toBeCloseTo(2 / 3);
    expect(pick(result, BT, "I2").percent).toBe(0.5);
  });

  it("computes Y tế by hand", () => {
    expect(short(pick(result, YT, "I1"))).toEqual([1, 1, true, 0]);
    expect(short(pick(result, YT, "I2"))).toEqual([2, 3, false, 1]);
    expect(short(pick(result, YT, "I3"))).toEqual([1, 2, false, 1]); // c6's 2021 gender training is too late
    expect(short(pick(result, YT, "I4"))).toEqual([0, 1, false, 1]);
    expect(short(pick(result, YT, "I5"))).toEqual([1, 1, true, 0]); // LLCT cao cấp counts
    // last year 100%: cannot rise, staying at 100% is met
    expect(short(pick(result, YT, "I6"))).toEqual([1, 1, true, 0]);
    expect(pick(result, YT, "I6").previous).toBe(1);
    expect(pick(result, YT, "I4").percent).toBe(0);
  });

  it("gives null percent and met for an empty denominator", () => {
    const unknown = "(Chưa rõ đơn vị cấp trên)";
    expect(pick(result, unknown, "I2")).toMatchObject({
      numerator: 0,
      denominator: 0,
      percent: null,
      met: null,
      gap: null,
    });
    expect(pick(result, unknown, "I3").denominator).toBe(0);
    expect(short(pick(result, unknown, "I5"))).toEqual([0, 1, false, 1]);
    // no cadre of this unit last year: nothing to compare with
    expect(pick(result, unknown, "I6")).toMatchObject({
      numerator: 0,
      denominator: 1,
      percent: 0,
      met: null,
      previous: null,
    });
  });

  it("computes the total by hand", () => {
    const t = (id: string) => pick(result, "Tổng cộng", id);
    expect(short(t("I1"))).toEqual([4, 5, false, 1]);
    expect(t("I1").percent).toBe(0.8);
    expect(short(t("I2"))).toEqual([3, 5, false, 2]); // 90% of 5 = 4.5 → 5 needed
    expect(short(t("I3"))).toEqual([4, 5, false, 1]);
    expect(short(t("I4"))).toEqual([1, 3, false, 2]);
    expect(short(t("I5"))).toEqual([2, 4, true, 0]); // 30% of 4 = 1.2 → 2 needed
    // every upper-level cadre counts (c3 has no standard): 2 of 5 is below last year's 2 of 4; 3 of 5 would be higher
    expect(short(t("I6"))).toEqual([2, 5, false, 1]);
    expect(t("I6").previous).toBe(0.5);
    expect(t("I6").target).toBe("increase");
  });

  it("computes I7 from the year's finance, total only", () => {
    expect(result.filter((i) => i.id === "I7").map((i) => i.unit)).toEqual(["Tổng cộng"]);
    expect(pick(result, "Tổng cộng", "I7")).toMatchObject({
      numerator: 780_000_000,
      denominator: 5_200_000_000,
      target: 0.15,
      met: true,
      gap: 0,
    });
    expect(pick(result, "Tổng cộng", "I7").percent).toBeCloseTo(0.15);

    const short2018 = computeAttainment(roster, { year: 2018, meetsStandard, finance });
    // 15% of 4.8 billion = 720 million; 600 million spent → 120 million missing
    expect(pick(short2018, "Tổng cộng", "I7")).toMatchObject({
      met: false,
      gap: 120_000_000,
      percent: 0.125,
    });
  });

  it("writes a denominator-0 I7 row with a note when the year has no finance", () => {
    const noMoney = computeAttainment(roster, { year: 2020, meetsStandard });
    expect(pick(noMoney, "Tổng cộng", "I7")).toMatchObject({
      numerator: 0,
      denominator: 0,
      percent: null,
      met: null,
      gap: null,
      note: "Chưa có số liệu kinh phí năm 2020.",
    });
  });

  it("has no previous share without last year's roster", () => {
    const alone = computeAttainment(roster, { year: 2019, meetsStandard });
    expect(pick(alone, "Tổng cộng", "I6")).toMatchObject({ previous: null, met: null, gap: null });
  });

  it("counts trainings written in a later year once the report year reaches them", () => {
    const in2020 = computeAttainment(roster, { year: 2020, meetsStandard });
    expect(short(pick(in2020, BT, "I1"))).toEqual([3, 3, true, 0]); // c2 trained in 2020
    expect(short(pick(in2020, BT, "I5"))).toEqual([2, 2, true, 0]); // c3's class in 2020
  });

  it("notes that I5 is due in the end year, judged against the full target before it", () => {
    expect(pick(result, "Tổng cộng", "I5").note).toBe(
      "Chỉ tiêu phải đạt vào năm 2020; năm 2019 đối chiếu với mức cuối kỳ.",
    );
    expect(pick(result, "Tổng cộng", "I5").title).toMatch(/\(chỉ tiêu đến năm 2020\)$/);
    const in2020 = computeAttainment(roster, { year: 2020, meetsStandard });
    expect(pick(in2020, "Tổng cộng", "I5").note).toBeUndefined();
  });

  it("takes edited targets and key positions", () => {
    const edited = computeAttainment(roster, {
      year: 2019,
      meetsStandard,
      targets: { I2: 0.5, endYear: 2025 },
      keyPositions: ["chu-tich"],
    });
    expect(short(pick(edited, BT, "I2"))).toEqual([1, 2, true, 0]);
    // key now: c1 (CT), c5 (marked key), c6 (CT); c2 and c7 (PCT) no longer; c4 marked not key
    expect(short(pick(edited, "Tổng cộng", "I3"))).toEqual([2, 3, false, 1]);
    expect(pick(edited, "Tổng cộng", "I5").title).toMatch(/2025/);
  });
});

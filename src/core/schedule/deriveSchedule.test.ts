import { makeCadre, trained } from "../attainment/makeCadre.testHelper";
import { deriveSchedule } from "./deriveSchedule";
import type { TrainingGroup } from "./trainingGroups";

// Roster of 2019.
const roster = [
  makeCadre({ fullName: "d1", level: "co-so", positions: ["pho-chu-tich"] }),
  makeCadre({ fullName: "d2", level: "co-so", positions: ["uv-bch"], unionTraining: trained(2020) }),
  makeCadre({ fullName: "d3", level: "co-so", positions: ["uv-bch"], unionTraining: trained(2018) }),
  // a chair who is also UVBCH: chairs' group only (most senior position)
  makeCadre({ fullName: "d4", level: "co-so", positions: ["chu-tich", "uv-bch"] }),
  makeCadre({
    fullName: "d5",
    level: "tren-co-so",
    employment: "chuyen-trach",
    payroll: "hdld",
    gender: "nu",
    positions: ["chuyen-vien"],
    politicalTheory: "so-cap",
  }),
  makeCadre({
    fullName: "d6",
    level: "tinh",
    employment: "chuyen-trach",
    payroll: "bien-che",
    gender: "nam",
    positions: ["pho-chu-tich"],
    unionTraining: trained(true),
    genderTraining: trained(2019),
  }),
  makeCadre({ fullName: "d7", level: "co-so", positions: ["pho-chu-tich"], unionTraining: trained(2019) }),
  makeCadre({ fullName: "d8", level: "co-so", positions: ["to-truong"] }),
];

describe("deriveSchedule", () => {
  it("counts each default group's untrained people for the next year", () => {
    const rows = deriveSchedule(roster, { year: 2019 });
    expect(rows.map((r) => [r.year, r.groupId, r.count])).toEqual([
      [2020, "cdcs-pho-chu-tich-uvbch", 2], // d1, d2 (trained only in 2020)
      [2020, "cdcs-chu-tich", 1], // d4
      [2020, "chuyen-trach", 1], // d5
      [2020, "chu-chot-binh-dang-gioi", 3], // d1, d4, d7
      [2020, "nu-cap-tren-binh-dang-gioi", 1], // d5
      [2020, "hdld-trung-cap-chinh-tri", 1], // d5
    ]);
    expect(rows[0].unit).toBe("Tại các huyện, thành phố, ngành");
    expect(rows[0].content.split("\n")[1]).toBe(
      "- Công tác phát triển đoàn viên và xây dựng CĐCS vững mạnh.",
    );
    expect(rows[2].unit).toBe("Trường Đại học Tôn Đức Thắng");
    expect(rows[5].unit).toBe("Trường Chính trị tỉnh");
  });

  it("sees a training once the roster year reaches it", () => {
    expect(deriveSchedule(roster, { year: 2020 })[0]).toMatchObject({ year: 2021, count: 1 });
  });

  it("works with user-edited groups and leaves out empty ones", () => {
    const groups: TrainingGroup[] = [
      {
        id: "key-cdcs",
        name: "Cán bộ chủ chốt CĐCS chưa tập huấn",
        who: { training: "union", levels: ["co-so"], keyOnly: true },
        unit: "LĐLĐ huyện",
        content: "- Kỹ năng thương lượng tập thể.",
      },
      {
        id: "women-cdcs",
        name: "Nữ CĐCS",
        who: { training: "gender", gender: "nu", levels: ["co-so"] },
        unit: "LĐLĐ huyện",
        content: "",
      },
    ];
    // key at grassroots and untrained: d1 (PCT), d4 (CT); d7 trained in 2019
    expect(deriveSchedule(roster, { year: 2019, groups })).toEqual([
      {
        year: 2020,
        group: "Cán bộ chủ chốt CĐCS chưa tập huấn",
        count: 2,
        unit: "LĐLĐ huyện",
        content: "- Kỹ năng thương lượng tập thể.",
        groupId: "key-cdcs",
      },
    ]);
  });
});

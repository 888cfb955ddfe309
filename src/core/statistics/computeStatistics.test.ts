import { makeCadre, trained } from "../attainment/makeCadre.testHelper";
import { computeStatistics } from "./computeStatistics";

const A = "LĐLĐ huyện Ba Tri";
const B = "Công đoàn ngành Giáo dục";

const roster = [
  makeCadre({
    fullName: "s1",
    upperUnit: A,
    gender: "nu",
    partyMember: true,
    ethnicity: "Kinh",
    birthDate: { year: 1990 },
    employment: "chuyen-trach",
    payroll: "hdld",
    education: "dai-hoc",
    politicalTheory: "trung-cap",
    stateManagement: "chuyen-vien",
    unionTraining: trained(2019),
    genderTraining: trained(2019),
  }),
  makeCadre({
    fullName: "s2",
    upperUnit: A,
    gender: "nam",
    ethnicity: "Khmer",
    birthDate: { year: 1980, month: 12, day: 31 },
    employment: "khong-chuyen-trach",
    education: "trung-cap",
    politicalTheory: "so-cap",
    unionTraining: trained(true),
  }),
  makeCadre({
    fullName: "s3",
    upperUnit: A,
    gender: "nu",
    partyMember: true,
    ethnicity: "KINH",
    birthDate: { year: 1969 },
    employment: "chuyen-trach",
    payroll: "bien-che",
    education: "thac-si",
    politicalTheory: "cao-cap",
    stateManagement: "chuyen-vien-chinh",
    unionTraining: trained(2018),
    genderTraining: trained(2019),
  }),
  makeCadre({ fullName: "s4", upperUnit: B, gender: "nu", unionTraining: trained(2020) }),
  makeCadre({
    fullName: "s5",
    upperUnit: B,
    gender: "nam",
    partyMember: true,
    ethnicity: "Hoa",
    birthDate: { year: 1975 },
    employment: "khong-chuyen-trach",
    education: "dai-hoc",
    politicalTheory: "chua-co",
    stateManagement: "chua-co",
    unionTraining: trained(2019),
  }),
  makeCadre({
    fullName: "s6",
    gender: "nu",
    birthDate: { year: 2025 },
    employment: "chuyen-trach",
    payroll: "hdld",
    education: "cao-dang",
    politicalTheory: "trung-cap",
    unionTraining: trained(true),
    genderTraining: trained(true),
  }),
];

describe("computeStatistics", () => {
  const table = computeStatistics(roster, { year: 2019 });
  const row = (id: string) => {
    const found = table.rows.find((r) => r.id === id);
    if (!found) throw new Error(id);
    return found.values;
  };

  it("has a column per upper unit in Vietnamese order, unknown, then the total", () => {
    expect(table.columns).toEqual([B, A, "(Chưa rõ đơn vị cấp trên)", "Tổng cộng"]);
  });

  it("counts people, women, party members and ethnic minorities", () => {
    expect(row("tong-so")).toEqual([2, 3, 1, 6]);
    expect(row("nu")).toEqual([1, 2, 1, 4]);
    expect(row("dang-vien")).toEqual([1, 2, 0, 3]);
    expect(row("dan-toc-thieu-so")).toEqual([1, 1, 0, 2]); // Hoa, Khmer; "KINH" is Kinh; s4 has none
  });

  it("bands ages by year − birth year; missing and impossible years are chưa rõ", () => {
    expect(row("tuoi-duoi-30")).toEqual([0, 1, 0, 1]); // 29
    expect(row("tuoi-30-39")).toEqual([0, 1, 0, 1]); // 39
    expect(row("tuoi-40-49")).toEqual([1, 0, 0, 1]); // 44
    expect(row("tuoi-tu-50")).toEqual([0, 1, 0, 1]); // 50
    expect(row("tuoi-chua-ro")).toEqual([1, 0, 1, 2]); // no year; born 2025
  });

  it("counts kinds of cadre and payroll", () => {
    expect(row("chuyen-trach")).toEqual([0, 2, 1, 3]);
    expect(row("khong-chuyen-trach")).toEqual([1, 1, 0, 2]);
    expect(row("loai-chua-ro")).toEqual([1, 0, 0, 1]);
    expect(row("bien-che")).toEqual([0, 1, 0, 1]);
    expect(row("hdld")).toEqual([0, 1, 1, 2]);
  });

  it("counts education, LLCT and QLNN levels with a chưa rõ row", () => {
    expect(row("hoc-van-trung-cap")).toEqual([0, 1, 0, 1]);
    expect(row("hoc-van-cao-dang")).toEqual([0, 0, 1, 1]);
    expect(row("hoc-van-dai-hoc")).toEqual([1, 1, 0, 2]);
    expect(row("hoc-van-thac-si")).toEqual([0, 1, 0, 1]);
    expect(row("hoc-van-tien-si")).toEqual([0, 0, 0, 0]);
    expect(row("hoc-van-chua-ro")).toEqual([1, 0, 0, 1]);
    expect(row("llct-chua-co")).toEqual([1, 0, 0, 1]);
    expect(row("llct-trung-cap")).toEqual([0, 1, 1, 2]);
    expect(row("llct-cao-cap")).toEqual([0, 1, 0, 1]);
    expect(row("llct-chua-ro")).toEqual([1, 0, 0, 1]);
    expect(row("qlnn-chuyen-vien-chinh")).toEqual([0, 1, 0, 1]);
    expect(row("qlnn-chua-ro")).toEqual([1, 1, 1, 3]);
  });

  it("counts training in the year and up to the year", () => {
    expect(row("tap-huan-nghiep-vu-trong-nam")).toEqual([1, 1, 0, 2]); // s5, s1
    expect(row("tap-huan-binh-dang-gioi-trong-nam")).toEqual([0, 2, 0, 2]); // s1, s3; s6 has no year
    expect(row("tap-huan-nghiep-vu-luy-ke")).toEqual([1, 3, 1, 5]); // all but s4 (2020)
    expect(table.rows.find((r) => r.id === "tap-huan-nghiep-vu-luy-ke")?.label).toBe(
      "Đã tập huấn nghiệp vụ công đoàn (lũy kế đến 2019)",
    );
  });

  it("splits every section into known values and a Chưa rõ row", () => {
    expect([row("nam"), row("nu"), row("gioi-tinh-chua-ro")]).toEqual([
      [1, 1, 0, 2],
      [1, 2, 1, 4],
      [0, 0, 0, 0],
    ]);
    expect([row("dan-toc-kinh"), row("dan-toc-chua-ro")]).toEqual([
      [0, 2, 0, 2], // "Kinh", "KINH"
      [1, 0, 1, 2], // s4, s6 give none
    ]);
    expect(row("chua-ghi-dang-vien")).toEqual([1, 1, 1, 3]);
    expect(row("dien-chua-ro")).toEqual([0, 0, 0, 0]);
    // no level and no position in this roster: all of them Chưa rõ
    expect(row("cap-chua-ro")).toEqual([2, 3, 1, 6]);
    expect(row("chuc-danh-chua-ro")).toEqual([2, 3, 1, 6]);
  });

  it("breaks down by level and by key position (the most senior position)", () => {
    const t = computeStatistics(
      [
        { ...roster[0], level: "tren-co-so", positions: ["chu-tich"] },
        { ...roster[1], level: "co-so", positions: ["pho-chu-tich", "uv-btv"] },
        { ...roster[2], level: "co-so", positions: ["uv-bch"] },
        { ...roster[3], level: "tinh", positions: ["pho-chu-tich", "uv-btv"] },
      ],
      { year: 2019 },
    );
    const total = (id: string) => t.rows.find((r) => r.id === id)?.values.at(-1);
    expect(["cap-tinh", "cap-tren-co-so", "cap-co-so", "cap-chua-ro"].map(total)).toEqual([1, 1, 2, 0]);
    // the first position is the most senior (the reader orders them): "PCT kiêm UVBTV" is a vice-chair
    expect(["chu-tich", "pho-chu-tich", "chuc-danh-khac", "chuc-danh-chua-ro"].map(total)).toEqual([
      1, 2, 1, 0,
    ]);
  });

  it("has Vietnamese row titles and sections that add up to their total", () => {
    expect(table.rows.find((r) => r.id === "hoc-van-dai-hoc")?.label).toBe("Đại học");
    expect(table.rows.find((r) => r.id === "llct-trung-cap")?.label).toBe("Trung cấp LLCT");
    const groups = new Map<string, string>();
    for (const r of table.rows) if (r.sumsTo) groups.set(r.group, r.sumsTo);
    expect([...groups.keys()]).toEqual([
      "Giới tính",
      "Dân tộc",
      "Đảng viên",
      "Độ tuổi",
      "Cấp công đoàn",
      "Chức danh",
      "Loại cán bộ",
      "Biên chế, HĐLĐ",
      "Chuyên môn",
      "Lý luận chính trị",
      "Quản lý nhà nước",
    ]);
    for (const [group, of] of groups) {
      const sums = table.columns.map((_, i) =>
        table.rows.filter((r) => r.group === group).reduce((s, r) => s + r.values[i], 0),
      );
      expect([group, sums]).toEqual([group, row(of)]);
    }
    expect(row("chuyen-trach")).toEqual([0, 2, 1, 3]);
  });

  it("gives only the total column for an empty roster", () => {
    const empty = computeStatistics([], { year: 2019 });
    expect(empty.columns).toEqual(["Tổng cộng"]);
    expect(empty.rows[0].values).toEqual([0]);
  });
});

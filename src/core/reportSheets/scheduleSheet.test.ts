import { BUILTIN_PLAN, type ScheduleRow } from "../schedule";
import { isFormula, type TableBlock, type TextBlock } from "../sheet";
import { planSheet } from "./planSheet";
import { PROPOSED, scheduleSheet } from "./scheduleSheet";

const tables = (blocks: readonly unknown[]) => (blocks as TableBlock[]).filter((b) => b.kind === "table");
const texts = (blocks: readonly unknown[]) =>
  (blocks as TextBlock[]).filter((b) => b.kind === "text").map((b) => b.text);

describe("planSheet(BUILTIN_PLAN)", () => {
  const sheet = planSheet(BUILTIN_PLAN);
  const [table] = tables(sheet.blocks);

  it("names the sheet and table after the period", () => {
    expect(sheet.name).toBe("Phụ lục 2016-2020");
    expect(table.name).toBe("PhuLuc2016_2020");
  });

  it("reproduces the appendix table: five columns, eight rows, the total by formula", () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      "Thời gian",
      "Đối tượng",
      "Số lượng",
      "Đơn vị thực hiện",
      "Nội dung bồi dưỡng, tập huấn",
    ]);
    expect(table.rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      [2016, 600, "Tại các huyện, thành phố, ngành"],
      [2016, 270, "LĐLĐ tỉnh"],
      [2017, 15, "Trường Đại học Tôn Đức Thắng"],
      [2018, 1500, "Tại các huyện, thành phố, các ngành"],
      [2019, 500, "Tại LĐLĐ tỉnh"],
      [2019, 15, "Trường Đại học Tôn Đức Thắng"],
      [2020, 300, "Tại các huyện, thành phố, ngành"],
      [2020, 11, "Trường Đại học Tôn Đức Thắng"],
    ]);
    expect(table.rows[2][4]).toBeNull(); // no content given: an empty cell
    const total = table.totals?.[0][2];
    expect(isFormula(total) && total.result).toBe(3211);
    expect(table.columns[0].format).toBeUndefined(); // a year, not "2.016"
  });

  it("carries the Party header and the plan's date, and is marked as a copy without a signature", () => {
    const t = texts(sheet.blocks);
    expect(t.slice(0, 3)).toEqual([
      "ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "*",
    ]);
    expect(t).toContain("Bến Tre, ngày 29 tháng 4 năm 2016");
    expect(t).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(t.some((x) => x.startsWith("Số:"))).toBe(false);
    expect(t).toContain("(Bản sao nội dung để đối chiếu, không thay bản có chữ ký)");
    expect(t).not.toContain("Lê Văn Quyền");
    expect(t).not.toContain("BÍ THƯ");
    expect(t.find((x) => x.startsWith("Bản sao để đối chiếu"))).toContain("đồng chí Lê Văn Quyền");
  });
});

describe("scheduleSheet", () => {
  const done: ScheduleRow[] = [
    {
      year: 2019,
      group: "Chủ tịch CĐCS",
      count: 500,
      unit: "Tại LĐLĐ tỉnh",
      content: "- A.",
      actual: 430,
      groupId: "cdcs-chu-tich",
    },
    {
      year: 2019,
      group: "Chuyên trách",
      count: 15,
      unit: "Trường Đại học Tôn Đức Thắng",
      content: "",
      actual: 12,
      groupId: "chuyen-trach",
    },
  ];
  const proposals: ScheduleRow[] = [
    {
      year: 2020,
      group: "Chủ tịch CĐCS chưa tập huấn",
      count: 40,
      unit: "LĐLĐ tỉnh",
      content: "- A.",
      groupId: "cdcs-chu-tich",
    },
    {
      year: 2020,
      group: "Chủ chốt chưa học bình đẳng giới",
      count: 7,
      unit: "LĐLĐ tỉnh",
      content: "- B.",
      groupId: "chu-chot-binh-dang-gioi",
    },
  ];
  const sheet = scheduleSheet(done, proposals, {
    year: 2019,
    place: "Bến Tre",
    planGroups: new Set(["cdcs-chu-tich", "chuyen-trach", "cdcs-pho-chu-tich-uvbch"]),
  });
  const [plan, proposal] = tables(sheet.blocks);

  it("shows the plan's rows of the year against what was done, with their own total", () => {
    expect(sheet.name).toBe("Phụ lục 2019");
    expect(plan.rows.map((r) => r.slice(0, 7))).toEqual([
      [1, 2019, "Chủ tịch CĐCS", 500, "Tại LĐLĐ tỉnh", "- A.", 430],
      [2, 2019, "Chuyên trách", 15, "Trường Đại học Tôn Đức Thắng", null, 12],
    ]);
    const [, , label, planned, , , actual, share] = plan.totals![0];
    expect([label, isFormula(planned) && planned.result, isFormula(actual) && actual.result]).toEqual([
      "Tổng cộng",
      515,
      442,
    ]);
    expect(isFormula(share) && share.result).toBeCloseTo(442 / 515);
  });

  it("puts next year's needs apart, titled Đề xuất, marking what the plan does not have", () => {
    const t = texts(sheet.blocks);
    expect(t).toContain("II. ĐỀ XUẤT NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM 2020 (THEO DANH SÁCH CÁN BỘ NĂM 2019)");
    expect(proposal.name).toBe("DeXuat2020");
    expect(proposal.rows).toEqual([
      [1, 2020, "Chủ tịch CĐCS chưa tập huấn", 40, "LĐLĐ tỉnh", "- A.", "Nhóm có trong kế hoạch"],
      [
        2,
        2020,
        "Chủ chốt chưa học bình đẳng giới",
        7,
        `LĐLĐ tỉnh ${PROPOSED}`,
        `- B. ${PROPOSED}`,
        "Đề xuất thêm",
      ],
    ]);
    const total = proposal.totals![0][3];
    expect(isFormula(total) && total.result).toBe(47);
  });

  it("says so when the plan has nothing for the year, instead of a table of zeros", () => {
    const empty = scheduleSheet([], proposals, { year: 2021 });
    expect(tables(empty.blocks).map((b) => b.name)).toEqual(["DeXuat2022"]);
    expect(texts(empty.blocks)).toContain("Kế hoạch không có nội dung đào tạo, bồi dưỡng cho năm 2021.");
  });
});

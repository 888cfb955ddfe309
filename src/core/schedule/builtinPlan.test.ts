import { BUILTIN_PLAN } from "./builtinPlan";

describe("BUILTIN_PLAN", () => {
  it("holds the appendix's 8 rows: years, counts and units as the seed prints them", () => {
    expect(BUILTIN_PLAN.rows.map((r) => [r.year, r.count, r.unit])).toEqual([
      [2016, 600, "Tại các huyện, thành phố, ngành"],
      [2016, 270, "LĐLĐ tỉnh"],
      [2017, 15, "Trường Đại học Tôn Đức Thắng"],
      [2018, 1500, "Tại các huyện, thành phố, các ngành"],
      [2019, 500, "Tại LĐLĐ tỉnh"],
      [2019, 15, "Trường Đại học Tôn Đức Thắng"],
      [2020, 300, "Tại các huyện, thành phố, ngành"],
      [2020, 11, "Trường Đại học Tôn Đức Thắng"],
    ]);
    expect(BUILTIN_PLAN.rows.reduce((sum, r) => sum + r.count, 0)).toBe(3211);
  });

  it("keeps the Đối tượng wording, with only the evident typos fixed", () => {
    expect(BUILTIN_PLAN.rows[0].group).toBe(
      "Phó chủ tịch, UVBCH các CĐCS trong các cơ quan đơn vị HCSN, trường học và các loại hình khác",
    );
    expect(BUILTIN_PLAN.rows[1].group).toBe(
      "Chủ tịch các CĐCS trong toàn tỉnh (chưa qua lớp tập huấn, nhiệm kỳ 2013-2018)",
    );
    expect(BUILTIN_PLAN.rows[2].group).toBe(
      "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ công đoàn",
    );
    expect(BUILTIN_PLAN.rows[5].group).toBe(
      "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ Công đoàn",
    );
    expect(BUILTIN_PLAN.rows[6].group).toBe(
      "Phó chủ tịch, UVBCH các CĐCS trong các cơ quan đơn vị HCSN, trường học và các loại hình khác mới bổ sung, thay thế",
    );
    const text = BUILTIN_PLAN.rows.map((r) => `${r.group} ${r.unit} ${r.content}`).join(" ");
    expect(text).not.toMatch(/nđơn|ndơn|LĐLD|<|>|\.\./);
  });

  it("writes the contents as an intro line, seven '- ' topics and the row's own closing line", () => {
    const first = BUILTIN_PLAN.rows[0].content.split("\n");
    expect(first).toHaveLength(8);
    expect(first[0]).toBe("Các chuyên đề hoạt động của CĐCS gồm:");
    expect(first[1]).toBe("- Công tác phát triển đoàn viên và xây dựng CĐCS vững mạnh.");
    expect(first[7]).toBe("- Hoạt động của Uỷ ban Kiểm tra CĐCS.");

    const chairs = BUILTIN_PLAN.rows[1].content.split("\n");
    expect(chairs).toHaveLength(9);
    expect(chairs[0]).toBe("Cấp độ chuyên sâu các chuyên đề hoạt động của CĐCS gồm:");
    expect(chairs[8]).toBe("Và các chuyên đề cần thiết khác.");

    expect(BUILTIN_PLAN.rows[3].content.split("\n")[8]).toBe("Và các chuyên đề mới cần thiết khác.");
    const y2019 = BUILTIN_PLAN.rows[4].content.split("\n");
    expect(y2019[7]).toBe("- Hoạt động của Ủy ban Kiểm tra CĐCS.");
    expect(y2019[8]).toBe("Và các chuyên đề mới và cần thiết khác.");
    expect(BUILTIN_PLAN.rows[6].content.split("\n")[4]).toBe("- CĐCS trong tham gia quản lý.");
    expect([2, 5, 7].map((i) => BUILTIN_PLAN.rows[i].content)).toEqual(["", "", ""]);
  });

  it("names the plan and links each row to its training group", () => {
    expect(BUILTIN_PLAN).toMatchObject({
      name: "Kế hoạch 14-KH/ĐĐ (2016–2020)",
      number: "14-KH/ĐĐ",
      date: "29/04/2016",
      issuer: "Đảng đoàn Liên đoàn Lao động tỉnh Bến Tre",
    });
    expect(BUILTIN_PLAN.rows.map((r) => r.groupId)).toEqual([
      "cdcs-pho-chu-tich-uvbch",
      "cdcs-chu-tich",
      "chuyen-trach",
      "cdcs-pho-chu-tich-uvbch",
      "cdcs-chu-tich",
      "chuyen-trach",
      "cdcs-pho-chu-tich-uvbch",
      "chuyen-trach",
    ]);
    expect(Object.isFrozen(BUILTIN_PLAN.rows)).toBe(true);
    expect(Object.isFrozen(BUILTIN_PLAN.rows[0])).toBe(true);
  });
});

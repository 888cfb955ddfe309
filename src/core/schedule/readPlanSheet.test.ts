import { readPlanSheet } from "./readPlanSheet";

describe("readPlanSheet", () => {
  it("reads a phụ lục table, carrying the year down and linking rows to training groups", () => {
    const r = readPlanSheet({
      name: "Phụ lục",
      merges: [],
      values: [
        ["PHỤ LỤC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2021"],
        ["Thời gian", "Đối tượng", "Số lượng", "Đơn vị thực hiện", "Nội dung bồi dưỡng, tập huấn"],
        [
          "Năm 2021",
          "Phó chủ tịch, UVBCH các CĐCS mới bổ sung",
          250,
          "Tại các huyện, thành phố, ngành",
          "Các chuyên đề",
        ],
        ["", "Chủ tịch các CĐCS chưa qua tập huấn", "120", "LĐLĐ tỉnh", ""],
        [
          "Năm 2022",
          "Cán bộ công đoàn chuyên trách chưa qua tập huấn nghiệp vụ",
          10,
          "Trường Đại học Tôn Đức Thắng",
          "",
        ],
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.year, x.count, x.groupId])).toEqual([
      [2021, 250, "cdcs-pho-chu-tich-uvbch"],
      [2021, 120, "cdcs-chu-tich"],
      [2022, 10, "chuyen-trach"],
    ]);
  });

  it("reports a count that is not a number at its cell", () => {
    const r = readPlanSheet({
      name: "P",
      merges: [],
      values: [
        ["Năm", "Đối tượng", "Số lượng"],
        [2021, "Chủ tịch các CĐCS", "khoảng 100"],
      ],
    });
    expect(r.problems.map((p) => p.cell)).toEqual(["C2"]);
  });
});

import { BUILTIN_PLAN, type ScheduleRow } from "../schedule";
import type { TableBlock, TextBlock } from "../sheet";
import { planSheet } from "./planSheet";
import { scheduleSheet } from "./scheduleSheet";

const tableOf = (blocks: readonly unknown[]) => (blocks as TableBlock[]).find((b) => b.kind === "table")!;
const texts = (blocks: readonly unknown[]) => (blocks as TextBlock[]).filter((b) => b.kind === "text");

describe("planSheet(BUILTIN_PLAN)", () => {
  const sheet = planSheet(BUILTIN_PLAN);
  const table = tableOf(sheet.blocks);

  it("names the sheet and table after the period", () => {
    expect(sheet.name).toBe("Phụ lục 2016-2020");
    expect(table.name).toBe("PhuLuc2016_2020");
  });

  it("reproduces the appendix table: five columns, eight rows", () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      "Năm",
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
    expect(table.rows[1][1]).toBe(
      "Chủ tịch các CĐCS trong toàn tỉnh (chưa qua lớp tập huấn, nhiệm kỳ 2013-2018)",
    );
    expect(String(table.rows[1][4]).split("\n")[8]).toBe("Và các chuyên đề cần thiết khác.");
    expect(table.columns[0].format).toBeUndefined(); // a year, not "2.016"
    expect(table.columns[4].wrap).toBe(true);
  });

  it("prints the appendix heading, the total and the plan's signer", () => {
    const t = texts(sheet.blocks);
    expect(t[0].text).toBe("ĐẢNG ĐOÀN LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE");
    expect(t.filter((b) => b.row >= 4 && b.row <= 6).map((b) => b.text)).toEqual([
      "PHỤ LỤC",
      "ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN",
      BUILTIN_PLAN.appendixNote,
    ]);
    expect(table.row).toBe(8);
    // 8 data rows end at row 16; the total at row 18; signature at row 20
    expect(t.find((b) => b.row === 18)?.text).toBe("Tổng cộng: 3.211 người.");
    expect(t.filter((b) => b.row >= 20).map((b) => b.text)).toEqual([
      "T/M ĐẢNG ĐOÀN",
      "BÍ THƯ",
      "Lê Văn Quyền",
    ]);
    expect(sheet.page).toEqual({ orientation: "landscape", repeatRows: [8, 8], fitToWidth: true });
  });
});

describe("scheduleSheet", () => {
  const rows: ScheduleRow[] = [
    {
      year: 2019,
      group: "Chủ tịch CĐCS",
      count: 500,
      unit: "Tại LĐLĐ tỉnh",
      content: "- A.\n- B.",
      actual: 430,
    },
    {
      year: 2019,
      group: "Chuyên trách",
      count: 15,
      unit: "Trường Đại học Tôn Đức Thắng",
      content: "",
      actual: 12,
    },
  ];
  const sheet = scheduleSheet(rows, { year: 2019, place: "Bến Tre" });
  const table = tableOf(sheet.blocks);

  it("has the Thực hiện column with the actual counts", () => {
    expect(sheet.name).toBe("Phụ lục 2019");
    expect(table.name).toBe("PhuLuc2019");
    expect(table.columns.map((c) => c.header)).toEqual([
      "Năm",
      "Đối tượng",
      "Số lượng",
      "Đơn vị thực hiện",
      "Nội dung bồi dưỡng, tập huấn",
      "Thực hiện",
    ]);
    expect(table.rows).toEqual([
      [2019, "Chủ tịch CĐCS", 500, "Tại LĐLĐ tỉnh", "- A.\n- B.", 430],
      [2019, "Chuyên trách", 15, "Trường Đại học Tôn Đức Thắng", "", 12],
    ]);
    const notes = texts(sheet.blocks)
      .filter((b) => b.style === "note")
      .map((b) => b.text);
    expect(notes).toEqual(["Tổng cộng: 515 người.", "Đã thực hiện: 442 người."]);
    expect(texts(sheet.blocks).find((b) => b.row === 2)?.text).toBe("Bến Tre, ngày …… tháng …… năm ………");
  });
});

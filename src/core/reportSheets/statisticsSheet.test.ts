import type { TableBlock, TextBlock } from "../sheet";
import type { StatisticsTable } from "../statistics";
import { statisticsSheet } from "./statisticsSheet";

const table: StatisticsTable = {
  year: 2019,
  columns: ["Nội dung", "LĐLĐ huyện Ba Tri", "Tổng cộng"],
  rows: [
    { id: "tong-so", label: "Tổng số cán bộ", group: "Tổng số", values: [2, 3, 5] },
    { id: "nam", label: "Nam", group: "Giới tính", sumsTo: "tong-so", values: [1, 1, 2] },
    { id: "nu", label: "Nữ", group: "Giới tính", sumsTo: "tong-so", values: [1, 2, 3] },
  ],
};

describe("statisticsSheet", () => {
  const sheet = statisticsSheet(table);
  const block = sheet.blocks.find((b): b is TableBlock => b.kind === "table")!;

  it("names sheet and table after the year", () => {
    expect(sheet.name).toBe("Thống kê 2019");
    expect(block.name).toBe("ThongKe2019");
  });

  it("has STT, section and title, one count column per unit, and the total as a sum of the units", () => {
    // a unit that happens to be called "Nội dung" must not clash with the title column
    expect(block.columns.map((c) => c.header)).toEqual([
      "STT",
      "Nhóm",
      "Nội dung",
      "Nội dung",
      "LĐLĐ huyện Ba Tri",
      "Tổng cộng",
    ]);
    expect(block.numbered).toBe(true);
    const first = block.row + 3;
    expect(block.rows[0]).toEqual([
      1,
      "Tổng số",
      "Tổng số cán bộ",
      2,
      3,
      { formula: `SUM(D${first}:E${first})`, result: 5 },
    ]);
    expect(block.rows.map((r) => r[1])).toEqual(["Tổng số", "Giới tính", "Giới tính"]);
  });

  it("says how age is counted and keeps a section's rows on one page", () => {
    const texts = sheet.blocks.filter((b): b is TextBlock => b.kind === "text").map((b) => b.text);
    expect(texts).toContain("(Đơn vị tính: người; tuổi tính đến 31/12/2019)");
    expect(sheet.page.orientation).toBe("portrait");
  });

  it("prints wide tables landscape; more units than a page holds at 10 pt go in parts, the total summing them all", () => {
    const units = (n: number) => Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1}`);
    const wide = statisticsSheet({ ...table, columns: [...units(8), "Tổng cộng"], rows: [] }, { year: 2020 });
    expect(wide.name).toBe("Thống kê 2020");
    expect(wide.page).toMatchObject({ orientation: "landscape", scale: 100 });
    expect(wide.page.repeatColumns).toBeUndefined();
    // A landscape page at 91 % (11 pt printed at 10 pt) holds the three label columns, ten units and the total: more
    // units go in parts, one small table per section and part, each with its own header; the total sums every part.
    const rows = [
      {
        id: "tong-so",
        label: "Tổng số cán bộ",
        group: "Tổng số",
        values: Array.from({ length: 31 }, () => 2),
      },
      { id: "nam", label: "Nam", group: "Giới tính", values: Array.from({ length: 31 }, () => 1) },
      { id: "nu", label: "Nữ", group: "Giới tính", values: Array.from({ length: 31 }, () => 1) },
    ];
    const province = statisticsSheet({ ...table, columns: [...units(30), "Tổng cộng"], rows });
    const parts = province.blocks.filter((b): b is TableBlock => b.kind === "table");
    expect(parts.map((p) => [p.name, p.columns.length, p.rows.length])).toEqual([
      ["ThongKe2019", 3 + 10, 1],
      ["ThongKe2019_2", 3 + 10, 1],
      ["ThongKe2019_3", 3 + 10 + 1, 1],
      ["ThongKe2019_4", 3 + 10, 2],
      ["ThongKe2019_5", 3 + 10, 2],
      ["ThongKe2019_6", 3 + 10 + 1, 2],
    ]);
    expect(parts[5].columns.map((c) => c.number).slice(3)).toEqual([
      "(24)",
      "(25)",
      "(26)",
      "(27)",
      "(28)",
      "(29)",
      "(30)",
      "(31)",
      "(32)",
      "(33)",
      "(34)",
    ]);
    // "Nữ", the second row of Giới tính: STT 3, its total over the same row of the section's three parts.
    const [a, b, c] = parts.slice(3).map((p) => p.row + 3 + 1);
    expect(parts[5].rows[1][0]).toBe(3);
    expect(parts[5].rows[1][13]).toEqual({ formula: `SUM(D${a}:M${a},D${b}:M${b},D${c}:M${c})`, result: 1 });
    expect(province.page).toMatchObject({ orientation: "landscape" });
    expect(province.page.repeatColumns).toBeUndefined();
    expect(province.page.repeatRows).toBeUndefined();
  });
});

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

  it("prints wide tables landscape, and flows tables too wide for 10 pt over pages with the labels repeated", () => {
    const units = (n: number) => Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1}`);
    const wide = statisticsSheet({ ...table, columns: [...units(8), "Tổng cộng"], rows: [] }, { year: 2020 });
    expect(wide.name).toBe("Thống kê 2020");
    expect(wide.page).toMatchObject({ orientation: "landscape", scale: 100 });
    expect(wide.page.repeatColumns).toBeUndefined();
    const tooWide = statisticsSheet({ ...table, columns: [...units(30), "Tổng cộng"], rows: [] });
    expect(tooWide.page).toMatchObject({ orientation: "landscape", scale: 100, repeatColumns: [0, 2] });
  });
});

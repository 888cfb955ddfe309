import type { TableBlock } from "../sheet";
import type { StatisticsTable } from "../statistics";
import { statisticsSheet } from "./statisticsSheet";

const table: StatisticsTable = {
  year: 2019,
  columns: ["Chỉ tiêu", "Tổng cộng"],
  rows: [
    { id: "tong-so", label: "Tổng số cán bộ", group: "Tổng số", values: [3, 3] },
    { id: "nu", label: "Nữ", group: "Trong đó", values: [2, 2] },
  ],
};

describe("statisticsSheet", () => {
  const sheet = statisticsSheet(table);
  const block = sheet.blocks.find((b) => b.kind === "table") as TableBlock;

  it("names sheet and table after the year", () => {
    expect(sheet.name).toBe("Thống kê 2019");
    expect(block.name).toBe("ThongKe2019");
  });

  it("has group, title and one integer column per unit, headers made distinct", () => {
    // a unit that happens to be called "Chỉ tiêu" must not clash with the title column
    expect(block.columns.map((c) => c.header)).toEqual(["Nhóm", "Chỉ tiêu", "Chỉ tiêu (2)", "Tổng cộng"]);
    expect(block.columns.slice(2).map((c) => c.format)).toEqual(["integer", "integer"]);
    expect(block.rows).toEqual([
      ["Tổng số", "Tổng số cán bộ", 3, 3],
      ["Trong đó", "Nữ", 2, 2],
    ]);
  });

  it("prints narrow tables portrait and wide ones landscape", () => {
    expect(sheet.page).toEqual({ orientation: "portrait", repeatRows: [6, 6], fitToWidth: true });
    const wide = statisticsSheet(
      { ...table, columns: ["A", "B", "C", "D", "Tổng cộng"], rows: [] },
      { year: 2020 },
    );
    expect(wide.name).toBe("Thống kê 2020");
    expect(wide.page.orientation).toBe("landscape");
  });
});

import { XlsxWorkbook } from "./xlsxFile";

describe("XlsxWorkbook: reading only the first rows, and telling its own sheets", () => {
  it("reads only the rows asked for", async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheet({
      name: "Dài",
      blocks: Array.from({ length: 50 }, (_, i) => ({
        kind: "text" as const,
        row: i,
        col: 0,
        text: `dòng ${i + 1}`,
      })),
      page: { orientation: "portrait" },
    });
    const again = await XlsxWorkbook.open(await wb.toBytes());
    const grid = await again.readSheet("Dài", { rows: 5 });
    expect(grid.values.length).toBe(5);
    expect(grid.values[4][0]).toBe("dòng 5");
  });

  it("lists a sheet it wrote as owned", async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheet({
      name: "Báo cáo",
      blocks: [{ kind: "text", row: 0, col: 0, text: "x" }],
      page: { orientation: "portrait" },
    });
    const again = await XlsxWorkbook.open(await wb.toBytes());
    expect((await again.listSheets()).map((s) => [s.name, s.owned])).toEqual([["Báo cáo", true]]);
  });
});

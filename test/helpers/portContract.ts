import type { CellValue } from "../../src/core/grid";
import type { SheetSpec } from "../../src/core/sheet";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";

/** A user's workbook to start from: sheets of plain values (as a person typed them, not written by the add-in). */
export type Seed = { name: string; values: (string | number)[][] }[];

const spec = (name: string, rows: CellValue[][]): SheetSpec => ({
  name,
  blocks: [
    { kind: "text", row: 0, col: 0, text: "KẾT QUẢ KIỂM TRA", style: "title", span: 2 },
    { kind: "table", name: "KQ", row: 2, col: 0, columns: [{ header: "Ô" }, { header: "Nội dung" }], rows },
  ],
  page: { orientation: "portrait" },
});

const error = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

/** What every adapter of the workbook port must do, observed through the port alone. */
export function describePortContract(name: string, open: (seed: Seed) => Promise<WorkbookPort>): void {
  describe(`${name} keeps the workbook port's contract`, () => {
    const seed: Seed = [
      {
        name: "DS",
        values: [
          ["STT", "Họ và tên"],
          [1, "Nguyễn Văn An"],
          [2, "Trần Thị Bình"],
        ],
      },
    ];

    it("lists the user's sheets as not owned and reads them anchored at A1", async () => {
      const port = await open(seed);
      expect(
        (await port.listSheets()).map((s) => [s.name, s.rowCount, s.columnCount, s.visible, s.owned]),
      ).toEqual([["DS", 3, 2, true, false]]);
      expect((await port.readSheet("DS")).values).toEqual(seed[0].values);
      expect((await port.readSheet("DS", { rows: 2 })).values).toEqual(seed[0].values.slice(0, 2));
    });

    it("says a missing sheet is missing, naming it", async () => {
      const port = await open(seed);
      expect(await error(port.readSheet("Không có"))).toMatchObject({
        problem: "sheet-missing",
        sheet: "Không có",
      });
    });

    it("writes a report sheet that reads back, and owns it", async () => {
      const port = await open(seed);
      await port.writeSheet(spec("Báo cáo", [["B2", "Thiếu chức danh"]]));
      const values = (await port.readSheet("Báo cáo")).values;
      expect([values[0][0], values[2][0], values[2][1], values[3][1]]).toEqual([
        "KẾT QUẢ KIỂM TRA",
        "Ô",
        "Nội dung",
        "Thiếu chức danh",
      ]);
      expect((await port.listSheets()).map((s) => [s.name, s.owned])).toEqual([
        ["DS", false],
        ["Báo cáo", true],
      ]);
    });

    it("replaces a sheet it owns and refuses one it does not, changing nothing", async () => {
      const port = await open(seed);
      await port.writeSheet(spec("Báo cáo", [["B2", "cũ"]]));
      await port.writeSheet(spec("Báo cáo", [["B3", "mới"]]));
      expect((await port.readSheet("Báo cáo")).values[3][1]).toBe("mới");
      expect(((await error(port.writeSheet(spec("DS", [["x", "y"]])))) as WorkbookError).problem).toBe(
        "not-owned",
      );
      expect((await port.readSheet("DS")).values).toEqual(seed[0].values);
      expect((await port.listSheets()).map((s) => s.name)).toEqual(["DS", "Báo cáo"]);
    });

    it("writes several sheets in one call, replacing its own in place, and refuses the whole call for a sheet not its own", async () => {
      const port = await open(seed);
      await port.writeSheet(spec("Báo cáo", [["B2", "cũ"]]));
      await port.writeSheets([spec("Chỉ tiêu", [["C1", "một"]]), spec("Báo cáo", [["B3", "mới"]])]);
      expect((await port.listSheets()).map((s) => [s.name, s.owned])).toEqual([
        ["DS", false],
        ["Báo cáo", true],
        ["Chỉ tiêu", true],
      ]);
      expect((await port.readSheet("Báo cáo")).values[3][1]).toBe("mới");
      expect((await port.readSheet("Chỉ tiêu")).values[3][1]).toBe("một");
      const refused = await error(port.writeSheets([spec("Mới", [["x", "y"]]), spec("DS", [["x", "y"]])]));
      expect(refused).toMatchObject({ problem: "not-owned", sheet: "DS" });
      expect((await port.listSheets()).map((s) => s.name)).toEqual(["DS", "Báo cáo", "Chỉ tiêu"]);
      expect((await port.readSheet("DS")).values).toEqual(seed[0].values);
    });

    it("writes text that looks like a formula back as the same text", async () => {
      const port = await open(seed);
      const nasty = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "@SUM(A1)", "+1-2"];
      await port.writeSheet(
        spec(
          "R",
          nasty.map((v) => [v, v]),
        ),
      );
      const values = (await port.readSheet("R")).values;
      expect(nasty.map((_, i) => values[3 + i][1])).toEqual(nasty);
    });

    it("highlights, clears, selects and activates without touching a value", async () => {
      const port = await open(seed);
      await port.highlight([{ sheet: "DS", cell: "B2" }]);
      await port.clearHighlight();
      await port.select({ sheet: "DS", cell: "B3" });
      await port.activate("DS");
      expect((await port.readSheet("DS")).values).toEqual(seed[0].values);
    });
  });
}

import { readdirSync } from "node:fs";
import path from "node:path";
import type { CellValue, Grid } from "../core/grid";
import type { GridSheet } from "../workbook/gridWorkbook";
import { isWorkbookError } from "../workbook/workbookError";
import { readXlsxGrids } from "../workbook/xlsxNode";
import { packSheets, unpackSheets } from "./packedGrids";

/** Every cell of two grids, compared with Object.is: -0, NaN, null and a missing cell each stay what they were. */
function differences(a: Grid, b: Grid): string[] {
  const out: string[] = [];
  if (a.values.length !== b.values.length) out.push(`${a.name}: ${a.values.length} rows, ${b.values.length}`);
  a.values.forEach((row, r) => {
    const other = b.values[r];
    if ((row === undefined) !== (other === undefined) || row?.length !== other?.length)
      return void out.push(`${a.name} row ${r}: ${row?.length} cells, ${other?.length}`);
    row?.forEach((v, c) => {
      if (!Object.is(v, other?.[c])) out.push(`${a.name} ${r},${c}: ${String(v)} → ${String(other?.[c])}`);
    });
  });
  return out;
}

/** Through the message port the reading worker uses: packed, cloned with its memory moved, unpacked. */
function sent(sheets: readonly GridSheet[]): Promise<GridSheet[]> {
  const { packed, transfer } = packSheets(sheets);
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = (e) => {
      port1.close();
      port2.close();
      resolve(unpackSheets(e.data));
    };
    port1.postMessage(packed, transfer);
  });
}

const roots = ["test/fixtures/rosters", "test/fixtures/bad", "test/fixtures/libreoffice", "samples"];
const files = roots.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f)),
);

describe("packed grids", () => {
  it("give back every cell, row, merge and font of every fixture and sample", async () => {
    let read = 0;
    for (const file of files) {
      let sheets: readonly GridSheet[];
      try {
        sheets = (await readXlsxGrids(file)).sheets;
      } catch (e) {
        if (isWorkbookError(e)) continue; // a bad file the reader refuses is sent as its error, not packed
        throw e;
      }
      read++;
      // The reading worker keeps nothing of what it sends (a sheet's cells move with it): what was read is taken
      // as rows first.
      const expected = sheets.map((s) => ({ ...s.grid }));
      const back = await sent(sheets);
      expect(back.map((s) => [s.grid.name, s.visible, s.owned])).toEqual(
        sheets.map((s) => [s.grid.name, s.visible, s.owned]),
      );
      expected.forEach((grid, i) => {
        expect(differences(grid, back[i].grid)).toEqual([]);
        expect(back[i].grid.merges).toEqual(grid.merges);
        expect(back[i].grid.fonts).toEqual(grid.fonts);
        // A sheet read as a store arrives as one: its cells are not made into rows on either side.
        expect(back[i].grid.cells).toBeDefined();
      });
    }
    expect(read).toBeGreaterThan(20);
  });

  it("keep each kind of value apart, missing rows and cells too, and send each text once", async () => {
    const values = [
      ["Họ và tên", "", null, true, false, 0, -0, NaN, 1.5e300, -7, "x"],
      undefined,
      [],
      ["x", undefined, "Họ và tên", 44_927],
    ] as CellValue[][];
    const grid: Grid = { name: "Danh sách", values, merges: [{ top: 0, left: 1, bottom: 3, right: 1 }] };
    const { packed } = packSheets([{ grid, visible: false, owned: true }]);
    expect(packed.texts).toEqual(["Họ và tên", "", "x"]);
    const [back] = await sent([{ grid, visible: false, owned: true }]);
    expect(differences(grid, back.grid)).toEqual([]);
    expect(back).toMatchObject({ visible: false, owned: true });
    expect(back.grid.fonts).toBeUndefined();
    expect(back.grid.cells).toBeUndefined();
  });

  it("move a store's one buffer and send the shared strings once for all the sheets", async () => {
    const { sheets } = await readXlsxGrids("samples/danh-sach-can-bo-tinh-2019.xlsx");
    const { packed, transfer } = packSheets(sheets);
    expect(transfer).toHaveLength(sheets.length);
    expect(packed.texts).toEqual([]);
    expect(packed.shared.length).toBeGreaterThan(100);
    expect(packed.shared).toContain("Họ và tên");
  });
});

import { cellRows, rowsWindow, type Grid } from "../../core/grid";
import { CellStore, storedGrid } from "./cellStore";

const SHARED = ["Họ và tên", "Nguyễn Văn An"];

/** A sealed store of rows given as [column, value] pairs (shared strings as { shared: index }). */
function storeOf(rows: [number, string | number | boolean | { shared: number }][][], shared = SHARED) {
  const store = new CellStore(shared);
  rows.forEach((cells, r) => {
    let length = 0;
    for (const [c, v] of cells) {
      if (typeof v === "object") store.putShared(c, v.shared);
      else store.put(c, v);
      length = Math.max(length, c + 1);
    }
    store.close(r, length);
  });
  store.seal(rows.length);
  return store;
}

describe("a sheet's cells in typed arrays", () => {
  it('gives back each kind of value as it was put, holes as "", nothing past a row\'s end', () => {
    const store = storeOf([
      [
        [0, { shared: 0 }],
        [2, 1985],
        [3, -0],
        [4, 0.5],
        [5, 2 ** 40],
        [6, "#N/A"],
        [7, true],
        [8, false],
        [9, -7],
      ],
      [],
      [[1, { shared: 1 }]],
    ]);
    expect(store.rowCount).toBe(3);
    expect(store.rows()).toEqual([
      ["Họ và tên", "", 1985, -0, 0.5, 2 ** 40, "#N/A", true, false, -7],
      [],
      ["", "Nguyễn Văn An"],
    ]);
    expect(Object.is(store.at(0, 3), -0)).toBe(true);
    expect([store.at(0, 10), store.at(1, 0), store.at(3, 0), store.at(-1, 0), store.at(0, -1)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([store.rowLength(0), store.rowLength(1), store.rowLength(2), store.rowLength(5)]).toEqual([
      10, 0, 2, 0,
    ]);
  });

  it("takes a row back up, blanks cells under a merge and cuts a row after its last value", () => {
    const store = new CellStore();
    store.put(0, "STT");
    store.close(0, 1);
    store.put(0, 1);
    store.close(1, 1);
    // Row 0 again: its cells come back into the open row, and the row is written anew.
    expect(store.reopen(0)).toBe(1);
    store.put(2, "Họ tên");
    store.close(0, 3);
    store.blank(0, 2);
    expect(store.trim(0)).toBe(1);
    store.seal(2);
    expect(store.rows()).toEqual([["STT"], [1]]);
  });

  it("leaves nothing of a sealed store to the next one that reuses its arrays", () => {
    const first = storeOf([[[0, "a"]], [[3, "b"]], [[1, "c"]]]);
    const second = storeOf([[[0, "x"]]]);
    expect(second.rows()).toEqual([["x"]]);
    expect([second.rowLength(1), second.rowLength(2), second.at(2, 1)]).toEqual([0, 0, undefined]);
    expect(first.rows()).toEqual([["a"], ["", "", "", "b"], ["", "c"]]);
    expect(() => first.put(0, "late")).toThrow(/sealed/);
    // Rows written past those it is sealed with are forgotten too.
    const cut = new CellStore();
    cut.put(0, "gone");
    cut.close(5, 1);
    cut.seal(2);
    // (A row's length is what tells the builder, while it writes, that the row was met before.)
    expect(new CellStore().has(5)).toBe(false);
  });

  it("comes back whole from its parts, as another thread takes them", () => {
    const store = storeOf([
      [
        [0, { shared: 1 }],
        [1, "x"],
        [2, 1.25],
        [3, 7],
      ],
      [],
      [[2, true]],
    ]);
    const parts = structuredClone(store.parts());
    const back = new CellStore(SHARED, parts);
    expect(back.rows()).toEqual(store.rows());
    expect(back.rowCount).toBe(3);
  });
});

describe("a grid over a store", () => {
  const store = storeOf([[[0, { shared: 0 }]], [[1, 2]]]);
  const grid = storedGrid("DS", store, [], [["Arial"], [undefined, "Arial"]]);

  it("makes its rows once, when asked, and reads as any grid", () => {
    expect(grid.values).toEqual([["Họ và tên"], ["", 2]]);
    expect(grid.values).toBe(grid.values);
    expect(cellRows(grid)).toBe(store);
  });

  it("copies or clones as an ordinary grid of rows", () => {
    const copy: Grid = { ...grid };
    expect(Object.keys(grid)).toEqual(["name", "values", "merges", "fonts"]);
    expect(copy.cells).toBeUndefined();
    expect(structuredClone(grid)).toEqual({
      name: "DS",
      values: [["Họ và tên"], ["", 2]],
      merges: [],
      fonts: [["Arial"], [undefined, "Arial"]],
    });
  });
});

describe("cells read one at a time", () => {
  const values = [["STT", "Họ và tên"], [], ["", 7]];
  const grid: Grid = { name: "DS", values, merges: [] };

  it("read a grid of rows as its rows", () => {
    const rows = cellRows(grid);
    expect(rows.rowCount).toBe(3);
    expect([rows.at(0, 1), rows.at(2, 0), rows.at(2, 5), rows.at(9, 0)]).toEqual([
      "Họ và tên",
      "",
      undefined,
      undefined,
    ]);
    expect([rows.rowLength(0), rows.rowLength(1), rows.rowLength(9)]).toEqual([2, 0, 0]);
  });

  it("read a window of rows from arrays made once, and the rows outside it as the grid reads them", () => {
    const store = storeOf([[[0, "a"]], [[1, "b"]], [[0, "c"]], [[2, "d"]]]);
    const window = rowsWindow(store, 1, 3);
    expect(window.row(1)).toBe(window.row(1));
    for (let r = -1; r <= 4; r++) {
      expect(window.rowLength(r)).toBe(store.rowLength(r));
      for (let c = 0; c < 4; c++) expect(window.at(r, c)).toBe(store.at(r, c));
    }
  });
});

import type { CheckResult } from "../app/types";
import { initialState, paneReducer, yearIsValid } from "./state";

const bytes = new Uint8Array([1]);
const result = { summary: { cadres: 1, errors: 0, warnings: 0, infos: 0 } } as CheckResult;

describe("paneReducer", () => {
  it("drops old results when a new check starts, so findings of another year are never shown", () => {
    let s = paneReducer(initialState(2019), { type: "files-opened", files: [{ name: "a.xlsx", bytes }] });
    s = paneReducer(s, { type: "file-checked", name: "a.xlsx", result });
    expect(s.files[0].result).toBe(result);
    s = paneReducer(s, { type: "check-started" });
    expect(s.busy).toBe(true);
    expect(s.files[0].result).toBeUndefined();
  });

  it("keeps the results while a report is being built", () => {
    let s = paneReducer(initialState(2019), { type: "files-opened", files: [{ name: "a.xlsx", bytes }] });
    s = paneReducer(s, { type: "file-checked", name: "a.xlsx", result });
    s = paneReducer(s, { type: "report-started" });
    expect(s.files[0].result).toBe(result);
    s = paneReducer(s, { type: "work-finished", message: { intent: "success", text: "ok" } });
    expect([s.busy, s.message?.intent]).toEqual([false, "success"]);
  });
});

describe("paneReducer in Excel mode and for the filters", () => {
  it("ticks roster sheets only, and toggles one sheet", () => {
    let s = paneReducer(initialState(2019), {
      type: "sheets-listed",
      sheets: [
        { name: "Danh sách", isRoster: true },
        { name: "Ghi chú", isRoster: false },
      ],
    });
    expect(s.workbook?.sheets.map((x) => x.checked)).toEqual([true, false]);
    s = paneReducer(s, { type: "sheet-toggled", name: "Danh sách", checked: false });
    expect(s.workbook?.sheets[0].checked).toBe(false);
    s = paneReducer(s, { type: "highlighted", on: true });
    expect(s.workbook?.highlighted).toBe(true);
  });

  it("ignores workbook actions in file mode", () => {
    const s = initialState(2019);
    expect(paneReducer(s, { type: "highlighted", on: true })).toBe(s);
    expect(paneReducer(s, { type: "sheet-toggled", name: "x", checked: true })).toBe(s);
  });

  it("keeps the year, the severity filter, the search text and the selected cell", () => {
    let s = paneReducer(initialState(2025), { type: "year-changed", year: 2019 });
    s = paneReducer(s, { type: "filter-changed", filter: "error" });
    s = paneReducer(s, { type: "search-changed", search: "B5" });
    s = paneReducer(s, { type: "finding-selected", file: "a.xlsx", sheet: "BCH", cell: "B5" });
    expect([s.year, s.filter, s.search, s.selected?.cell]).toEqual([2019, "error", "B5", "B5"]);
    // Opening other files forgets the selection.
    s = paneReducer(s, { type: "files-opened", files: [{ name: "b.xlsx", bytes }] });
    expect(s.selected).toBeUndefined();
  });

  it("accepts report years from 1950 to 2100 only", () => {
    expect([1949, 1950, 2019, 2100, 2101, NaN, 2019.5].map(yearIsValid)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

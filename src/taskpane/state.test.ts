import type { CheckView } from "./engine";
import { initialState, isStale, paneReducer, viewsOf, type PaneAction, type PaneState } from "./state";

const bytes = new Blob([new Uint8Array([1])]);
const view = (key: number) =>
  ({ key, summary: { cadres: 1, errors: 0, warnings: 0, infos: 0 } }) as CheckView;
const run = (s: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, s);

/** A pane with one file checked for 2019 by run 1. */
function checked(): PaneState {
  const s = run(
    initialState(2019, "file", "vi"),
    { type: "files-added", files: [{ name: "a.xlsx", bytes }] },
    { type: "task-started", kind: "check", place: "check", run: 1 },
    { type: "file-checked", run: 1, name: "a.xlsx", view: view(1) },
  );
  return run(
    s,
    { type: "checked", run: 1, with: JSON.stringify(["2019", 0, [], [["a.xlsx", 1]]]) },
    { type: "task-finished", run: 1 },
  );
}

describe("paneReducer", () => {
  it("drops old results, filters and selection when a new check starts, so no finding of other inputs is shown", () => {
    let s = run(
      checked(),
      { type: "filter-changed", filter: "error" },
      { type: "search-changed", search: "An" },
    );
    s = run(s, { type: "finding-selected", sheet: "DS", cell: "B5" });
    s = run(s, { type: "task-started", kind: "check", place: "check", run: 2 });
    expect(viewsOf(s)).toEqual([]);
    expect([s.filter, s.search, s.selected, s.checkedWith]).toEqual(["all", "", undefined, undefined]);
  });

  it("marks the results out of date on every change that makes them so, and not on others", () => {
    const s = checked();
    expect(isStale(s)).toBe(false);
    expect(isStale(run(s, { type: "year-typed", text: "2021" }))).toBe(true);
    expect(isStale(run(s, { type: "year-typed", text: " 2019" }))).toBe(false);
    expect(isStale(run(s, { type: "standards-changed" }))).toBe(true);
    expect(isStale(run(s, { type: "files-added", files: [{ name: "b.xlsx", bytes }] }))).toBe(true);
    expect(isStale(run(s, { type: "file-removed", name: "a.xlsx" }))).toBe(true);
    expect(isStale(run(s, { type: "search-changed", search: "x" }))).toBe(false);
    expect(isStale(run(s, { type: "report-field", field: "place", value: "Bến Tre" }))).toBe(false);
  });

  it("drops what an older or cancelled run still reports", () => {
    let s = run(checked(), { type: "task-started", kind: "check", place: "check", run: 2 });
    s = run(s, {
      type: "task-finished",
      run: 2,
      message: { intent: "info", text: "Đã hủy.", place: "check" },
    });
    s = run(
      s,
      { type: "file-checked", run: 2, name: "a.xlsx", view: view(2) },
      { type: "checked", run: 2, with: "x" },
    );
    expect([viewsOf(s), s.task, s.checkedWith]).toEqual([[], undefined, undefined]);
  });

  it("keeps the results while a report is made, and says so next to the report", () => {
    let s = run(checked(), { type: "task-started", kind: "report", place: "report", run: 2 });
    expect(viewsOf(s).map((v) => v.key)).toEqual([1]);
    s = run(s, {
      type: "task-finished",
      run: 2,
      message: { intent: "success", text: "ok", place: "report" },
    });
    expect([s.task, s.message?.place]).toEqual([undefined, "report"]);
  });

  it("takes a finance workbook among the files as the report's finance input", () => {
    let s = run(
      initialState(2019, "file", "vi"),
      { type: "files-added", files: [{ name: "kinh-phi.xlsx", bytes }] },
      { type: "task-started", kind: "check", place: "check", run: 1 },
    );
    s = run(s, {
      type: "file-checked",
      run: 1,
      name: "kinh-phi.xlsx",
      finance: [{ year: 2019, funds: 10, trainingSpending: 2 }],
    });
    expect(s.report.finance?.years).toEqual([{ year: 2019, funds: 10, trainingSpending: 2 }]);
    expect(s.files[0].error).toBeUndefined();
  });
});

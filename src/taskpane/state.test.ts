import type { CheckResult } from "../app/types";
import { initialState, paneReducer } from "./state";

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

import { errorData, errorFromData, isWorkbookError, WorkbookError } from "./workbookError";

/** What a worker's postMessage does to a value: the structured clone keeps data, never a class. */
const acrossThreads = <T>(value: T): T => structuredClone(value);

describe("a WorkbookError crossing the page's worker", () => {
  it("keeps its problem, place and detail as data, and comes back a WorkbookError", () => {
    const thrown = new WorkbookError("too-many-columns", "XFD", { sheet: "Danh sách", cell: "XFD1048576" });
    const copy = acrossThreads(errorData(thrown));
    expect(copy).toEqual({
      name: "WorkbookError",
      message: "too-many-columns: XFD",
      problem: "too-many-columns",
      detail: "XFD",
      sheet: "Danh sách",
      cell: "XFD1048576",
    });
    const rebuilt = errorFromData(copy);
    expect(rebuilt).toBeInstanceOf(WorkbookError);
    expect(rebuilt).toMatchObject({
      problem: "too-many-columns",
      detail: "XFD",
      sheet: "Danh sách",
      cell: "XFD1048576",
    });
  });

  it("names a refused sheet without a message to parse", () => {
    const rebuilt = errorFromData(
      acrossThreads(errorData(new WorkbookError("not-owned", undefined, { sheet: "KQ" }))),
    );
    expect(rebuilt).toMatchObject({ problem: "not-owned", sheet: "KQ" });
  });

  it("gives any other error back as a plain Error with its name and message", () => {
    const rebuilt = errorFromData(acrossThreads(errorData(new RangeError("Invalid array length"))));
    expect(isWorkbookError(rebuilt)).toBe(false);
    expect([rebuilt.name, rebuilt.message]).toEqual(["RangeError", "Invalid array length"]);
    expect(errorFromData(acrossThreads(errorData("boom")))).toMatchObject({ name: "Error", message: "boom" });
  });

  it("recognises a WorkbookError made by another copy of the class (another bundle or realm)", () => {
    const foreign = Object.assign(new Error("protected"), { name: "WorkbookError", problem: "protected" });
    expect(isWorkbookError(foreign)).toBe(true);
    expect(isWorkbookError(new Error("protected"))).toBe(false);
  });
});

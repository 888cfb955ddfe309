import { cellAddress, columnIndex, columnLetter, parseAddress, parseArea } from "./cellAddress";

describe("A1 addresses", () => {
  it("names columns past Z as Excel does", () => {
    expect(["A", "Z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
    expect([0, 25, 26, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "XFD"]);
    expect(cellAddress(14, 1)).toBe("B15");
  });

  it("reads an address with or without $ and nothing else", () => {
    expect(parseAddress("$B$15")).toEqual({ row: 14, col: 1 });
    expect(parseAddress("B")).toBeUndefined();
    expect(parseAddress("Sheet1!B2")).toBeUndefined();
  });

  it("reads a merged area in either corner order, and one cell as an area", () => {
    expect(parseArea("B2:D4")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseArea("D4:B2")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseArea("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseArea("")).toBeUndefined();
    expect(parseArea("B2:")).toBeUndefined();
  });
});

import { linkFormula, localRelativePath } from "./linkFormula";

describe("linkFormula", () => {
  it("links to a cell of this workbook, showing the given text", () => {
    expect(linkFormula({ sheet: "KQ Kiểm tra", cell: "B15" }, "B15")).toEqual({
      formula: `HYPERLINK("#'KQ Kiểm tra'!B15","B15")`,
      result: "B15",
    });
    expect(linkFormula({ sheet: "DS", cell: "$c$7" }, 12)).toEqual({
      formula: `HYPERLINK("#'DS'!C7",12)`,
      result: 12,
    });
    expect(linkFormula({ sheet: "DS", cell: "C7" }, null)).toEqual({
      formula: `HYPERLINK("#'DS'!C7","C7")`,
      result: "C7",
    });
  });

  it("links into another workbook by its relative path", () => {
    expect(linkFormula({ file: "don vi/Ba Tri.xlsx", sheet: "DS", cell: "A2" }, "A2")?.formula).toBe(
      `HYPERLINK("don vi/Ba Tri.xlsx#'DS'!A2","A2")`,
    );
    expect(linkFormula({ file: "..\\x.xlsx", sheet: "DS", cell: "A2" }, "A2")?.formula).toBe(
      `HYPERLINK("../x.xlsx#'DS'!A2","A2")`,
    );
  });

  it("keeps quotes and apostrophes from escaping their literals", () => {
    expect(linkFormula({ sheet: `Bob's "x"`, cell: "A1" }, `a"),CALL("x`)).toEqual({
      formula: `HYPERLINK("#'Bob''s ""x""'!A1","a""),CALL(""x")`,
      result: `a"),CALL("x`,
    });
  });

  it("gives no link for a target that is not a cell or too long to follow", () => {
    expect(linkFormula({ sheet: "DS", cell: "A1:B2" }, "x")).toBeUndefined();
    expect(linkFormula({ sheet: "DS", cell: "Tên" }, "x")).toBeUndefined();
    expect(linkFormula({ file: "d/".repeat(130) + "x.xlsx", sheet: "DS", cell: "A1" }, "x")).toBeUndefined();
  });

  it("follows only relative local paths: URLs, absolute and network paths get no link", () => {
    expect(localRelativePath("a/b.xlsx")).toBe("a/b.xlsx");
    expect(localRelativePath("..\\don vi\\b.xlsx")).toBe("../don vi/b.xlsx");
    for (const p of [
      "javascript:alert(1).xlsx",
      "http://evil/x.xlsx",
      "file:///C:/x.xlsx",
      "D:/Báo cáo/x.xlsx",
      "/home/x.xlsx",
      "\\\\host\\share\\x.xlsx",
      "//host/share/x.xlsx",
    ])
      expect(localRelativePath(p)).toBeUndefined();
    expect(linkFormula({ file: "\\\\host\\share\\x.xlsx", sheet: "DS", cell: "A2" }, "A2")).toBeUndefined();
  });
});

import { dateToSerial, scalar } from "./cellValue";

describe("dateToSerial", () => {
  it("gives Excel's 1900-system serial numbers for ExcelJS's UTC dates", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(1985, 4, 15)))).toBe(31182);
    expect(dateToSerial(new Date(Date.UTC(2000, 0, 1)))).toBe(36526);
    expect(dateToSerial(new Date(Date.UTC(2023, 2, 15, 12)))).toBe(45000.5);
    expect(dateToSerial(new Date(Date.UTC(2023, 2, 15, 6)))).toBe(45000.25);
    expect(dateToSerial(new Date(Date.UTC(1969, 11, 31, 18)))).toBe(25568.75);
  });
});

describe("scalar", () => {
  it("turns every ExcelJS value shape into what Excel's range.values gives", () => {
    expect(scalar(null)).toBe("");
    expect(scalar(undefined)).toBe("");
    expect(scalar("a")).toBe("a");
    expect(scalar(0)).toBe(0);
    expect(scalar(false)).toBe(false);
    expect(scalar(new Date(Date.UTC(1985, 4, 15)))).toBe(31182);
    expect(scalar({ richText: [{ text: "Nguyễn " }, { text: "Văn A" }] })).toBe("Nguyễn Văn A");
    expect(scalar({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(scalar({ formula: "A1" })).toBe("");
    expect(scalar({ sharedFormula: "A1", result: 3 })).toBe(3);
    expect(scalar({ error: "#N/A" })).toBe("#N/A");
    expect(scalar({ text: "Trang", hyperlink: "http://x" })).toBe("Trang");
    expect(scalar({ text: { richText: [{ text: "A" }, { text: "B" }] }, hyperlink: "#S!A1" })).toBe("AB");
  });
});

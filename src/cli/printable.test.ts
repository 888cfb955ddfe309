import { oneLine, shownPath } from "./printable";

describe("text for the readable output, one line per thing", () => {
  it("leaves ordinary paths and Vietnamese names as they are", () => {
    expect(shownPath("Đơn vị/Bến Tre (2).xlsx")).toBe("Đơn vị/Bến Tre (2).xlsx");
  });

  it("quotes a path holding line breaks, controls or bidirectional marks, with escapes", () => {
    expect(shownPath("don-vi\nA.xlsx")).toBe('"don-vi\\nA.xlsx"');
    expect(shownPath('a"\\\r\u001b[2J.xlsx')).toBe('"a\\"\\\\\\r\\u001B[2J.xlsx"');
    expect(shownPath("invoice\u202Excod.xlsx")).toBe('"invoice\\u202Excod.xlsx"');
  });

  it("writes a message's line breaks and tabs as escapes", () => {
    expect(oneLine('Cột E "Họ và\ntên\t"')).toBe('Cột E "Họ và\\ntên\\t"');
  });
});

import { cellText, fitCell, plainText } from "./cellText";

describe("cellText", () => {
  it("escapes what XML cannot carry the way Excel does, and leaves the rest", () => {
    expect(cellText("Nguyễn Văn A")).toBe("Nguyễn Văn A");
    expect(cellText("a\tb\nc")).toBe("a\tb\nc");
    expect(cellText("\r=1+1")).toBe("_x000D_=1+1");
    expect(cellText("bell\u0007")).toBe("bell_x0007_");
    expect(cellText("_x0041_ and _x00ab_")).toBe("_x005F_x0041_ and _x005F_x00ab_");
  });
});

describe("plainText", () => {
  it("turns control characters into spaces", () => {
    expect(plainText("Ghi\nchú\r\t!")).toBe("Ghi chú  !");
  });
});

describe("fitting text in one Excel cell", () => {
  it("leaves text up to 32,767 characters as it is", () => {
    const s = "x".repeat(32_767);
    expect(fitCell(s)).toBe(s);
  });

  it("cuts longer text under 32,767 characters, ending with how many were left out", () => {
    const fitted = fitCell("a".repeat(100_000));
    // Room is kept for a marker as long as "…(+100000)" (10): 32,757 kept, 67,243 left out, 32,766 in all.
    expect(fitted).toBe(`${"a".repeat(32_757)}…(+67243)`);
  });

  it("never cuts between the two halves of a character", () => {
    const fitted = fitCell("😀".repeat(20_000));
    expect(fitted.length).toBeLessThanOrEqual(32_767);
    expect(fitted).toMatch(/^(?:😀)+…\(\+\d+\)$/u);
  });
});

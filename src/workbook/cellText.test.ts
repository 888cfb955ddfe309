import { cellText, plainText } from "./cellText";

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

import { excelColumnPoints, printedColumnPoints, rowHeightFor, textWidth, wrapLines } from "./measureText";

describe("measureText", () => {
  it("sizes columns as Excel draws them (Calibri 11: 7 px a character) and as the wider printer prints them", () => {
    expect(excelColumnPoints(10)).toBe(52.5); // 70 px
    expect(printedColumnPoints(10)).toBe(56); // LibreOffice with Carlito: about 5.55 pt a character
  });
  it("measures Times New Roman about as printed (a 60-character line at 11 pt is near 280 pt)", () => {
    const w = textWidth("- Công tác phát triển đoàn viên và xây dựng CĐCS vững mạnh.", 11);
    expect(w).toBeGreaterThan(250);
    expect(w).toBeLessThan(310);
    expect(textWidth("ABC", 10, true)).toBeGreaterThan(textWidth("ABC", 10));
  });
  it("wraps at spaces, counts each line break, and cuts a word longer than the cell", () => {
    expect(wrapLines("Nam", 50, 11)).toBe(1);
    expect(wrapLines("một hai ba bốn năm sáu bảy tám chín mười", 60, 11)).toBeGreaterThan(2);
    expect(wrapLines("a\nb\nc", 100, 11)).toBe(3);
    expect(wrapLines("x".repeat(60), 60, 11)).toBeGreaterThan(3);
  });
  it("gives a row height in whole pixels, taller for more lines", () => {
    expect(rowHeightFor(1, 11)).toBe(15.75);
    expect(rowHeightFor(2, 11) % 0.75).toBe(0);
    expect(rowHeightFor(3, 11)).toBeGreaterThan(rowHeightFor(2, 11));
  });
});

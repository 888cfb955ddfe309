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
  it("measures a letter by its base letter, a character beyond U+FFFF as one, and wraps exactly at the cell's edge", () => {
    // "ộ" prints as wide as "o" (0.49 em); "Đ" is 0.72 em; an emoji, two UTF-16 units, is one 0.55 em character.
    expect(textWidth("ộ", 10)).toBeCloseTo(4.9, 10);
    expect(textWidth("Đỗ", 10)).toBeCloseTo(12.1, 10);
    expect(textWidth("😀", 10)).toBeCloseTo(5.5, 10);
    expect(textWidth("a😀b", 10)).toBeCloseTo(15.3, 10);
    // A cell 25 pt wide keeps 20 pt inside its padding: "aaaa" (4 × 4.9 = 19.6 pt) fits, a space and "a" more do not.
    expect(wrapLines("aaaa", 25, 10)).toBe(1);
    expect(wrapLines("aaaa a", 25, 10)).toBe(2);
    // Two words of 9.8 pt and a space of 2.5 pt: 22.1 pt, one line in a cell of 27.1 pt or more, two below.
    expect(wrapLines("aa aa", 27.2, 10)).toBe(1);
    expect(wrapLines("aa aa", 27, 10)).toBe(2);
    // Emoji words: 11 pt each, 24.5 pt with the space: a cell needs 29.5 pt.
    expect(wrapLines("😀😀 😀😀", 29.6, 10)).toBe(1);
    expect(wrapLines("😀😀 😀😀", 29.4, 10)).toBe(2);
  });
  it("measures a pair as one character even after its first half was met alone", () => {
    // A broken cell may hold half a pair (U+D83D) on its own: 0.55 em like any other character. The widths met are
    // remembered, but this half must not be: "😀" (U+D83D U+DE00) after it is still one character, not two.
    expect(textWidth("\uD83D", 10)).toBeCloseTo(5.5, 10);
    expect(textWidth("😀", 10)).toBeCloseTo(5.5, 10);
    // Three characters (16.5 pt), a space (2.5 pt) and two (11 pt): 30 pt, one line in a cell of 36 pt, two in 34.
    expect(wrapLines("\uD83D😀😀 😀😀", 36, 10)).toBe(1);
    expect(wrapLines("\uD83D😀😀 😀😀", 34, 10)).toBe(2);
    expect(wrapLines("😀😀 😀😀", 29.6, 10)).toBe(1);
  });
  it("gives a row height in whole pixels, taller for more lines", () => {
    expect(rowHeightFor(1, 11)).toBe(15.75);
    expect(rowHeightFor(2, 11) % 0.75).toBe(0);
    expect(rowHeightFor(3, 11)).toBeGreaterThan(rowHeightFor(2, 11));
  });
});

import { paginate } from "./paginate";

describe("paginate", () => {
  const heights = Array.from({ length: 80 }, () => 10);
  it("starts a kept block on the next page rather than cutting it", () => {
    // a page holds 30 rows of 10 pt; blocks of 12 rows: two fit, the third moves
    const keep: [number, number][] = [0, 12, 24, 36, 48, 60].map((a) => [a, a + 11]);
    expect(paginate({ heights, keep, rows: 72, pageHeight: 300, scale: 100 })).toEqual([24, 48]);
  });
  it("counts the repeated header rows on every later page, and the scale", () => {
    const keep: [number, number][] = [
      [0, 19],
      [20, 39],
      [40, 59],
    ];
    // header rows 0–1 repeat: later pages hold 28 rows, so a block of 20 after one of 20 still breaks
    expect(paginate({ heights, keep, rows: 60, pageHeight: 300, scale: 100, repeatRows: [0, 1] })).toEqual([
      20, 40,
    ]);
    // at 50 % a page holds 60 rows of 10 pt
    expect(paginate({ heights, keep, rows: 60, pageHeight: 300, scale: 50 })).toEqual([]);
  });
  it("lets a block taller than any page flow on from where it is, breaking between its rows", () => {
    // no break before row 2 (that would leave a page nearly empty); the page is full after row 29
    expect(paginate({ heights, keep: [[2, 50]], rows: 60, pageHeight: 300, scale: 100 })).toEqual([30]);
  });
});

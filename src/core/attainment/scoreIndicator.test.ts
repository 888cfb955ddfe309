import { scoreAmount, scoreCount } from "./scoreIndicator";

describe("scoreCount", () => {
  it("does not let floating point ask for one person too many", () => {
    // 0.3 × 10 is 3.0000000000000004 in floating point; 3 of 10 meets 30%
    expect(scoreCount(3, 10, 0.3)).toEqual({ percent: 0.3, met: true, gap: 0 });
    expect(scoreCount(2, 10, 0.3)).toEqual({ percent: 0.2, met: false, gap: 1 });
  });
  it("counts people needed to exceed last year's share", () => {
    // last year 40%; of 10 people, 5 are needed to be above it
    expect(scoreCount(4, 10, "increase", 0.4)).toEqual({ percent: 0.4, met: false, gap: 1 });
    expect(scoreCount(5, 10, "increase", 0.4)).toEqual({ percent: 0.5, met: true, gap: 0 });
    expect(scoreCount(9, 10, "increase", 1)).toEqual({ percent: 0.9, met: false, gap: 1 });
  });
  it("leaves an empty denominator unknown", () => {
    expect(scoreCount(0, 0, 1)).toEqual({ percent: null, met: null, gap: null });
  });
});

describe("scoreAmount", () => {
  it("gives the missing money, rounded up", () => {
    expect(scoreAmount(600, 5000, 0.15)).toEqual({ percent: 0.12, met: false, gap: 150 });
    expect(scoreAmount(100, 1001, 0.1)).toEqual({ percent: 100 / 1001, met: false, gap: 1 });
    expect(scoreAmount(750, 5000, 0.15)).toEqual({ percent: 0.15, met: true, gap: 0 });
  });
});

import { parseCoreList } from "./cpuAffinity";
import { pairRatio } from "./interleave";
import { down, up } from "./shown";

describe("figures held to a bound", () => {
  test("are rounded against the target: up under a bound, down to reach one", () => {
    expect(up(0.501)).toBe("0.51");
    expect(up(0.5)).toBe("0.50");
    expect(down(1.799)).toBe("1.79");
    expect(down(1.8)).toBe("1.80");
    expect(up(600.2, 0)).toBe("601");
    // Binary fractions just over or under a decimal do not move it.
    expect(up(0.1 + 0.2)).toBe("0.30");
    expect(down(1.1 * 3)).toBe("3.30");
  });

  test("a ratio is the median of the rounds' ratios, not the ratio of the medians", () => {
    const a = { ms: [100, 300, 200], rssMb: [] };
    const b = { ms: [100, 100, 400], rssMb: [] };
    // Rounds: 1, 3, 0.5 → 1; the medians' ratio would be 200 / 100 = 2.
    expect(pairRatio(a, b)).toBe(1);
  });
});

describe("taskset's core list", () => {
  test("reads single cores and ranges", () => {
    expect(parseCoreList("0,1")).toEqual([0, 1]);
    expect(parseCoreList("0-2,5\n")).toEqual([0, 1, 2, 5]);
  });
});

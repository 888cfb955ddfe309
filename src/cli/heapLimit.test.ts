import { heapLimitMb } from "./heapLimit";

const GB = 2 ** 30;
const MB = 2 ** 20;

describe("the heap limit the command restarts with for large inputs", () => {
  it("is 1 GB at least, 16 × the input beyond that, and never more than ¾ of the machine's memory", () => {
    expect(heapLimitMb(43 * MB, 24 * GB)).toBe(1024); // a 500,000-row roster
    expect(heapLimitMb(100 * MB, 24 * GB)).toBe(1600); // the largest file accepted
    expect(heapLimitMb(500 * MB, 24 * GB)).toBe(8000); // a national batch of many files
    expect(heapLimitMb(500 * MB, 4 * GB)).toBe(3072);
  });
});

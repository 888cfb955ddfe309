import type { ZipEntry } from "../zipDirectory";
import { ByteBudget } from "./byteBudget";

const MB = 2 ** 20;
const entry = (compressedSize: number, uncompressedSize: number): ZipEntry => ({
  name: "xl/worksheets/sheet1.xml",
  method: 8,
  flags: 0,
  compressedSize,
  uncompressedSize,
  localHeaderOffset: 0,
});
const limits = { maxUncompressedBytes: 100 * MB, maxCompressionRatio: 200, ratioCheckMinBytes: 10 * MB };
const stopsAt = (meter: (n: number) => void, chunk: number) => {
  let given = 0;
  try {
    for (;;) {
      meter(chunk);
      given += chunk;
      if (given > 10 * limits.maxUncompressedBytes) return "never";
    }
  } catch (e) {
    return { after: given, problem: (e as { problem?: string }).problem };
  }
};

describe("metering the bytes a part really gives", () => {
  it("stops a part at the size its directory declares, however much it holds", () => {
    expect(stopsAt(new ByteBudget(limits).meter(entry(1000, MB)), 64 * 1024)).toEqual({
      after: MB,
      problem: "zip-bomb",
    });
  });

  it("stops a part past 200 times its compressed size once it is over 10 MB", () => {
    // 60 KB that declares (honestly) 60 MB: the sniffer's ratio rule, on the real bytes. 200 × 60 KB is 11.7 MB,
    // so 11 pieces of 1 MB pass and the 12th stops it.
    expect(stopsAt(new ByteBudget(limits).meter(entry(60 * 1024, 60 * MB)), MB)).toEqual({
      after: 11 * MB,
      problem: "zip-bomb",
    });
  });

  it("counts every part and every read of one part against the file's total", () => {
    const budget = new ByteBudget(limits);
    const part = entry(10 * MB, 40 * MB);
    for (let i = 0; i < 2; i++) budget.meter(part)(40 * MB);
    expect(budget.remaining).toBe(20 * MB);
    expect(() => budget.meter(part)(40 * MB)).toThrow(expect.objectContaining({ problem: "zip-bomb" }));
  });
});

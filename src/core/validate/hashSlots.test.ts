import { HashSlots, hashNumber, hashText } from "./hashSlots";

describe("HashSlots", () => {
  it("finds each item under its key, past items whose hash collides, and says -1 for a key never added", () => {
    const keys = ["an", "bình", "chi", "dũng"];
    const table = new HashSlots(keys.length);
    // Every key under one hash: the table must tell them apart by the caller's equality alone.
    keys.forEach((_, i) => table.add(7, i));
    keys.forEach((k, i) => expect(table.find(7, (item) => keys[item] === k)).toBe(i));
    expect(table.find(7, (item) => keys[item] === "em")).toBe(-1);
    expect(table.find(8, () => true)).toBe(-1);
  });

  it("returns the first item added under a key when a later one has the same key", () => {
    const table = new HashSlots(2);
    table.add(hashText("083075000123"), 0);
    table.add(hashText("083075000123"), 1);
    expect(table.find(hashText("083075000123"), () => true)).toBe(0);
  });

  it("grows past the count it was sized for and still finds every item", () => {
    const table = new HashSlots();
    const keys = Array.from({ length: 1000 }, (_, i) => `CCCD ${i}`);
    keys.forEach((k, i) => table.add(hashText(k), i));
    expect(keys.every((k, i) => table.find(hashText(k), (item) => keys[item] === k) === i)).toBe(true);
    expect(table.find(hashText("CCCD 1000"), (item) => keys[item] === "CCCD 1000")).toBe(-1);
  });

  it("hashes texts by every character and numbers by their value", () => {
    expect(hashText("Hà")).not.toBe(hashText("Hạ"));
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashNumber(19750512, 1)).not.toBe(hashNumber(19750513, 1));
    expect(hashNumber(19750512, 1)).not.toBe(hashNumber(19750512, 2));
  });
});

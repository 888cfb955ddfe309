import { HashSlots, hashLowerText, hashNumber, hashText } from "./hashSlots";

/** The first item under `hash` that `same` accepts, or -1: how the duplicate search walks the table. */
function find(table: HashSlots, hash: number, same: (item: number) => boolean): number {
  for (let s = table.first(hash); s >= 0; s = table.next(s, hash))
    if (same(table.itemAt(s))) return table.itemAt(s);
  return -1;
}

describe("HashSlots", () => {
  it("finds each item under its key, past items whose hash collides, and says -1 for a key never added", () => {
    const keys = ["an", "bình", "chi", "dũng"];
    const table = new HashSlots(keys.length);
    // Every key under one hash: the table must tell them apart by the caller's equality alone.
    keys.forEach((_, i) => table.add(7, i));
    keys.forEach((k, i) => expect(find(table, 7, (item) => keys[item] === k)).toBe(i));
    expect(find(table, 7, (item) => keys[item] === "em")).toBe(-1);
    expect(find(table, 8, () => true)).toBe(-1);
  });

  it("returns the first item added under a key when a later one has the same key", () => {
    const table = new HashSlots(2);
    table.add(hashText("083075000123"), 0);
    table.add(hashText("083075000123"), 1);
    expect(find(table, hashText("083075000123"), () => true)).toBe(0);
  });

  it("grows past the count it was sized for and still finds every item", () => {
    const table = new HashSlots();
    const keys = Array.from({ length: 1000 }, (_, i) => `CCCD ${i}`);
    keys.forEach((k, i) => table.add(hashText(k), i));
    expect(keys.every((k, i) => find(table, hashText(k), (item) => keys[item] === k) === i)).toBe(true);
    expect(find(table, hashText("CCCD 1000"), (item) => keys[item] === "CCCD 1000")).toBe(-1);
  });

  it("keeps the first item added under a key first after the table grows", () => {
    const table = new HashSlots(1);
    const k = hashText("083075000123");
    table.add(k, 0);
    for (let i = 1; i < 40; i++) table.add(hashText(`CCCD ${i}`), i);
    table.add(k, 40); // the same key again, added after several growths
    const found: number[] = [];
    for (let s = table.first(k); s >= 0; s = table.next(s, k)) found.push(table.itemAt(s));
    expect(found).toEqual([0, 40]);
  });

  it("refuses an item numbered before one already added (growing keeps equal keys in the order added)", () => {
    const table = new HashSlots();
    table.add(1, 5);
    expect(() => table.add(2, 5)).toThrow(RangeError);
  });

  it("hashes texts by every character and numbers by their value", () => {
    expect(hashText("Hà")).not.toBe(hashText("Hạ"));
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashNumber(19750512, 1)).not.toBe(hashNumber(19750513, 1));
    expect(hashNumber(19750512, 1)).not.toBe(hashNumber(19750512, 2));
  });

  it("hashes a text as its lower case would be hashed, also where lowering needs the whole text", () => {
    for (const name of [
      "NGUYỄN VĂN AN",
      "Đỗ Thị Hằng",
      "ĐẶNG ÁNH",
      "nguyễn văn an",
      "İstanbul",
      "ΟΔΥΣΣΕΥΣ",
      "𐐀𐐨",
    ])
      expect(hashLowerText(name)).toBe(hashText(name.toLowerCase()));
    expect(hashLowerText("NGUYỄN VĂN AN")).toBe(hashLowerText("Nguyễn Văn An"));
  });
});

/**
 * An open-addressing table of item numbers by 32-bit hash: a roster's duplicate search asks it twice a person. JavaScript's Map costs about 300 ns an insertion at 100,000 keys (it grows and
 * rehashes, and keeps an entry object a key); this table, two typed arrays, costs a tenth of that. The caller keeps
 * the keys and says which stored item equals its key; items are numbered in the order they are added (an index into
 * the caller's list).
 */
export class HashSlots {
  /** Item + 1 in each slot; 0 is empty. */
  private items: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  /** A table sized for `expected` items (it grows past them, at half full, if more come). */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.items = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The first item stored under `hash` that `same` accepts, or -1. */
  find(hash: number, same: (item: number) => boolean): number {
    for (let s = hash & this.mask; this.items[s] !== 0; s = (s + 1) & this.mask)
      if (this.hashes[s] === hash && same(this.items[s] - 1)) return this.items[s] - 1;
    return -1;
  }

  /** Stores an item under `hash` (after it: an item found under the same key is found first). */
  add(hash: number, item: number): void {
    if (++this.count * 2 > this.items.length) this.grow();
    this.put(hash, item + 1);
  }

  private put(hash: number, slotValue: number): void {
    let s = hash & this.mask;
    while (this.items[s] !== 0) s = (s + 1) & this.mask;
    this.items[s] = slotValue;
    this.hashes[s] = hash;
  }

  /** Twice the slots, every item moved in the order it was probed for, so equal keys keep their order. */
  private grow(): void {
    const { items, hashes } = this;
    const order: number[] = [];
    for (let s = 0; s < items.length; s++) if (items[s] !== 0) order.push(s);
    // Within one key, the earlier item has the smaller item number: reinserting by item number keeps it first.
    order.sort((a, b) => items[a] - items[b]);
    this.items = new Int32Array(items.length * 2);
    this.hashes = new Int32Array(items.length * 2);
    this.mask = this.items.length - 1;
    for (const s of order) this.put(hashes[s], items[s]);
  }
}

/** FNV-1a over a string's UTF-16 code units, mixed so its low bits (the slot) spread. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** A number's hash (a birth date as yyyymmdd), mixed into a seed. */
export function hashNumber(n: number, seed: number): number {
  return mix(Math.imul(seed ^ (n | 0), 0x01000193) ^ ((n / 0x100000000) | 0));
}

/** The finaliser of MurmurHash3: every input bit moves the low bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

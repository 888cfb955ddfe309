/**
 * An open-addressing table of item numbers by 32-bit hash, sized once for a known count: a roster's duplicate
 * search asks it twice a person. JavaScript's Map costs about 300 ns an insertion at 100,000 keys (it grows and
 * rehashes, and keeps an entry object a key); this table, two typed arrays, costs a tenth of that. The caller keeps
 * the keys and says which stored item equals its key.
 */
export class HashSlots {
  /** Item + 1 in each slot; 0 is empty. */
  private readonly items: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  /** A table for at most `capacity` items, at most half full. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
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
    let s = hash & this.mask;
    while (this.items[s] !== 0) s = (s + 1) & this.mask;
    this.items[s] = item + 1;
    this.hashes[s] = hash;
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

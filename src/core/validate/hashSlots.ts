/**
 * An open-addressing table of item numbers by 32-bit hash: a roster's duplicate search asks it twice a person.
 * JavaScript's Map costs about 300 ns an insertion at 100,000 keys (it grows and rehashes, and keeps an entry object
 * a key); this table, one typed array, costs a tenth of that. The caller keeps the keys and walks the items stored
 * under a hash to find its own; items are numbered in the order they are added (an index into the caller's list).
 */
export class HashSlots {
  /** Two numbers a slot, side by side so a probe reads one cache line: item + 1 (0 is empty), then the hash. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private lastItem = -1;

  /** A table sized for `expected` items (it grows past them, at half full, if more come). */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /**
   * The first slot holding `hash`, or -1: walk on with `next` while the caller's key differs from the item's
   * (`itemAt`). A loop, not a callback, since it runs twice a person and a closure each time is garbage.
   */
  first(hash: number): number {
    return this.from(hash & this.mask, hash);
  }

  /** The next slot after `slot` holding `hash`, or -1. */
  next(slot: number, hash: number): number {
    return this.from((slot + 1) & this.mask, hash);
  }

  /** The item stored in a slot that `first` or `next` gave. */
  itemAt(slot: number): number {
    return this.slots[2 * slot] - 1;
  }

  private from(start: number, hash: number): number {
    const { slots, mask } = this;
    for (let s = start; slots[2 * s] !== 0; s = (s + 1) & mask) if (slots[2 * s + 1] === hash) return s;
    return -1;
  }

  /** Stores an item under `hash` (after it: an item found under the same key is found first). */
  add(hash: number, item: number): void {
    if (item <= this.lastItem)
      throw new RangeError(`item ${item} after ${this.lastItem}: items are added in order`);
    this.lastItem = item;
    if (++this.count * 4 > this.slots.length) this.grow();
    this.put(hash, item + 1);
  }

  private put(hash: number, slotValue: number): void {
    const { slots, mask } = this;
    let s = hash & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = slotValue;
    slots[2 * s + 1] = hash;
  }

  /**
   * Twice the slots, every item moved in the order it was added (item numbers only grow), so equal keys keep their
   * order. Ordered by a table of slots by item number rather than a sort: a batch's index grows from 16 slots to a
   * million, and sorting each time cost more than all the lookups.
   */
  private grow(): void {
    const old = this.slots;
    const slotOf = new Int32Array(this.lastItem + 2).fill(-1);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) slotOf[old[s]] = s;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let item = 1; item < slotOf.length; item++) {
      const s = slotOf[item];
      if (s >= 0) this.put(old[s + 1], item);
    }
  }
}

/** FNV-1a over a string's UTF-16 code units, mixed so its low bits (the slot) spread. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/**
 * `hashText(text.toLowerCase())` without building the lowered text: each character is lowered on its own, from a
 * table filled as characters are met. Where lowering one character alone could differ from lowering the text —
 * a character that lowers to two ("İ"), Σ (whose lower case depends on where it stands), letters beyond the first
 * 8,192 code points — the text is lowered whole.
 */
export function hashLowerText(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else {
      c = c < LOWER.length ? lowerOf(c) : -1;
      if (c < 0) return hashText(text.toLowerCase());
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return mix(h);
}

/** Each character's lower case + 1, filled as met: 0 not yet known, -1 lowered only with its text. */
const LOWER = new Int32Array(0x2000);

function lowerOf(c: number): number {
  if (LOWER[c] === 0) {
    const lower = c === 0x3a3 ? "" : String.fromCharCode(c).toLowerCase();
    LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
  }
  return LOWER[c] > 0 ? LOWER[c] - 1 : -1;
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

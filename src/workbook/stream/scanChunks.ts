import { tooLong, type XmlScanner } from "./xmlScanner";

/**
 * Feeds a part's bytes to a scanner as they are inflated, holding one piece and the unfinished token carried over
 * from the piece before: a 300 MB sheet never exists whole, as bytes or as text. The encoding is told by the first
 * bytes as XML parsers tell it (XML 1.0, appendix F): Excel writes UTF-8, other writers sometimes UTF-16, which is
 * turned into UTF-8 as it comes so the scanner only ever sees UTF-8; a UTF-8 byte-order mark is dropped.
 */

/** How much of a new piece is joined to a carried token at first: enough to finish any ordinary token. */
const JOIN_BYTES = 1 << 12;

export async function scanChunks(chunks: AsyncIterable<Uint8Array>, scanner: XmlScanner): Promise<void> {
  let head: Uint8Array | undefined;
  let toUtf8: ((chunk: Uint8Array, last: boolean) => Uint8Array) | undefined;
  let tail: Uint8Array | undefined;
  // The page gets a piece every 16 KB or so and nearly every one ends inside a token: a new buffer for each join
  // and each carried token cost the worker a fifth of its read in Chromium, where every ArrayBuffer is slow to make.
  const joined = new Reuse();
  const carried = new Reuse();
  const feed = (chunk: Uint8Array) => {
    if (!toUtf8) {
      head = head ? concat(head, chunk) : chunk;
      if (head.length < 4) return;
      toUtf8 = converterFor(head);
      chunk = head;
      head = undefined;
    }
    chunk = toUtf8(chunk, false);
    let from = 0;
    if (tail) {
      // The carried token is finished with the start of this piece, joined in a small buffer; the piece itself
      // is then read where it stands.
      for (let k = Math.min(chunk.length, JOIN_BYTES); ; k = Math.min(chunk.length, k * 4)) {
        const both = joined.of(tail, chunk.subarray(0, k));
        const used = scanner.scan(both, 0, false);
        if (used >= tail.length) {
          from = used - tail.length;
          break;
        }
        if (k === chunk.length) {
          from = chunk.length;
          tail = carry(both, used, scanner, carried);
          return;
        }
      }
    }
    const used = scanner.scan(chunk, from, false);
    tail = used < chunk.length ? carry(chunk, used, scanner, carried) : undefined;
  };
  for await (const chunk of chunks) if (chunk.length) feed(plain(chunk));
  if (head) {
    toUtf8 = converterFor(head);
    const rest = toUtf8(head, false);
    head = undefined;
    if (rest.length) feed(rest);
  }
  const rest = toUtf8?.(new Uint8Array(0), true);
  const last = tail && rest?.length ? concat(tail, rest) : (tail ?? rest);
  if (last?.length) scanner.scan(last, 0, true);
  scanner.finish();
}

/**
 * A copy of what is left of a piece, in `into` (the piece itself is let go; the copy is read before the next
 * carry), bounded like any token.
 */
function carry(buf: Uint8Array, from: number, scanner: XmlScanner, into: Reuse): Uint8Array {
  const left = into.of(buf.subarray(from));
  if (left.length > scanner.maxToken) {
    let chars = 0;
    for (let i = 0; i < left.length; i++) if ((left[i] & 0xc0) !== 0x80) chars++;
    if (chars > scanner.maxToken) throw tooLong(scanner.part, scanner.maxToken);
  }
  return left;
}

/** UTF-8 bytes from the part's own encoding, told by its first four bytes. */
function converterFor(first: Uint8Array): (chunk: Uint8Array, last: boolean) => Uint8Array {
  const [a, b, c, d] = first;
  const utf16 =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00)
      ? "utf-16le"
      : (a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f)
        ? "utf-16be"
        : undefined;
  if (!utf16) {
    let bom = a === 0xef && b === 0xbb && c === 0xbf;
    return (chunk) => {
      if (!bom) return chunk;
      bom = false;
      return chunk.subarray(3);
    };
  }
  const decoder = new TextDecoder(utf16);
  const encoder = new TextEncoder();
  return (chunk, last) => encoder.encode(decoder.decode(chunk, { stream: !last }));
}

/**
 * The bytes as a plain Uint8Array (a view, no copy). Node's zlib hands over Buffers while the pieces joined here are
 * plain: a scanner that meets both kinds has its optimised code thrown away when it meets the other.
 */
function plain(chunk: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(chunk) === Uint8Array.prototype
    ? chunk
    : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** A buffer written again and again, grown when what it must hold is longer: its contents last until the next `of`. */
class Reuse {
  private buffer = new Uint8Array(256);

  /** `a` then `b`, in this buffer. */
  of(a: Uint8Array, b?: Uint8Array): Uint8Array {
    const n = a.length + (b?.length ?? 0);
    if (n > this.buffer.length) this.buffer = new Uint8Array(Math.max(n, this.buffer.length * 2));
    this.buffer.set(a);
    if (b) this.buffer.set(b, a.length);
    return this.buffer.subarray(0, n);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

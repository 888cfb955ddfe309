import { WorkbookError } from "../port";

/**
 * The text of an XML part as its bytes hold it: UTF-8 decoded, entities and line ends read as XML reads them, and
 * what XML forbids in text (an unknown entity, a control character) refused as a damaged part. The byte scanner
 * (xmlScanner.ts) decodes only the text a reader keeps, through these.
 */

/** Bytes the text rules turn on; the scanner tells text from markup by the same ones. */
export const AMP = 0x26;
export const CR = 0x0d;
export const LF = 0x0a;
export const TAB = 0x09;
export const SPACE = 0x20;
/** Bytes of markup, for the scanner and the readers that take a whole element themselves. */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const EQUALS = 0x3d;
export const QUOTE = 0x22;
const SEMICOLON = 0x3b;
const HASH = 0x23;

/** A U+FEFF inside a part is text like any other (the part's own byte order mark is dropped where the part starts). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Runs up to this many bytes are tried as ASCII first. */
const SHORT = 16;
/** One array of character codes per length up to SHORT, reused for every short run. */
const CODES: number[][] = Array.from({ length: SHORT + 1 }, (_, n) => new Array<number>(n).fill(0));

/**
 * Plain UTF-8 bytes as text; short ASCII runs (a CCCD, a phone number, a code) without a decoder call, made in one
 * string from a reused array of codes. Appending character by character made a string per character: a roster's
 * 100,000 CCCDs and phone numbers left about 50 MB of them for the collector, half of what the read allocated.
 */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= SHORT) {
    const codes = CODES[n];
    for (let i = 0; i < n; i++) {
      const b = buf[start + i];
      if (b >= 0x80) return utf8.decode(buf.subarray(start, end));
      codes[i] = b;
    }
    return String.fromCharCode.apply(null, codes);
  }
  return utf8.decode(buf.subarray(start, end));
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Markup that is no text (a comment, an instruction) may still hold only characters XML allows. */
export function checkChars(buf: Uint8Array, start: number, end: number, part: string): void {
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b < SPACE && b !== LF && b !== TAB && b !== CR)
      throw new WorkbookError("corrupted", `${part}: disallowed character`);
  }
}

/** Checks what decodeXml would refuse (an unknown entity, a control character), without making any text. */
export function checkXml(buf: Uint8Array, start: number, end: number, part: string): void {
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === AMP) i = entityEnd(buf, i, end, part);
    else if (b < SPACE && b !== LF && b !== TAB && b !== CR)
      throw new WorkbookError("corrupted", `${part}: disallowed character`);
  }
}

/** The ";" ending the entity that starts at i (checked: a known name or a character reference XML allows). */
function entityEnd(buf: Uint8Array, i: number, end: number, part: string): number {
  let semi = i + 1;
  while (semi < end && semi - i <= 12 && buf[semi] !== SEMICOLON) semi++;
  if (semi >= end || buf[semi] !== SEMICOLON)
    throw new WorkbookError("corrupted", `${part}: malformed entity`);
  entity(decodeUtf8(buf, i + 1, semi), part);
  return semi;
}

/**
 * Bytes with entities and line ends as XML reads them: the five named entities and character references decoded,
 * CR LF and lone CR read as LF in text; in an attribute, line breaks and tabs read as spaces. An unknown entity or
 * a control character XML does not allow is a damaged part.
 */
export function decodeXml(
  buf: Uint8Array,
  start: number,
  end: number,
  attribute: boolean,
  part: string,
): string {
  let out = "";
  let from = start;
  const flush = (to: number) => {
    if (to > from) out += decodeUtf8(buf, from, to);
  };
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === AMP) {
      flush(i);
      const semi = entityEnd(buf, i, end, part);
      out += entity(decodeUtf8(buf, i + 1, semi), part);
      i = semi;
      from = semi + 1;
    } else if (b === CR) {
      flush(i);
      out += attribute ? " " : "\n";
      if (i + 1 < end && buf[i + 1] === LF) i++;
      from = i + 1;
    } else if (attribute && (b === LF || b === TAB)) {
      flush(i);
      out += " ";
      from = i + 1;
    } else if (b < SPACE && b !== LF && b !== TAB) {
      throw new WorkbookError("corrupted", `${part}: disallowed character`);
    }
  }
  flush(end);
  return out;
}

function entity(name: string, part: string): string {
  const named = ENTITIES[name];
  if (named !== undefined) return named;
  if (name.charCodeAt(0) === HASH) {
    const hex = name[1] === "x";
    const digits = name.slice(hex ? 2 : 1);
    const code = digits && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
    if (!hex && !/^\d+$/.test(digits))
      throw new WorkbookError("corrupted", `${part}: malformed character reference`);
    if (isXmlChar(code)) return String.fromCodePoint(code);
  }
  throw new WorkbookError("corrupted", `${part}: unknown entity &${name};`);
}

/** XML 1.0's Char production. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/**
 * Where a run of plain text from `start` ends (at the "<" after it), or -1 when the run holds anything the
 * tag-by-tag reading would look at closely (an entity, ">", a line break or other control) or is not whole in `buf`.
 * For the elements a reader takes whole (XmlScanner's `whole`).
 */
export function plainTextEnd(buf: Uint8Array, start: number): number {
  for (let i = start; i < buf.length; i++) {
    const b = buf[i];
    if (b === LT) return i;
    if (b === AMP || b === GT || b < SPACE) return -1;
  }
  return -1;
}

/** Whether `buf` holds exactly `bytes` at `at`. */
export function bytesAt(buf: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/** Where "a b" found from `from` ends (just after b), or -1. */
export function findPair(buf: Uint8Array, from: number, a: number, b: number): number {
  for (let p = buf.indexOf(a, from); p >= 0 && p + 1 < buf.length; p = buf.indexOf(a, p + 1))
    if (buf[p + 1] === b) return p + 2;
  return -1;
}

/** Where "a b c" found from `from` ends (just after c), or -1. */
export function findTriple(buf: Uint8Array, from: number, a: number, b: number, c: number): number {
  for (let p = buf.indexOf(a, from); p >= 0 && p + 2 < buf.length; p = buf.indexOf(a, p + 1))
    if (buf[p + 1] === b && buf[p + 2] === c) return p + 3;
  return -1;
}

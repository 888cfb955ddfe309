import { MAX_XML_TOKEN } from "../bounds/readLimits";
import { WorkbookError } from "../port";
import {
  AMP,
  CR,
  checkChars,
  checkXml,
  decodeUtf8,
  decodeXml,
  EQUALS,
  findPair,
  findTriple,
  GT,
  LF,
  LT,
  QUOTE,
  SLASH,
  SPACE,
  TAB,
} from "./xmlText";

/**
 * The XML of an .xlsx part read as bytes, token by token, with no object per tag and no string per name: a
 * subclass is told of each start tag (its local name as a number, its attributes as byte ranges), each end tag
 * and each run of text, and decodes only the text it keeps. The bytes arrive in pieces (see scanChunks): `scan`
 * consumes the whole tokens of a piece and says where the first unfinished one starts, which the caller carries
 * over. Parsing stays strict where it decides what a cell holds — tags must nest, entities must be known — so a
 * damaged part is refused as it was by the XML parser this replaces (saxes, kept in the tests as the reference).
 * What one token may hold is bounded (`maxToken` characters: one text, one tag, one comment), since a token is
 * carried whole.
 */

const BANG = 0x21;
const QUESTION = 0x3f;
const APOS = 0x27;
const COLON = 0x3a;
const DASH = 0x2d;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACKET = 0x5b;

/** A text run holds "&", a line break or another control character: it needs more than a plain UTF-8 decode. */
export const TEXT_NEEDS_CARE = 1;

/**
 * The number a name is known by: its bytes themselves for names of up to three (exact), a hash beyond (compare the
 * bytes when it matters: `sameName`).
 */
export function nameKey(buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len <= 3) {
    let k = len << 24;
    for (let i = start; i < end; i++) k |= buf[i] << ((end - 1 - i) * 8);
    return k;
  }
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  // Long names keep 0x40 set in the top byte, which no short name's length (1–3) has.
  return ((h & 0x00ffffff) | 0x40000000 | (Math.min(len, 63) << 24)) >>> 0;
}

/** The key of a name given as text (ASCII). */
export function keyOf(name: string): number {
  return nameKey(new TextEncoder().encode(name), 0, name.length);
}

export abstract class XmlScanner {
  /** Attributes of the start tag being reported: for each, its name's key, name start and end, value start and end. */
  protected attrCount = 0;
  protected attrs: number[] = [];
  /** Keys of the open elements, for checking that end tags match. */
  private stack = new Int32Array(64);
  private depth = 0;
  private sawRoot = false;
  /** Something has been read: an XML declaration can only be the very first thing in a part. */
  private started = false;
  private sawDoctype = false;

  constructor(
    /** The part's name, for error details. */
    readonly part: string,
    /** Characters one token may hold. */
    readonly maxToken: number = MAX_XML_TOKEN,
  ) {}

  /** A start tag; `local` is its name after any prefix ("x:c" → "c"). Attributes: `attr`. */
  protected abstract open(buf: Uint8Array, key: number, local: number, nameEnd: number): void;
  /** An end tag (also right after the start of an empty-element tag). */
  protected abstract close(key: number): void;
  /** A run of text between two pieces of markup, as bytes; `flags` has TEXT_NEEDS_CARE when it is not plain. */
  protected abstract text(buf: Uint8Array, start: number, end: number, flags: number): void;

  /**
   * An element inside the root read whole at i by the subclass, in one of the few plain forms it knows (a sheet's
   * cells, millions of them): where it ends, or 0 to have it read tag by tag. It must take only what the tag-by-tag
   * reading accepts, and report it the same way; an element not whole in `buf` is left to that reading too.
   */
  protected whole?(buf: Uint8Array, i: number): number;

  /**
   * Reads the whole tokens of `buf` from `from` and returns where the first unfinished one starts (buf.length when
   * none is). With `last`, the part ends with `buf`: an unfinished token is a damaged part.
   */
  scan(buf: Uint8Array, from: number, last: boolean): number {
    const n = buf.length;
    let i = from;
    while (i < n) {
      if (buf[i] !== LT) {
        let j = i;
        let flags = 0;
        for (; j < n; j++) {
          const b = buf[j];
          if (b === LT) break;
          if (b < SPACE || b === AMP) flags = TEXT_NEEDS_CARE;
          else if (b === GT && j - i >= 2 && buf[j - 1] === CLOSE_BRACKET && buf[j - 2] === CLOSE_BRACKET)
            throw this.damaged('"]]>" in text');
        }
        if (j === n && !last) return i;
        if (j - i > this.maxToken) this.bound(buf, i, j);
        if (flags !== 0) checkXml(buf, i, j, this.part);
        if (this.depth > 0) this.text(buf, i, j, flags);
        else if (!isSpace(buf, i, j)) throw this.damaged("text outside the root element");
        this.started = true;
        i = j;
        continue;
      }
      if (i + 1 >= n) return this.unfinished(i, last);
      const next = buf[i + 1];
      let end: number;
      if (next === SLASH) end = this.endTag(buf, i);
      else if (next === BANG) end = this.declaration(buf, i);
      else if (next === QUESTION) end = this.instruction(buf, i);
      else {
        end = this.depth > 0 && this.whole ? this.whole(buf, i) : 0;
        if (end === 0) end = this.startTag(buf, i);
      }
      if (end < 0) return this.unfinished(i, last);
      if (end - i > this.maxToken) this.bound(buf, i, end);
      this.started = true;
      i = end;
    }
    return n;
  }

  /** The part has ended: every element must have been closed. */
  finish(): void {
    if (!this.sawRoot) throw this.damaged("no root element");
    if (this.depth > 0) throw this.damaged("unclosed element");
  }

  /** The index of an attribute of the current start tag by its name's key, or -1. */
  protected attr(key: number): number {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount; k++) if (a[k * 5] === key) return k;
    return -1;
  }

  protected attrValueStart(k: number): number {
    return this.attrs[k * 5 + 3];
  }

  protected attrValueEnd(k: number): number {
    return this.attrs[k * 5 + 4];
  }

  /** An attribute's value as text: entities decoded, line breaks and tabs as spaces (XML's normalisation). */
  protected attrText(buf: Uint8Array, k: number): string {
    return decodeXml(buf, this.attrs[k * 5 + 3], this.attrs[k * 5 + 4], true, this.part);
  }

  /** An attribute's full name (with its prefix: "r:id"). */
  protected attrName(buf: Uint8Array, k: number): string {
    return decodeUtf8(buf, this.attrs[k * 5 + 1], this.attrs[k * 5 + 2]);
  }

  /** A text run as text: entities decoded, line ends as XML reads them (CR LF and lone CR become LF). */
  protected textOf(buf: Uint8Array, start: number, end: number, flags: number): string {
    return flags === 0 ? decodeUtf8(buf, start, end) : decodeXml(buf, start, end, false, this.part);
  }

  protected damaged(what: string): WorkbookError {
    return new WorkbookError("corrupted", `${this.part}: ${what}`);
  }

  private unfinished(at: number, last: boolean): number {
    if (last) throw this.damaged("unfinished markup at the end");
    return at;
  }

  /** A token longer than the bound in bytes is measured in characters (UTF-8 continuation bytes are no character). */
  private bound(buf: Uint8Array, start: number, end: number): void {
    let chars = 0;
    for (let i = start; i < end; i++) if ((buf[i] & 0xc0) !== 0x80) chars++;
    if (chars > this.maxToken) throw tooLong(this.part, this.maxToken);
  }

  /** `</name>` at i: reports it and returns where it ends, or -1 when unfinished. */
  private endTag(buf: Uint8Array, i: number): number {
    const n = buf.length;
    let j = i + 2;
    let local = j;
    for (; j < n; j++) {
      const b = buf[j];
      if (b === GT || isSpaceByte(b)) break;
      if (b === COLON) local = j + 1;
      else if (!isNameByte(b)) throw this.damaged("disallowed character in a tag name");
    }
    const nameEnd = j;
    while (j < n && isSpaceByte(buf[j])) j++;
    if (j >= n) return -1;
    if (buf[j] !== GT || nameEnd === i + 2) throw this.damaged("malformed end tag");
    const key = nameKey(buf, i + 2, nameEnd);
    if (this.depth === 0 || this.stack[this.depth - 1] !== (key | 0)) throw this.damaged("unmatched end tag");
    this.depth--;
    this.close(local === i + 2 ? key : nameKey(buf, local, nameEnd));
    return j + 1;
  }

  /** `<name attr="v" …>` or `<name …/>` at i: reports it and returns where it ends, or -1 when unfinished. */
  private startTag(buf: Uint8Array, i: number): number {
    const n = buf.length;
    let j = i + 1;
    let local = j;
    for (; j < n; j++) {
      const b = buf[j];
      if (b === GT || b === SLASH || isSpaceByte(b)) break;
      if (b === COLON) local = j + 1;
      else if (!isNameByte(b)) throw this.damaged("disallowed character in a tag name");
    }
    if (j >= n) return -1;
    const nameEnd = j;
    if (nameEnd === i + 1 || !isNameStart(buf[i + 1])) throw this.damaged("malformed start tag");
    const attrs = this.attrs;
    let count = 0;
    let empty = false;
    for (;;) {
      while (j < n && isSpaceByte(buf[j])) j++;
      if (j >= n) return -1;
      const b = buf[j];
      if (b === GT) {
        j++;
        break;
      }
      if (b === SLASH) {
        if (j + 1 >= n) return -1;
        if (buf[j + 1] !== GT) throw this.damaged("malformed start tag");
        empty = true;
        j += 2;
        break;
      }
      const nameStart = j;
      if (!isNameStart(b)) throw this.damaged("malformed attribute");
      for (; j < n; j++) {
        const c = buf[j];
        if (c === EQUALS || c === GT || c === SLASH || isSpaceByte(c)) break;
        if (!isNameByte(c)) throw this.damaged("malformed attribute");
      }
      const attrEnd = j;
      while (j < n && isSpaceByte(buf[j])) j++;
      if (j >= n) return -1;
      if (buf[j] !== EQUALS || attrEnd === nameStart) throw this.damaged("malformed attribute");
      j++;
      while (j < n && isSpaceByte(buf[j])) j++;
      if (j >= n) return -1;
      const quote = buf[j];
      if (quote !== QUOTE && quote !== APOS) throw this.damaged("unquoted attribute");
      const valueStart = j + 1;
      // Values are short ("A12", "3", "s"): one pass finds the closing quote and what needs a closer look.
      let valueEnd = valueStart;
      let care = false;
      for (; valueEnd < n; valueEnd++) {
        const c = buf[valueEnd];
        if (c === quote) break;
        if (c === LT) throw this.damaged("'<' in an attribute");
        if (c === AMP || c < SPACE) care = true;
      }
      if (valueEnd >= n) return -1;
      if (care) checkXml(buf, valueStart, valueEnd, this.part);
      const at = count * 5;
      const attrKey = nameKey(buf, nameStart, attrEnd);
      for (let k = 0; k < at; k += 5)
        if (attrs[k] === attrKey && sameRange(buf, attrs[k + 1], attrs[k + 2], nameStart, attrEnd))
          throw this.damaged("duplicate attribute");
      attrs[at] = attrKey;
      attrs[at + 1] = nameStart;
      attrs[at + 2] = attrEnd;
      attrs[at + 3] = valueStart;
      attrs[at + 4] = valueEnd;
      count++;
      j = valueEnd + 1;
      if (j < n && !isSpaceByte(buf[j]) && buf[j] !== GT && buf[j] !== SLASH)
        throw this.damaged("no space between attributes");
    }
    if (this.depth === 0 && this.sawRoot) throw this.damaged("a second root element");
    this.sawRoot = true;
    this.attrCount = count;
    const key = nameKey(buf, local, nameEnd);
    if (!empty) this.push(local === i + 1 ? key : nameKey(buf, i + 1, nameEnd));
    this.open(buf, key, local, nameEnd);
    if (empty) this.close(key);
    return j;
  }

  /**
   * A processing instruction at i, or the XML declaration when it is the first thing in the part: checked as XML
   * requires (a target that is a name; "xml" only as a well-formed declaration at the very start), so a damaged
   * declaration is refused as the XML parser refused it. Returns where it ends, or -1 when unfinished.
   */
  private instruction(buf: Uint8Array, i: number): number {
    const end = findPair(buf, i + 2, QUESTION, GT);
    if (end < 0) return -1;
    let j = i + 2;
    if (j < end && isNameStart(buf[j])) for (j++; j < end && isNameByte(buf[j]); j++);
    if (j === i + 2) throw this.damaged("processing instruction without a target");
    if (buf[j] !== QUESTION && !isSpaceByte(buf[j])) throw this.damaged("malformed processing instruction");
    checkChars(buf, j, end, this.part);
    const target = decodeUtf8(buf, i + 2, j);
    if (target.toLowerCase() !== "xml") return end;
    if (target !== "xml" || this.started)
      throw this.damaged("an XML declaration must be at the start of the document");
    if (!XML_DECLARATION.test(decodeUtf8(buf, i, end))) throw this.damaged("malformed XML declaration");
    return end;
  }

  /** A comment, CDATA section or document type declaration at i (none of them is text a reader keeps). */
  private declaration(buf: Uint8Array, i: number): number {
    const n = buf.length;
    if (i + 3 >= n) return -1;
    if (buf[i + 2] === DASH) {
      if (buf[i + 3] !== DASH) throw this.damaged("malformed declaration");
      // XML allows "--" in a comment only as its end.
      const dashes = findPair(buf, i + 4, DASH, DASH);
      if (dashes < 0 || dashes >= n) return -1;
      if (buf[dashes] !== GT) throw this.damaged('"--" in a comment');
      checkChars(buf, i + 4, dashes, this.part);
      return dashes + 1;
    }
    if (buf[i + 2] === OPEN_BRACKET) {
      if (i + 9 > n) return -1;
      if (decodeUtf8(buf, i + 3, i + 9) !== "CDATA[") throw this.damaged("malformed declaration");
      if (this.depth === 0) throw this.damaged("CDATA outside the root element");
      const end = findTriple(buf, i + 9, CLOSE_BRACKET, CLOSE_BRACKET, GT);
      if (end >= 0) checkChars(buf, i + 9, end, this.part);
      return end < 0 ? -1 : end;
    }
    // <!DOCTYPE …>, perhaps with an internal subset in brackets; once, before the root element.
    if (i + 9 > n) return -1;
    if (decodeUtf8(buf, i + 2, i + 9) !== "DOCTYPE") throw this.damaged("malformed declaration");
    if (this.sawDoctype || this.sawRoot) throw this.damaged("a document type declaration out of place");
    let inSubset = false;
    for (let j = i + 9; j < n; j++) {
      const b = buf[j];
      if (b === OPEN_BRACKET) inSubset = true;
      else if (b === CLOSE_BRACKET) inSubset = false;
      else if (b === GT && !inSubset) {
        checkChars(buf, i + 9, j, this.part);
        this.sawDoctype = true;
        return j + 1;
      }
    }
    return -1;
  }

  private push(key: number): void {
    if (this.depth === this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.depth++] = key | 0;
  }
}

export function tooLong(part: string, maxToken: number): WorkbookError {
  return new WorkbookError("too-much-text", `${part}: a run of over ${maxToken} characters`);
}

/** XML 1.0's XMLDecl production (version, then an optional encoding and standalone, in that order). */
const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("1\.[0-9]+"|'1\.[0-9]+')([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*("(yes|no)"|'(yes|no)'))?[ \t\r\n]*\?>$/;

/** A byte that may start a name: an ASCII letter, "_", ":" or any non-ASCII character (not told apart here). */
function isNameStart(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === COLON || b >= 0x80;
}

function isNameByte(b: number): boolean {
  return isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === DASH || b === 0x2e;
}

function sameRange(buf: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (buf[a + k] !== buf[b + k]) return false;
  return true;
}

function isSpaceByte(b: number): boolean {
  return b === SPACE || b === LF || b === CR || b === TAB;
}

function isSpace(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceByte(buf[i])) return false;
  return true;
}

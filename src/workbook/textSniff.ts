/**
 * Tells plain text (a CSV saved by a web portal or typed in Notepad) from binary, whatever the encoding:
 * UTF-8, UTF-16 with or without a byte-order mark, or the 8-bit Vietnamese code pages (Windows-1258,
 * TCVN3, VNI). Markup (an HTML table or SpreadsheetML 2003 saved as ".xls") is told apart, since it is not
 * a CSV even though it is text.
 */

export type TextKind = "text" | "markup";

/** How much of the file is looked at: enough to see past a header line, cheap on a 100 MB file. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Share of control bytes tolerated in 8-bit text. TCVN3 puts a few capital letters with diacritics in the
 * control range, so some are expected; random bytes have about 10% of them.
 */
const MAX_CONTROL_SHARE = 0.03;

export function sniffText(bytes: Uint8Array): TextKind | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const text = decodeIfText(sample);
  if (text === undefined) return undefined;
  return /^\s*</.test(text) ? "markup" : "text";
}

/** The start of the text, decoded well enough to look at its first characters; undefined for binary data. */
function decodeIfText(b: Uint8Array): string | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return latin(b.subarray(3));
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return utf16(b.subarray(2), true);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16(b.subarray(2), false);

  const utf16Order = guessUtf16(b);
  if (utf16Order !== undefined) return utf16(b, utf16Order === "le");

  let controls = 0;
  for (const x of b) {
    if (x === 0) return undefined;
    if (isControl(x)) controls++;
  }
  return controls <= b.length * MAX_CONTROL_SHARE ? latin(b) : undefined;
}

/** UTF-16 without a mark: ASCII-heavy text has zero bytes in every other position (odd for LE, even for BE). */
function guessUtf16(b: Uint8Array): "le" | "be" | undefined {
  const pairs = Math.floor(b.length / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return "le";
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return "be";
  return undefined;
}

function utf16(b: Uint8Array, littleEndian: boolean): string | undefined {
  let out = "";
  let controls = 0;
  const n = Math.floor(b.length / 2);
  for (let i = 0; i < n; i++) {
    const code = littleEndian ? b[i * 2] | (b[i * 2 + 1] << 8) : (b[i * 2] << 8) | b[i * 2 + 1];
    if (code === 0) return undefined;
    if (code < 0x20 && isControl(code)) controls++;
    if (i < 256) out += String.fromCharCode(code);
  }
  return controls <= n * MAX_CONTROL_SHARE ? out : undefined;
}

/** The first characters as single bytes: enough to see a leading "<" in any ASCII-compatible encoding. */
function latin(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < Math.min(b.length, 256); i++) out += String.fromCharCode(b[i]);
  return out;
}

/** C0 controls other than tab, line feed, form feed, carriage return and the DOS end-of-file mark. */
function isControl(x: number): boolean {
  return x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0c && x !== 0x0d && x !== 0x1a;
}

/**
 * The text decoder for an XML part, chosen from its first bytes as XML parsers do (XML 1.0, appendix F): a
 * byte-order mark, or "<?" in UTF-16 without one; UTF-8 otherwise. Excel writes UTF-8, but other writers save
 * parts in UTF-16, which Excel and LibreOffice read.
 */
export function xmlDecoder(first: Uint8Array): TextDecoder {
  const [a, b, c, d] = first;
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le");
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be");
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return new TextDecoder("utf-16le");
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

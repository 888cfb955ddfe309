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

/** The text of an XML part arriving as bytes, decoded with the decoder its first bytes call for. */
export async function* decodedText(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (!decoder) {
      // The first bytes tell the encoding (UTF-16 parts exist); they are held until there are four of them.
      head = concat(head, chunk);
      if (head.length < 4) continue;
      decoder = xmlDecoder(head);
      yield decoder.decode(head, { stream: true });
    } else yield decoder.decode(chunk, { stream: true });
  }
  if (!decoder) {
    if (head.length > 0) yield xmlDecoder(head).decode(head);
    return;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * Raw deflate data inflated by Node's zlib in pieces of 1 MB, for the command line: a 260 MB sheet comes in about
 * 260 pieces, where DecompressionStream hands over thousands of small ones, each through a promise. Kept out of
 * src/workbook/stream so the page's bundle never pulls in zlib.
 *
 * A part that inflates to one piece at most (most parts of most files) is inflated at once, in this thread: a zlib
 * stream costs a 1 MB buffer and a trip through the thread pool per piece, more than the inflating itself for a
 * small part — half of all the time a 50-cadre file took.
 */

const PIECE_BYTES = 1 << 20;

export async function* inflateNode(data: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  const whole = inflateSmall(data);
  if (whole) {
    yield whole;
    return;
  }
  const inflate = createInflateRaw({ chunkSize: PIECE_BYTES });
  inflate.end(data);
  try {
    for await (const piece of inflate) yield piece as Buffer;
  } finally {
    inflate.destroy();
  }
}

/** The part's bytes when they fit in one piece; undefined when they do not (then inflated piece by piece). */
function inflateSmall(data: Uint8Array): Buffer | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: PIECE_BYTES });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    throw e;
  }
}

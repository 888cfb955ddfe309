import { createInflateRaw } from "node:zlib";

/**
 * Raw deflate data inflated by Node's zlib in pieces of 1 MB, for the command line: a 260 MB sheet comes in about
 * 260 pieces, where DecompressionStream hands over thousands of small ones, each through a promise. Kept out of
 * src/workbook/stream so the page's bundle never pulls in zlib.
 */

const PIECE_BYTES = 1 << 20;

export async function* inflateNode(data: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  const inflate = createInflateRaw({ chunkSize: PIECE_BYTES });
  inflate.end(data);
  try {
    for await (const piece of inflate) yield piece as Buffer;
  } finally {
    inflate.destroy();
  }
}

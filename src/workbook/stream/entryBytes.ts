import type { ByteBudget } from "../bounds/byteBudget";
import { WorkbookError } from "../port";
import { entryData, type ZipEntry } from "../zipDirectory";

/**
 * The bytes of one zip entry, inflated piece by piece: a 300 MB sheet never exists whole. Every byte that comes out
 * is metered against the file's budget (see ByteBudget), because the sizes a zip directory declares can lie; a
 * signal stops it between pieces. How to inflate is given: the page uses the web's DecompressionStream
 * (`inflateWeb`), the command Node's zlib with large pieces (src/workbook/inflateNode.ts), which hands over a
 * hundred times fewer of them.
 */

/** Inflates raw deflate data into pieces of bytes. */
export type Inflate = (data: Uint8Array) => AsyncIterable<Uint8Array>;

/** Bytes of a stored entry, and compressed bytes fed to DecompressionStream, at a time. */
const FEED_BYTES = 1 << 20;

/** True where DecompressionStream can inflate zip entries: browsers from 2023 on (Chrome 103, Safari 16.4, Firefox 113) and Node 20. */
export function canInflate(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** Raw deflate data through the web's DecompressionStream: feeding and reading run together, so only the decompressor's window and a piece are held. */
export async function* inflateWeb(data: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  const inflate = new DecompressionStream("deflate-raw");
  const writer = inflate.writable.getWriter();
  const reader = inflate.readable.getReader();
  const feed = (async () => {
    // The bytes come from a file or an ArrayBuffer, never a SharedArrayBuffer.
    for (let p = 0; p < data.length; p += FEED_BYTES)
      await writer.write(data.subarray(p, p + FEED_BYTES) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  feed.catch(() => undefined); // its failure surfaces through the reader
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export async function* entryBytes(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: ByteBudget,
  inflate: Inflate,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array, void, undefined> {
  signal?.throwIfAborted();
  const data = entryData(bytes, entry);
  if (!data) throw new WorkbookError("corrupted", `${entry.name}: local header`);
  const meter = budget.meter(entry);
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += FEED_BYTES) {
      const piece = data.subarray(p, p + FEED_BYTES);
      meter(piece.length);
      signal?.throwIfAborted();
      yield piece;
    }
    return;
  }
  if (entry.method !== 8)
    throw new WorkbookError("corrupted", `${entry.name}: compression method ${entry.method}`);
  const pieces = inflate(data)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await pieces.next();
      } catch (e) {
        if (e instanceof WorkbookError || signal?.aborted) throw e;
        throw new WorkbookError("corrupted", `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (next.done) return;
      meter(next.value.length);
      signal?.throwIfAborted();
      yield next.value;
    }
  } finally {
    await pieces.return?.();
  }
}

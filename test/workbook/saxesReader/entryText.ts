import type { ByteBudget } from "../../../src/workbook/bounds/byteBudget";
import { WorkbookError } from "../../../src/workbook/port";
import { entryData, type ZipEntry } from "../../../src/workbook/zipDirectory";
import { xmlDecoder } from "./xmlDecoder";

/**
 * The text of one zip entry, inflated chunk by chunk: a 300 MB sheet never exists as one string. Every byte that
 * comes out is metered against the file's budget (see ByteBudget), because the sizes a zip directory declares can
 * lie. Inflating uses the web's DecompressionStream, which Node 20 has too, so the same reader serves the command
 * line and the page; a signal stops it between chunks.
 */

/** Compressed bytes fed to the decompressor at a time. */
const FEED_BYTES = 1 << 20;

/** True where this reader can run: browsers from 2023 on (Chrome 103, Safari 16.4, Firefox 113) and Node 20. */
export function canInflate(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

export async function* entryText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: ByteBudget,
  signal?: AbortSignal,
): AsyncGenerator<string, void, undefined> {
  signal?.throwIfAborted();
  const data = entryData(bytes, entry);
  if (!data) throw new WorkbookError("corrupted", `${entry.name}: local header`);
  const meter = budget.meter(entry);
  // The encoding is told by the first bytes (UTF-16 parts exist); they are held until there are enough of them.
  let decoder: TextDecoder | undefined;
  let head: Uint8Array | undefined;
  const take = (chunk: Uint8Array): string => {
    meter(chunk.length);
    signal?.throwIfAborted();
    if (!decoder) {
      head = head ? concat(head, chunk) : chunk;
      if (head.length < 4) return "";
      decoder = xmlDecoder(head);
      chunk = head;
      head = undefined;
    }
    return decoder.decode(chunk, { stream: true });
  };
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += FEED_BYTES) yield take(data.subarray(p, p + FEED_BYTES));
  } else if (entry.method === 8) {
    const inflate = new DecompressionStream("deflate-raw");
    const writer = inflate.writable.getWriter();
    const reader = inflate.readable.getReader();
    // Feeding and reading run together, so only the decompressor's window and a chunk are in memory at a time.
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
        if (done) break;
        yield take(value);
      }
    } catch (e) {
      if (e instanceof WorkbookError || signal?.aborted) throw e;
      throw new WorkbookError("corrupted", `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  } else {
    throw new WorkbookError("corrupted", `${entry.name}: compression method ${entry.method}`);
  }
  if (head) yield (decoder = xmlDecoder(head)).decode(head, { stream: true });
  const rest = decoder?.decode();
  if (rest) yield rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

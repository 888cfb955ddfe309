import { WorkbookError } from "../port";
import { entryData, type ZipEntry } from "../zipDirectory";

/**
 * The text of one zip entry, inflated chunk by chunk: a 300 MB sheet never exists as one string. The real
 * inflated size is counted against a budget shared by the whole file, because the sizes a zip directory
 * declares can lie (the sniffer checked those before). Inflating uses the web's DecompressionStream, which
 * Node 20 has too, so the same reader serves the command line and the page.
 */

export interface InflateBudget {
  /** Bytes still allowed to come out of the whole file. */
  left: number;
}

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
  budget: InflateBudget,
): AsyncGenerator<string, void, undefined> {
  const data = entryData(bytes, entry);
  if (!data) throw new WorkbookError("corrupted", `${entry.name}: local header`);
  const decoder = new TextDecoder("utf-8");
  const take = (chunk: Uint8Array): string => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new WorkbookError("zip-bomb", `${entry.name}: inflates past the limit`);
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
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError("corrupted", `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  } else {
    throw new WorkbookError("corrupted", `${entry.name}: compression method ${entry.method}`);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

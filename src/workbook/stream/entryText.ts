import { createInflateRaw } from "node:zlib";
import { WorkbookError } from "../port";
import { entryData, type ZipEntry } from "../zipDirectory";

/**
 * The text of one zip entry, inflated chunk by chunk: a 300 MB sheet never exists as one string. The real
 * inflated size is counted against a budget shared by the whole file, because the sizes a zip directory
 * declares can lie (the sniffer checked those before).
 */

export interface InflateBudget {
  /** Bytes still allowed to come out of the whole file. */
  left: number;
}

/** Compressed bytes fed to zlib at a time. */
const FEED_BYTES = 1 << 20;

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
    const inflate = createInflateRaw();
    // Feeding and reading run together, so only zlib's own window and one chunk are in memory at a time.
    const feed = (async () => {
      for (let p = 0; p < data.length; p += FEED_BYTES) {
        if (!inflate.write(data.subarray(p, p + FEED_BYTES)))
          await new Promise<void>((resolve) => inflate.once("drain", resolve));
      }
      inflate.end();
    })();
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) yield take(chunk);
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError("corrupted", `${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      inflate.destroy();
      await feed.catch(() => undefined);
    }
  } else {
    throw new WorkbookError("corrupted", `${entry.name}: compression method ${entry.method}`);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

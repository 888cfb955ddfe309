import { inflateRawSync } from "node:zlib";
import { entryData, readZipDirectory } from "../../../src/workbook/zipDirectory";
import { buildZip } from "../../../test/helpers/zipWriter";

/** The date every corpus file claims as its creation and last save. */
export const FIXED_DATE = new Date(Date.UTC(2024, 10, 25, 8, 0, 0));
const FIXED_ISO = "2024-11-25T08:00:00Z";

/**
 * The same parts re-zipped without the writer's clock (buildZip stamps no dates) and with the document dates
 * fixed, so regenerating the corpus gives the same bytes and git sees no change.
 */
export function stableZip(bytes: Uint8Array): Uint8Array {
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(`not a readable zip: ${dir.kind}`);
  return buildZip(
    dir.entries.map((e) => {
      const body = entryData(bytes, e);
      if (!body) throw new Error(`unreadable zip entry ${e.name}`);
      const raw = e.method === 8 ? inflateRawSync(body) : Buffer.from(body);
      const data =
        e.name === "docProps/core.xml"
          ? raw
              .toString("utf8")
              .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_ISO}`)
              .replace(/(<cp:revision>)[^<]*/, "$11")
          : new Uint8Array(raw);
      return { name: e.name, data, deflate: true };
    }),
  );
}

/**
 * Benchmark child: the limit for reading one .xlsx, in two passes over its sheets' parts (the shared strings and
 * every worksheet), each a process of its own. `inflate`: the zip's directory read and each part inflated whole by
 * zlib, nothing else — what any reader pays. `scan`: the same, then canbo's byte scanner run over each inflated
 * part as one piece, building the grids the command builds — the reader without streaming, promises or checks.
 * Prints one JSON line: milliseconds of the pass (after the file is in memory) and the rows read.
 * Usage: node limit.js <inflate|scan> <file.xlsx>
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { ContentBudget } from "../../src/workbook/bounds/contentBudget";
import { DEFAULT_READ_LIMITS } from "../../src/workbook/bounds/readLimits";
import { readSharedStrings } from "../../src/workbook/stream/readSharedStrings";
import { readSheetBytes } from "../../src/workbook/stream/readSheetBytes";
import { entryData, readZipDirectory, type ZipEntry } from "../../src/workbook/zipDirectory";

async function* one(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(`${file}: ${dir.kind}`);
  const inflate = (e: ZipEntry) => {
    const data = entryData(bytes, e);
    if (!data) throw new Error(`${e.name}: local header`);
    return e.method === 0 ? data : inflateRawSync(data);
  };
  const sheets = dir.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  const sst = dir.entries.find((e) => e.name === "xl/sharedStrings.xml");
  let rows = 0;
  if (mode === "inflate") {
    if (sst) inflate(sst);
    for (const e of sheets) inflate(e);
  } else {
    const budget = new ContentBudget(DEFAULT_READ_LIMITS);
    const strings = sst ? await readSharedStrings(one(inflate(sst)), budget) : [];
    for (const e of sheets) {
      const grid = await readSheetBytes(one(inflate(e)), e.name, {
        name: e.name,
        sharedStrings: strings,
        styleFonts: [],
        budget,
      });
      rows += grid.values.length;
    }
  }
  process.stdout.write(JSON.stringify({ mode, ms: performance.now() - t0, rows }) + "\n");
}

void main();

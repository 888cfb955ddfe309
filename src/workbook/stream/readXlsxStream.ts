import type { Grid } from "../../core/grid";
import { ByteBudget } from "../bounds/byteBudget";
import { ContentBudget } from "../bounds/contentBudget";
import { PartIndex } from "../bounds/partNames";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../bounds/readLimits";
import { GridWorkbook, type GridSheet } from "../gridWorkbook";
import { OWNER_NAME_PREFIX, referencedSheet } from "../ownership";
import { WorkbookError } from "../port";
import { sniffWorkbook } from "../sniffWorkbook";
import { readZipDirectory, type ZipEntry } from "../zipDirectory";
import { entryBytes, inflateWeb, type Inflate } from "./entryBytes";
export { canInflate, type Inflate } from "./entryBytes";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetBytes, type SheetContext } from "./readSheetBytes";
import { readStyles, readWorkbookPart } from "./workbookParts";

export interface StreamReadOptions {
  /** Shown in error details. */
  fileName?: string;
  /** Overrides of the bounds (tests, or a deployment with more memory). */
  limits?: Partial<ReadLimits>;
  /** Stops the read between chunks (the page's Cancel): the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Inflated bytes of the sheets so far, of what their zip entries declare (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** How deflated parts are inflated: DecompressionStream unless told (the command gives Node's zlib). */
  inflate?: Inflate;
}

/**
 * Reads an .xlsx file for checking, streaming each part from its compressed bytes straight into the engine's
 * grids: no workbook model, no second copy of a sheet, no object per tag (the XML is scanned as bytes:
 * xmlScanner.ts). This is how the command line and the page read submitted
 * files, so a 500,000-row roster fits in memory; the ExcelJS adapter (xlsxFile.ts) is still what writes workbooks.
 * The bytes are sniffed first, exactly as for the ExcelJS adapter, so a bad file gets the same sentence; then every
 * byte inflated and every cell kept is counted against the file's bounds (src/workbook/bounds), so a file that lies
 * about itself is refused with the sentence of the limit it reached, in bounded time and memory.
 */
export function readXlsxStream(bytes: Uint8Array, options: StreamReadOptions = {}): Promise<GridWorkbook> {
  return readXlsxWith(bytes, options, BYTE_SCANNERS);
}

/**
 * The readers of the two parts that hold every cell, the only ones whose speed matters. The product scans bytes;
 * the tests give an XML parser's readers (test/helpers/saxesReader) and compare the two on every file they know.
 */
export interface CellPartReaders {
  sharedStrings(chunks: AsyncIterable<Uint8Array>, budget: ContentBudget): Promise<string[]>;
  sheet(chunks: AsyncIterable<Uint8Array>, path: string, ctx: SheetContext): Promise<Grid>;
}

const BYTE_SCANNERS: CellPartReaders = {
  sharedStrings: (chunks, budget) => readSharedStrings(chunks, budget),
  sheet: readSheetBytes,
};

/** readXlsxStream with the given readers of the cell parts; the zip, the bounds and the small parts are the same. */
export async function readXlsxWith(
  bytes: Uint8Array,
  options: StreamReadOptions,
  readers: CellPartReaders,
): Promise<GridWorkbook> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const { signal } = options;
  const inflate = options.inflate ?? inflateWeb;
  signal?.throwIfAborted();
  try {
    const verdict = sniffWorkbook(bytes, limits);
    if (!verdict.ok) throw new WorkbookError(verdict.problem, verdict.detail);
    const dir = readZipDirectory(bytes);
    if (dir.kind !== "ok") throw new WorkbookError("corrupted", "zip directory");
    const parts = PartIndex.of(dir.entries);
    const inflated = new ByteBudget(limits);
    const budget = new ContentBudget(limits);
    const part = (path: string) => {
      const e = parts.get(path);
      return e ? entryBytes(bytes, e, inflated, inflate, signal) : undefined;
    };

    const book = await readWorkbookPart(
      part("xl/workbook.xml")!,
      part("xl/_rels/workbook.xml.rels"),
      budget,
      limits.maxSheets,
    );
    // Excel gives each sheet a part of its own; sheets sharing one would be read again and again (and is no
    // file Excel wrote), so the file is refused before any sheet is read.
    const seen = new Set<unknown>();
    for (const s of book.sheets) {
      const e = parts.get(s.path);
      if (e && seen.has(e)) throw new WorkbookError("ambiguous-parts", `${s.path} is shared by two sheets`);
      seen.add(e);
    }
    const strings = part("xl/sharedStrings.xml");
    const styles = part("xl/styles.xml");
    const sharedStrings = strings ? await readers.sharedStrings(strings, budget) : [];
    const { fonts: styleFonts, dates: styleDates } = styles
      ? await readStyles(styles, budget)
      : { fonts: [], dates: [] };
    const owned = new Set(
      book.definedNames
        .filter((n) => n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX))
        .map((n) => referencedSheet(n.value)?.toLowerCase()),
    );
    const progress = sheetProgress(
      book.sheets.map((s) => parts.get(s.path)),
      options.onProgress,
    );
    const sheets: GridSheet[] = [];
    for (const s of book.sheets) {
      const xml = progress(part(s.path));
      // A sheet listed without its part (a chart sheet, or a damaged file) reads as empty rather than failing the file.
      const grid = xml
        ? await readers.sheet(xml, s.path, {
            name: s.name,
            sharedStrings,
            styleFonts,
            styleDates,
            date1904: book.date1904,
            budget,
            limits,
          })
        : { name: s.name, values: [], merges: [], fonts: [] };
      sheets.push({ grid, visible: s.visible, owned: owned.has(s.name.toLowerCase()) });
    }
    return new GridWorkbook(sheets);
  } catch (e) {
    if (e instanceof WorkbookError) throw withFileName(e, options.fileName);
    throw e;
  }
}

/** Counts the bytes of the sheets' parts as they stream; the total is what the directory declares, so it is capped. */
function sheetProgress(
  parts: (ZipEntry | undefined)[],
  onProgress: ((done: number, total: number) => void) | undefined,
): (chunks: AsyncGenerator<Uint8Array> | undefined) => AsyncGenerator<Uint8Array> | undefined {
  if (!onProgress) return (chunks) => chunks;
  const total = parts.reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
  let done = 0;
  onProgress(0, total);
  return (chunks) =>
    chunks &&
    (async function* () {
      for await (const piece of chunks) {
        done = Math.min(total, done + piece.length);
        onProgress(done, total);
        yield piece;
      }
    })();
}

/** Details read as the ExcelJS adapter gives them: "<file>: <what>", or just the file name. */
function withFileName(e: WorkbookError, fileName: string | undefined): WorkbookError {
  if (!fileName) return e;
  const prefix = `${e.problem}: `;
  const detail = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : undefined;
  return new WorkbookError(e.problem, detail ? `${fileName}: ${detail}` : fileName, {
    sheet: e.sheet,
    cell: e.cell,
  });
}

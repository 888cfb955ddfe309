import { GridWorkbook, type GridSheet } from "../gridWorkbook";
import { OWNER_NAME_PREFIX, referencedSheet } from "../ownership";
import { WorkbookError } from "../port";
import { DEFAULT_SNIFF_LIMITS, type SniffLimits } from "../sniffLimits";
import { sniffWorkbook } from "../sniffWorkbook";
import { readZipDirectory, type ZipEntry } from "../zipDirectory";
import { entryText, type InflateBudget } from "./entryText";

export { canInflate } from "./entryText";
import { readSheetXml } from "./readSheetXml";
import { readSharedStrings, readStyleFonts, readWorkbookPart } from "./workbookParts";

/**
 * Reads an .xlsx file for checking, streaming each part from its compressed bytes straight into the engine's
 * grids: no workbook model, no second copy of a sheet. This is how the command line reads submitted files,
 * so a 500,000-row roster fits in memory; the ExcelJS adapter (xlsxFile.ts) is still what writes workbooks.
 * The bytes are sniffed first, exactly as for the ExcelJS adapter, so a bad file gets the same sentence.
 */
export async function readXlsxStream(
  bytes: Uint8Array,
  options: {
    fileName?: string;
    limits?: Partial<SniffLimits>;
    /** Inflated bytes of the sheets so far, of what their zip entries declare (for a progress bar). */
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<GridWorkbook> {
  const limits = { ...DEFAULT_SNIFF_LIMITS, ...options.limits };
  // Details read as the ExcelJS adapter gives them: "<file>: <what>", or just the file name.
  const where = (detail: string | undefined) =>
    options.fileName ? (detail ? `${options.fileName}: ${detail}` : options.fileName) : detail;
  const verdict = sniffWorkbook(bytes, limits);
  if (!verdict.ok) throw new WorkbookError(verdict.problem, where(verdict.detail));
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new WorkbookError("corrupted", where("zip directory"));

  const entries = new Map<string, ZipEntry>();
  for (const e of dir.entries) entries.set(e.name.replace(/^\/+/, "").toLowerCase(), e);
  const budget: InflateBudget = { left: limits.maxUncompressedBytes };
  const part = (path: string) => {
    const e = entries.get(path.toLowerCase());
    return e ? entryText(bytes, e, budget) : undefined;
  };

  try {
    const book = await readWorkbookPart(part("xl/workbook.xml")!, part("xl/_rels/workbook.xml.rels"));
    const strings = part("xl/sharedStrings.xml");
    const styles = part("xl/styles.xml");
    const sharedStrings = strings ? await readSharedStrings(strings) : [];
    const styleFonts = styles ? await readStyleFonts(styles) : [];
    const owned = new Set(
      book.definedNames
        .filter((n) => n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX))
        .map((n) => referencedSheet(n.value)?.toLowerCase()),
    );

    const sheets: GridSheet[] = [];
    const progress = sheetProgress(
      book.sheets.map((s) => entries.get(s.path.toLowerCase())),
      options.onProgress,
    );
    for (const s of book.sheets) {
      const xml = progress(part(s.path));
      // A sheet listed without its part (a chart sheet, or a damaged file) reads as empty rather than failing the file.
      const grid = xml
        ? await readSheetXml(xml, s.path, { name: s.name, sharedStrings, styleFonts })
        : { name: s.name, values: [], merges: [], fonts: [] };
      sheets.push({ grid, visible: s.visible, owned: owned.has(s.name.toLowerCase()) });
    }
    return new GridWorkbook(sheets);
  } catch (e) {
    if (e instanceof WorkbookError) {
      const prefix = `${e.problem}: `;
      throw new WorkbookError(
        e.problem,
        where(e.message.startsWith(prefix) ? e.message.slice(prefix.length) : undefined),
      );
    }
    throw e;
  }
}

/** Counts the text of the sheets' parts as it streams; the total is what the directory declares, so it is capped. */
function sheetProgress(
  parts: (ZipEntry | undefined)[],
  onProgress: ((done: number, total: number) => void) | undefined,
): (chunks: AsyncGenerator<string> | undefined) => AsyncGenerator<string> | undefined {
  if (!onProgress) return (chunks) => chunks;
  const total = parts.reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
  let done = 0;
  onProgress(0, total);
  return (chunks) =>
    chunks &&
    (async function* () {
      for await (const text of chunks) {
        done = Math.min(total, done + text.length);
        onProgress(done, total);
        yield text;
      }
    })();
}

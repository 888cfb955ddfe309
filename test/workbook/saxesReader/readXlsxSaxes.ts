import { ByteBudget } from "../../../src/workbook/bounds/byteBudget";
import { ContentBudget } from "../../../src/workbook/bounds/contentBudget";
import { PartIndex } from "../../../src/workbook/bounds/partNames";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../../../src/workbook/bounds/readLimits";
import { GridWorkbook, type GridSheet } from "../../../src/workbook/gridWorkbook";
import { OWNER_NAME_PREFIX, referencedSheet } from "../../../src/workbook/ownership";
import { WorkbookError } from "../../../src/workbook/port";
import { sniffWorkbook } from "../../../src/workbook/sniffWorkbook";
import { readZipDirectory } from "../../../src/workbook/zipDirectory";
import { entryText } from "./entryText";
import { readSheetXml } from "./readSheetXml";
import { readSharedStrings, readStyles, readWorkbookPart } from "./workbookParts";

/**
 * The reader canbo had before its byte scanner, kept as the reference the scanner is tested against
 * (test/workbook/scanner.differential.test.ts): the same zip directory, bounds and grid builder, but each part decoded to
 * text by a TextDecoder after DecompressionStream and parsed by saxes, an XML parser that is tested on its own. It is
 * slower by several times and runs only in the tests.
 */
export async function readXlsxSaxes(
  bytes: Uint8Array,
  options: { limits?: Partial<ReadLimits> } = {},
): Promise<GridWorkbook> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };

  const verdict = sniffWorkbook(bytes, limits);
  if (!verdict.ok) throw new WorkbookError(verdict.problem, verdict.detail);
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new WorkbookError("corrupted", "zip directory");
  const parts = PartIndex.of(dir.entries);
  const inflated = new ByteBudget(limits);
  const budget = new ContentBudget(limits);
  const part = (path: string) => {
    const e = parts.get(path);
    return e ? entryText(bytes, e, inflated) : undefined;
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
  const sharedStrings = strings ? await readSharedStrings(strings, budget) : [];
  const { fonts: styleFonts, dates: styleDates } = styles
    ? await readStyles(styles, budget)
    : { fonts: [], dates: [] };
  const owned = new Set(
    book.definedNames
      .filter((n) => n.name.toLowerCase().startsWith(OWNER_NAME_PREFIX))
      .map((n) => referencedSheet(n.value)?.toLowerCase()),
  );
  const sheets: GridSheet[] = [];
  for (const s of book.sheets) {
    const xml = part(s.path);
    // A sheet listed without its part (a chart sheet, or a damaged file) reads as empty rather than failing the file.
    const grid = xml
      ? await readSheetXml(xml, s.path, {
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
}

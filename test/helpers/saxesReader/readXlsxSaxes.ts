import type { GridWorkbook } from "../../../src/workbook/gridWorkbook";
import type { ReadLimits } from "../../../src/workbook/bounds/readLimits";
import { readXlsxWith } from "../../../src/workbook/stream/readXlsxStream";
import { readSharedStrings } from "./sharedStrings";
import { readSheetXml } from "./readSheetXml";
import { decodedText } from "./xmlDecoder";

/**
 * The reader canbo had before its byte scanner, kept as the reference the scanner is tested against
 * (test/workbook/scanner.differential.test.ts): the product's zip directory, bounds, small parts and grid builder,
 * but the shared strings and the sheets decoded to text by a TextDecoder after DecompressionStream and parsed by
 * saxes, an XML parser that is tested on its own. It is slower by several times and runs only in the tests.
 */
export function readXlsxSaxes(
  bytes: Uint8Array,
  options: { limits?: Partial<ReadLimits> } = {},
): Promise<GridWorkbook> {
  return readXlsxWith(bytes, options, {
    sharedStrings: (chunks, budget) => readSharedStrings(decodedText(chunks), budget),
    sheet: (chunks, path, ctx) => readSheetXml(decodedText(chunks), path, ctx),
  });
}

import { readZipText, zipNames } from "./zipReader";
import { buildZip } from "./zipWriter";

/**
 * Rewrites parts of an .xlsx, to make files the way Excel or other tools write them (ExcelJS cannot):
 * `edit` gets each part's name and text and returns the new text (or the same).
 */
export function rewriteXlsx(bytes: Uint8Array, edit: (name: string, text: string) => string): Uint8Array {
  return buildZip(
    zipNames(bytes).map((name) => ({
      name,
      data: edit(name, readZipText(bytes, name) ?? ""),
      deflate: true,
    })),
  );
}

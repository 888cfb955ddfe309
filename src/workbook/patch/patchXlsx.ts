import { fixedText, keepsAsText, settleFix, type CellFix, type SkipReason } from "../../core/fixes";
import { ByteBudget, ContentBudget, DEFAULT_READ_LIMITS, PartIndex } from "../bounds";
import { WorkbookError } from "../port";
import { entryBytes, inflateWeb } from "../stream/entryBytes";
import { readSharedStrings } from "../stream/readSharedStrings";
import { readWorkbookPart } from "../stream/workbookParts";
import { readZipDirectory } from "../zipDirectory";
import { rezip } from "./rezip";
import { cellContent, findCells, replaceElements, textCell } from "./sheetXml";
import { Stylesheet } from "./styles";

/** What patching a package did with each fix asked. */
export interface PatchResult {
  bytes: Uint8Array;
  /** The fixes applied, as applied (judged again on each cell). */
  applied: CellFix[];
  /** Cells left as they are, and why. */
  skipped: { fix: CellFix; reason: SkipReason | "missing" }[];
  /** The parts written anew; every other part is copied byte for byte. */
  changedParts: string[];
}

/**
 * A corrected copy of an .xlsx package: only the cells fixed are rewritten in their sheet's XML (as inline text,
 * so the shared strings stay as they are), and the stylesheet gains a copy of a cell's format where its font
 * changes from a legacy one or where a CCCD must stay text. Every other part of the package — other sheets, charts,
 * names, custom XML, printer settings — is copied byte for byte, compressed bytes included. Each fix is judged
 * again on the cell as the file holds it (never a formula, never a cell that changed) before it is applied.
 * The bytes given are never changed.
 *
 * @example const { bytes, applied } = await patchXlsx(input, proposeFixes(grid, roster))
 */
export async function patchXlsx(input: Uint8Array, fixes: readonly CellFix[]): Promise<PatchResult> {
  const dir = readZipDirectory(input);
  if (dir.kind !== "ok") throw new WorkbookError("corrupted", "zip directory");
  const parts = PartIndex.of(dir.entries);
  const budget = new ByteBudget(DEFAULT_READ_LIMITS);
  const content = new ContentBudget(DEFAULT_READ_LIMITS);
  const chunks = (name: string) => {
    const e = parts.get(name);
    return e ? entryBytes(input, e, budget, inflateWeb) : undefined;
  };
  const text = async (name: string) => {
    const c = chunks(name);
    if (!c) return undefined;
    const decoder = new TextDecoder();
    let out = "";
    for await (const piece of c) out += decoder.decode(piece, { stream: true });
    out += decoder.decode();
    if (/^<\?xml[^>]*encoding\s*=\s*["']utf-16/i.test(out))
      throw new WorkbookError("corrupted", `${name}: UTF-16 parts are not patched`);
    return out;
  };

  const book = await readWorkbookPart(
    chunks("xl/workbook.xml") ?? fail("xl/workbook.xml"),
    chunks("xl/_rels/workbook.xml.rels"),
    content,
    DEFAULT_READ_LIMITS.maxSheets,
  );
  const strings = chunks("xl/sharedStrings.xml");
  const sharedStrings = strings ? await readSharedStrings(strings, content) : [];
  const stylesXml = await text("xl/styles.xml");
  const styles = stylesXml === undefined ? undefined : new Stylesheet(stylesXml);

  const result: PatchResult = { bytes: input, applied: [], skipped: [], changedParts: [] };
  const replaced = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const sheet of book.sheets) {
    const mine = fixes.filter((f) => f.sheet === sheet.name);
    const entry = parts.get(sheet.path);
    if (mine.length === 0 || !entry) continue;
    const xml = (await text(sheet.path))!;
    const found = findCells(xml, new Set(mine.map((f) => f.cell.toUpperCase())));
    const edits: { start: number; end: number; text: string }[] = [];
    for (const fix of mine) {
      const cell = found.get(fix.cell.toUpperCase());
      if (!cell) {
        result.skipped.push({ fix, reason: "missing" });
        continue;
      }
      const facts = cellContent(cell, sharedStrings);
      const settled = settleFix(fix, { ...facts, font: styles?.fontOf(facts.style) });
      if ("skipped" in settled) {
        result.skipped.push({ fix, reason: settled.skipped });
        continue;
      }
      const done = settled.fix;
      const style = styles
        ? styles.styleFor(facts.style, { font: done.font, text: keepsAsText(done) })
        : facts.style;
      edits.push({ start: cell.start, end: cell.end, text: textCell(cell, fixedText(done), style) });
      result.applied.push(done);
    }
    if (edits.length === 0) continue;
    replaced.set(entry.name, encoder.encode(replaceElements(xml, edits)));
    result.changedParts.push(entry.name);
  }
  if (styles?.changed) {
    const entry = parts.get("xl/styles.xml")!;
    replaced.set(entry.name, encoder.encode(styles.toXml()));
    result.changedParts.push(entry.name);
  }
  if (replaced.size) result.bytes = await rezip(input, dir.entries, replaced);
  return result;
}

function fail(part: string): never {
  throw new WorkbookError("corrupted", `${part} missing`);
}

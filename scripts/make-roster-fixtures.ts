/**
 * `npm run fixtures:rosters`: writes the real-layout roster corpus (scripts/rosters/*.ts) into
 * test/fixtures/rosters/ with three writers — ExcelJS, parts assembled by hand as Excel writes them, and
 * LibreOffice re-saving one of those. Deterministic: fixed document dates and dateless zip entries, so a run
 * that changes nothing leaves the files byte for byte as they were (LibreOffice's own output aside, which
 * depends on its version). `npm run fixtures:rosters -- 06` writes only the files whose name contains "06".
 * The generated files are committed: CI does not regenerate them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { convertWithSoffice, findSoffice } from "../test/helpers/soffice";
import { ROSTER_BOOKS } from "./rosters";
import type { WorkbookSpec } from "./rosters/model";
import { stableZip } from "./rosters/write/stableZip";
import { writeWithExcelJs } from "./rosters/write/writeExcelJs";
import { writeWithExcelXml } from "./rosters/write/writeExcelXml";

const out = path.join(path.dirname(__dirname), "test", "fixtures", "rosters");

async function main(): Promise<void> {
  const only = process.argv[2];
  const books = ROSTER_BOOKS.filter((b) => !only || b.file.includes(only));
  const names = new Set(ROSTER_BOOKS.map((b) => b.file));
  if (names.size !== ROSTER_BOOKS.length) throw new Error("two workbooks share a file name");
  mkdirSync(out, { recursive: true });
  for (const book of books) {
    const bytes = book.resave === "libreoffice" ? await resaved(book) : await written(book);
    writeFileSync(path.join(out, book.file), bytes);
    console.log(`${book.file}: ${book.writer}${book.resave ? " + LibreOffice" : ""}`);
  }
}

async function written(book: WorkbookSpec): Promise<Uint8Array> {
  return book.writer === "exceljs" ? writeWithExcelJs(book) : writeWithExcelXml(book);
}

/** Writer (c): the workbook written by its writer, then opened and saved again by LibreOffice Calc. */
async function resaved(book: WorkbookSpec): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(`${book.file} needs LibreOffice (soffice) to be written`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "roster-lo-"));
  try {
    const source = path.join(tmp, "source", book.file);
    mkdirSync(path.dirname(source), { recursive: true });
    writeFileSync(source, await written(book));
    const saved = await convertWithSoffice(soffice, source, "xlsx", path.join(tmp, "saved"));
    return stableZip(new Uint8Array(readFileSync(saved)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

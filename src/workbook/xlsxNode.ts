import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "./port";
import { DEFAULT_SNIFF_LIMITS, type SniffLimits } from "./sniffLimits";
import type { GridWorkbook } from "./gridWorkbook";
import { readXlsxStream } from "./stream/readXlsxStream";
import type { XlsxWorkbook } from "./xlsxFile";

/**
 * .xlsx files on disk, for the command line. Kept apart from xlsxFile.ts so the browser bundle never pulls
 * in fs or path.
 */

/**
 * Reads a submitted file from a path, streamed into grids (see stream/readXlsxStream.ts): far lighter and faster
 * than a whole ExcelJS workbook, and all the command line needs, since it never re-saves a user's file. The size
 * is checked with stat before reading, so a 5 GB file is refused without loading it; a missing path is
 * "not-found", a folder is "not-a-workbook".
 */
export async function readXlsxGrids(file: string, limits: Partial<SniffLimits> = {}): Promise<GridWorkbook> {
  const bytes = await readWorkbookBytes(file, limits);
  return readXlsxStream(bytes, { fileName: path.basename(file), limits });
}

async function readWorkbookBytes(file: string, limits: Partial<SniffLimits>): Promise<Uint8Array> {
  const fileName = path.basename(file);
  const max = limits.maxFileBytes ?? DEFAULT_SNIFF_LIMITS.maxFileBytes;
  let size: number;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new WorkbookError("not-a-workbook", `${fileName}: folder`);
    size = st.size;
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    if (isMissing(e)) throw new WorkbookError("not-found", file);
    throw e;
  }
  if (size > max) throw new WorkbookError("too-large", `${fileName}: ${mb(size)} > ${mb(max)}`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if (isMissing(e)) throw new WorkbookError("not-found", file);
    throw e;
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Saves atomically: the bytes go to a temporary file in the same folder, which is then renamed over the
 * target. A crash or a full disk leaves the old file (or none) — never half a workbook. The same folder
 * matters: rename is only atomic within one file system.
 */
export async function saveXlsxFile(workbook: XlsxWorkbook, file: string): Promise<void> {
  const bytes = await workbook.toBytes();
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

function isMissing(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

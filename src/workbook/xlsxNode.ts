import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  promises as fs,
  readSync,
  statSync,
} from "node:fs";
import * as path from "node:path";
import { WorkbookError } from "./port";
import type { ReadLimits } from "./bounds/readLimits";
import { DEFAULT_SNIFF_LIMITS, type SniffLimits } from "./sniffLimits";
import type { GridWorkbook } from "./gridWorkbook";
import { inflateNode } from "./inflateNode";
import { readXlsxStream } from "./stream/readXlsxStream";
import type { XlsxWorkbook } from "./xlsxFile";

/**
 * .xlsx files on disk, for the command line. Kept apart from xlsxFile.ts so the browser bundle never pulls
 * in fs or path.
 */

/**
 * Reads a submitted file from a path, streamed into grids (see stream/readXlsxStream.ts): far lighter and faster
 * than a whole ExcelJS workbook, and all the command line needs, since it never re-saves a user's file.
 */
export async function readXlsxGrids(file: string, limits: Partial<ReadLimits> = {}): Promise<GridWorkbook> {
  const bytes = await readWorkbookBytes(file, limits);
  return readXlsxStream(bytes, { fileName: path.basename(file), limits, inflate: inflateNode });
}

/**
 * The bytes of a submitted file, read under the size limit whatever the file system says. Only an ordinary file is
 * read: a pipe would wait for a writer for ever and a device (a link to /dev/zero) never ends, so both are refused
 * before and after opening (opened without blocking, in case one is swapped in between). Reading stops one byte past
 * the limit, so a file that grows or whose size the system does not know still costs at most the limit. Every error
 * of the disk becomes the file's own sentence: missing, no permission, or the system's code (ELOOP, EIO …).
 *
 * Read with the blocking calls: the command and its workers have nothing else to do meanwhile, and a submitted file
 * of a few kilobytes cost six trips through the thread pool and its promises, more than reading it (a batch of
 * 1,000 such files runs 8–10 % faster without them).
 */
export async function readWorkbookBytes(
  file: string,
  limits: Partial<SniffLimits> = {},
): Promise<Uint8Array> {
  const fileName = path.basename(file);
  const max = limits.maxFileBytes ?? DEFAULT_SNIFF_LIMITS.maxFileBytes;
  const before = onDisk(file, () => statSync(file));
  if (before.isDirectory()) throw new WorkbookError("not-a-workbook", `${fileName}: folder`);
  if (!before.isFile()) throw new WorkbookError("not-a-file", fileName);
  if (before.size > max) throw tooLarge(fileName, before.size, max);
  const fd = onDisk(file, () => openSync(file, OPEN_FLAGS));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new WorkbookError("not-a-file", fileName);
    // One byte more than the file claims, to notice one that grew; more room only as it keeps coming.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, max) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) throw tooLarge(fileName, length, max);
        const grown = Buffer.allocUnsafe(Math.min(length * 2, max + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (e) {
    throw e instanceof WorkbookError ? e : diskProblem(e, file);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // A descriptor only read from loses nothing when its closing fails: the bytes are in hand.
    }
  }
}

/** A call to the disk whose error becomes the file's problem (see diskProblem). */
function onDisk<T>(file: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw diskProblem(e, file);
  }
}

/** Read only, and never wait for a writer (a pipe opened for reading otherwise blocks until one comes). */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/** An error of the file system as the file's problem; anything that is no such error is thrown as it is. */
function diskProblem(e: unknown, file: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return e;
  if (code === "ENOENT" || code === "ENOTDIR") return new WorkbookError("not-found", file);
  if (code === "EACCES" || code === "EPERM") return new WorkbookError("no-access", path.basename(file));
  if (code === "EISDIR") return new WorkbookError("not-a-workbook", `${path.basename(file)}: folder`);
  return new WorkbookError("io-error", code);
}

function tooLarge(fileName: string, size: number, max: number): WorkbookError {
  return new WorkbookError("too-large", `${fileName}: ${mb(size)} > ${mb(max)}`);
}

/**
 * Saves atomically: the bytes go to a temporary file in the same folder, which then becomes the target. A crash or a
 * full disk leaves the old file (or none) — never half a workbook. The same folder matters: a rename is only atomic
 * within one file system. With `replace: false` an existing file is never replaced, even one that appeared since the
 * name was chosen: the temporary file is linked to the name, which fails if it is taken (EEXIST); where the file
 * system has no links, it is copied to the name under the same rule.
 */
export async function saveXlsxFile(
  workbook: Pick<XlsxWorkbook, "toBytes">,
  file: string,
  options: { replace?: boolean } = {},
): Promise<void> {
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
    if (options.replace === false) {
      await fs.link(temp, file).catch(async (e: unknown) => {
        if ((e as { code?: string } | null)?.code === "EEXIST") throw e;
        await fs.copyFile(temp, file, fsConstants.COPYFILE_EXCL);
      });
      await fs.rm(temp, { force: true });
    } else await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Files the command looks at inside folders: workbooks and the formats people send by mistake (they get a clear message). */
const CANDIDATE = /\.(xlsx|xlsm|xls|ods|csv)$/i;

/**
 * Expands the command's arguments into files: files as given, folders searched recursively, sorted by path.
 * Excel's lock files ("~$name.xlsx") are skipped; a missing path is kept so it is reported as not found, and so is
 * a folder that cannot be listed, so it gets its line. Links to folders are not followed (no loops).
 */
export async function collectFiles(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await walk(arg)));
    else out.push(arg);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [dir];
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (CANDIDATE.test(e.name) && !e.name.startsWith("~$")) files.push(full);
  }
  return files;
}

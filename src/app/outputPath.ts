/**
 * Where to write an output file without ever losing one: an existing file is replaced only when asked (`force`),
 * otherwise the next free "name (2).xlsx", "name (3).xlsx" … is used; an output that is one of the inputs is
 * refused, with or without `force`. Pure: the caller gives how to test a path and how to compare two paths, so
 * the command (file system) and the page (downloads) can share it.
 */

export type OutputChoice =
  { path: string; renamed: boolean; replaced: boolean } | { refused: "is-input"; path: string };

export interface OutputOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** The files read: the output may not be one of them. */
  inputs?: readonly string[];
  exists: (path: string) => Promise<boolean>;
  /** Makes two spellings of one path equal (absolute, normalised); identity by default. */
  same?: (path: string) => string;
}

/** Tries " (2)" to " (999)" before giving up. */
const MAX_SUFFIX = 999;

export async function chooseOutputPath(wanted: string, options: OutputOptions): Promise<OutputChoice> {
  const same = options.same ?? ((p: string) => p);
  if ((options.inputs ?? []).some((i) => same(i) === same(wanted)))
    return { refused: "is-input", path: wanted };
  const taken = await options.exists(wanted);
  if (!taken || options.force) return { path: wanted, renamed: false, replaced: taken };
  for (let k = 2; k <= MAX_SUFFIX; k++) {
    const candidate = numbered(wanted, k);
    if (!(await options.exists(candidate))) return { path: candidate, renamed: true, replaced: false };
  }
  throw new Error(`No free name for ${wanted}`);
}

/** "out/bao-cao-2019.xlsx", 2 → "out/bao-cao-2019 (2).xlsx". */
export function numbered(path: string, k: number): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  const hasExt = dot > slash + 1;
  const stem = hasExt ? path.slice(0, dot) : path;
  const ext = hasExt ? path.slice(dot) : "";
  return `${stem} (${k})${ext}`;
}

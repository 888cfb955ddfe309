import { WorkbookError } from "../port";
import type { ZipEntry } from "../zipDirectory";

/**
 * The parts of a zip package found by name as Excel finds them: a part name is compared without its leading "/",
 * with percent-escapes decoded and ASCII letters in one case (ECMA-376 Part 2, part name equivalence). An archive
 * holding two entries that name the same part ("xl/worksheets/sheet1.xml" and "XL/WORKSHEETS/SHEET1.XML", or one
 * name twice) is refused as ambiguous: which of the two Excel, LibreOffice or another reader shows is a guess, and
 * a check must not pass on content nobody sees.
 */
export class PartIndex {
  private constructor(private readonly byKey: ReadonlyMap<string, ZipEntry>) {}

  /** Indexes the entries; throws `ambiguous-parts` when two of them name the same part. */
  static of(entries: readonly ZipEntry[]): PartIndex {
    const byKey = new Map<string, ZipEntry>();
    for (const e of entries) {
      if (e.name.endsWith("/")) continue; // a folder record holds nothing
      const key = partKey(e.name);
      const twin = byKey.get(key);
      if (twin) throw new WorkbookError("ambiguous-parts", `"${twin.name}" and "${e.name}"`);
      byKey.set(key, e);
    }
    return new PartIndex(byKey);
  }

  get(name: string): ZipEntry | undefined {
    return this.byKey.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }
}

/** The key two names of one part share. */
export function partKey(name: string): string {
  let n = name.replace(/^\/+/, "");
  if (n.includes("%")) {
    try {
      n = decodeURIComponent(n);
    } catch {
      // a stray "%" is part of the name as it is
    }
  }
  return n.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

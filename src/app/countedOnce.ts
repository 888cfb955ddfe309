import type { Cadre } from "../core/cadre";
import type { Finding } from "../core/findings";

/**
 * The cadres each person counted once: every row the check reported as a later copy of someone already listed
 * (`duplicate-person`, pointing at the copy's name cell) is set aside, so no table counts a person twice.
 *
 * @param cadres every cadre read
 * @param findings the check's findings (those of a batch include copies across files)
 * @returns the cadres to count, in order, and how many were set aside
 * @example countedOnce([an, anAgain], [dup]).duplicates // 1
 */
export function countedOnce(
  cadres: readonly Cadre[],
  findings: readonly Finding[],
): { cadres: Cadre[]; duplicates: number } {
  // Copies by file and sheet, then by name cell: telling a cadre kept or not builds no key of its own (100,000 of them).
  const copies = new Map<string, Set<string>>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.code === "duplicate-person" && f.sheet && f.cell) {
      const key = sheetKey(f.file, f.sheet);
      const cells = copies.get(key) ?? new Set<string>();
      copies.set(key, cells.add(f.cell));
    }
  }
  if (copies.size === 0) return { cadres: [...cadres], duplicates: 0 };
  let file: string | undefined;
  let sheet: string | undefined;
  let cells: Set<string> | undefined;
  const kept = cadres.filter((c) => {
    // Cadres come sheet by sheet: the set is looked up again only when the sheet changes.
    if (c.file !== file || c.sheet !== sheet) {
      ({ file, sheet } = c);
      cells = copies.get(sheetKey(file, c.sheet));
    }
    return !cells?.has(c.nameCell);
  });
  return { cadres: kept, duplicates: cadres.length - kept.length };
}

function sheetKey(file: string | undefined, sheet: string): string {
  return `${file ?? ""}\u0000${sheet}`;
}

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
  const copies = new Set<string>();
  for (const f of findings)
    if (f.code === "duplicate-person" && f.sheet && f.cell) copies.add(placeKey(f.file, f.sheet, f.cell));
  const kept = cadres.filter((c) => !copies.has(placeKey(c.file, c.sheet, c.nameCell)));
  return { cadres: kept, duplicates: cadres.length - kept.length };
}

function placeKey(file: string | undefined, sheet: string, cell: string): string {
  return `${file ?? ""}\u0000${sheet}\u0000${cell}`;
}

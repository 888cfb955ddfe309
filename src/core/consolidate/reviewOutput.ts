import type { Finding } from "../findings";
import { formatFinding, type Messages } from "../messages";
import { readRoster } from "../roster";
import type { StandardsFramework } from "../standards";
import { checkStandards, findDuplicatePersons } from "../validate";
import type { ConsolidatedRoster } from "./consolidateRoster";
import { specGrid } from "./specGrid";
import type { SheetSpec } from "../sheet";

/**
 * Adds to each row's "Cần xem lại" what a check of the consolidated roster itself finds on it that its source
 * did not say (the same code for the same field): a column the source did not have is empty here, and a standard
 * the source could not judge is judged here. The roster's sheet is read as the check reads it (the spec's cells,
 * see specGrid). Changes the rows' review in place.
 *
 * @param roster the consolidated rows, in the order the sheet lists them
 * @param sheet the roster sheet laid out from them
 */
export function reviewOutput(
  roster: ConsolidatedRoster,
  sheet: SheetSpec,
  standards: StandardsFramework,
  year: number,
  m: Messages,
): void {
  const read = readRoster(specGrid(sheet), { year });
  const rows = roster.groups.flatMap((g) => g.rows);
  if (read.cadres.length !== rows.length) return;
  const found: Finding[] = [...read.findings];
  for (const f of findDuplicatePersons(read.cadres)) found.push(f);
  for (const f of checkStandards(read.cadres, standards, year, found)) found.push(f);
  const indexOfRow = new Map(read.cadres.map((c, i) => [c.row, i]));
  for (const f of found) {
    const i = f.row !== undefined ? indexOfRow.get(f.row) : undefined;
    if (i === undefined) continue;
    const row = rows[i];
    if (row.sourceText !== undefined) continue; // an earlier consolidation's row already lists its findings
    const key = findingKey(f);
    if (row.open.some((o) => findingKey(o) === key)) continue;
    row.open.push(f);
    row.review.push(formatFinding(f, m));
  }
}

/**
 * What a finding says, wherever it is said: its code, field and slots, without the places it names (a finding
 * on a source row and the same one on its consolidated row name different cells).
 */
export function findingKey(f: Finding): string {
  const params = Object.entries(f.params as Record<string, unknown>).filter(([k]) => !/cell|sheet/i.test(k));
  return `${f.code}\u0000${f.field ?? ""}\u0000${JSON.stringify(params)}`;
}

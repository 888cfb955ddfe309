import type { Finding } from "../findings";

/**
 * Which findings a results sheet lists when there are too many to list: each file keeps its first findings, the
 * same number N for every file, as large as fits the sheet's total — files with fewer than N keep them all, in
 * their order; what is left out is counted per file. A sheet of a million rows does not fit Excel (1,048,576 rows),
 * helps no one, and costs a workbook writer about 15 KB a row; the full list stays in `--json` and in the pane.
 *
 * @example capFindings(findings, { total: 20000 }) // { kept: [...], omitted: [{ file: "a.xlsx", count: 4200 }] }
 */

export interface FindingsCap {
  /** Most findings listed in all. */
  total: number;
}

/** 20,000 rows: a results sheet Excel and LibreOffice open in seconds, written in about half a gigabyte. */
export const FINDINGS_CAP: Readonly<FindingsCap> = Object.freeze({ total: 20_000 });

export interface CappedFindings {
  kept: Finding[];
  /** Files with findings left out, in the order they first appear, and how many. */
  omitted: { file: string | undefined; count: number }[];
}

export function capFindings(findings: readonly Finding[], cap: FindingsCap = FINDINGS_CAP): CappedFindings {
  const counts = new Map<string | undefined, number>();
  for (let i = 0; i < findings.length; i++)
    counts.set(findings[i].file, (counts.get(findings[i].file) ?? 0) + 1);
  const quota = fairQuota([...counts.values()], cap);
  const kept: Finding[] = [];
  const taken = new Map<string | undefined, number>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const n = taken.get(f.file) ?? 0;
    if (n < quota && kept.length < cap.total) kept.push(f);
    taken.set(f.file, n + 1);
  }
  const listed = new Map<string | undefined, number>();
  for (let i = 0; i < kept.length; i++) listed.set(kept[i].file, (listed.get(kept[i].file) ?? 0) + 1);
  const omitted: CappedFindings["omitted"] = [];
  for (const [file, count] of counts) {
    const left = count - (listed.get(file) ?? 0);
    if (left > 0) omitted.push({ file, count: left });
  }
  return { kept, omitted };
}

/** The largest number per file (at least 1) whose rows all fit in cap.total. */
function fairQuota(counts: readonly number[], cap: FindingsCap): number {
  const rows = (q: number) => counts.reduce((n, c) => n + Math.min(c, q), 0);
  if (rows(cap.total) <= cap.total) return cap.total;
  let low = 1;
  let high = cap.total;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (rows(mid) <= cap.total) low = mid;
    else high = mid - 1;
  }
  return low;
}

import type { Cadre } from "../../src/core/cadre";
import type { Finding } from "../../src/core/findings";
import type {
  ExpectedFinding,
  ExpectedInfo,
  ExpectedLegacy,
  ExpectedPerson,
} from "../fixtures/rosters/expected";

/**
 * Comparing what canbo reported on a corpus workbook with what test/fixtures/rosters/expected.ts says, as lists
 * of readable lines, so a failing test prints what is missing and what is unexpected rather than two big objects.
 */

export interface FindingDiff {
  missing: string[];
  unexpected: string[];
}

const rowOf = (cell: string | undefined) => (cell ? Number(/\d+$/.exec(cell)?.[0]) : undefined);
const columnOf = (cell: string | undefined) => (cell ? (/^[A-Z]+/.exec(cell)?.[0] ?? "") : "");
const place = (sheet: string | undefined, cell: string | undefined) => `${sheet ?? "-"}!${cell ?? "-"}`;

function describeActual(f: Finding): string {
  const header = (f.params as { header?: string }).header;
  const extra = [
    f.field ? `field=${f.field}` : "",
    header ? `header=${JSON.stringify(header)}` : "",
    f.value !== undefined && f.value !== null && f.value !== "" ? `value=${JSON.stringify(f.value)}` : "",
    f.suggestion ? `suggestion=${JSON.stringify(f.suggestion)}` : "",
  ].filter(Boolean);
  return `${place(f.sheet, f.cell)} ${f.code} (${f.severity})${extra.length ? " " + extra.join(" ") : ""}`;
}

function describeExpected(e: ExpectedFinding): string {
  const extra = [
    e.field ? `field=${e.field}` : "",
    e.suggestion ? `suggestion=${JSON.stringify(e.suggestion)}` : "",
  ];
  return `${place(e.sheet, e.cell)} ${e.code} ${extra.filter(Boolean).join(" ")} — ${e.why}`.replace(
    / {2,}/g,
    " ",
  );
}

function matches(e: ExpectedFinding, f: Finding): boolean {
  return (
    f.sheet === e.sheet &&
    f.cell === e.cell &&
    f.code === e.code &&
    (e.field === undefined || f.field === e.field) &&
    (e.suggestion === undefined || f.suggestion === e.suggestion)
  );
}

/**
 * The errors and warnings as a multiset against the expectations: each expected finding takes one actual finding
 * at its sheet and cell with its code (and its field and suggestion where the expectation names them). Legacy
 * warnings nobody expected are summed per column so a misjudged whole sheet reads as one line, not hundreds.
 */
export function diffFindings(actual: readonly Finding[], expected: readonly ExpectedFinding[]): FindingDiff {
  const pool = actual.filter((f) => f.severity !== "info");
  const taken = new Set<number>();
  const missing: string[] = [];
  // Most specific expectations first, so a bare one cannot take the finding a specific one needs.
  const order = [...expected].sort(
    (a, b) => Number(!!b.field) + Number(!!b.suggestion) - Number(!!a.field) - Number(!!a.suggestion),
  );
  for (const e of order) {
    const i = pool.findIndex((f, k) => !taken.has(k) && matches(e, f));
    if (i < 0) missing.push(describeExpected(e));
    else taken.add(i);
  }
  const rest = pool.filter((_, k) => !taken.has(k));
  const legacy = new Map<string, number>();
  const unexpected: string[] = [];
  for (const f of rest) {
    if (f.code === "legacy-encoding") {
      const key = `${f.sheet ?? "-"}!${columnOf(f.cell)} legacy-encoding (${f.severity})`;
      legacy.set(key, (legacy.get(key) ?? 0) + 1);
    } else unexpected.push(describeActual(f));
  }
  for (const [key, n] of legacy) unexpected.push(n === 1 ? key : `${key} × ${n} cells`);
  return { missing: missing.sort(), unexpected: unexpected.sort() };
}

/** Errors and warnings on rows where the expectations plant nothing: findings on rows that are correct. */
export function findingsOnCorrectRows(
  actual: readonly Finding[],
  expected: readonly ExpectedFinding[],
): string[] {
  const planted = new Set(expected.map((e) => `${e.sheet}|${rowOf(e.cell)}`));
  return actual
    .filter((f) => f.severity !== "info" && f.cell && !planted.has(`${f.sheet}|${rowOf(f.cell)}`))
    .map(describeActual)
    .sort();
}

/** Info findings other than legacy-encoding, against the expected ones (cell compared where expected). */
export function diffInfos(actual: readonly Finding[], expected: readonly ExpectedInfo[]): FindingDiff {
  const pool = actual.filter((f) => f.severity === "info" && f.code !== "legacy-encoding");
  const taken = new Set<number>();
  const missing: string[] = [];
  for (const e of expected) {
    const i = pool.findIndex(
      (f, k) =>
        !taken.has(k) &&
        f.sheet === e.sheet &&
        f.code === e.code &&
        (e.cell === undefined || f.cell === e.cell),
    );
    if (i < 0) missing.push(`${place(e.sheet, e.cell)} ${e.code}`);
    else taken.add(i);
  }
  const unexpected = pool.filter((_, k) => !taken.has(k)).map(describeActual);
  return { missing: missing.sort(), unexpected: unexpected.sort() };
}

/** legacy-encoding findings counted per sheet, column and severity, as sorted lines. */
export function legacyCounts(actual: readonly Finding[]): string[] {
  const counts = new Map<string, number>();
  for (const f of actual) {
    if (f.code !== "legacy-encoding") continue;
    const key = `${f.sheet ?? "-"}!${columnOf(f.cell)} ${f.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ${n}`).sort();
}

export function expectedLegacyCounts(expected: readonly ExpectedLegacy[]): string[] {
  return expected.map((e) => `${e.sheet}!${e.column} ${e.severity} ${e.count}`).sort();
}

const fold = (s: string | undefined) => s?.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** What differs between a spot-checked row and the cadre read from it ("no cadre" when none was read there). */
export function diffPerson(cadres: readonly Cadre[], p: ExpectedPerson): string[] {
  const c = cadres.find((x) => x.sheet === p.sheet && x.row === p.row);
  const where = `${p.sheet}!row ${p.row}`;
  if (!c) return [`${where}: no cadre read`];
  const out: string[] = [];
  const check = (name: string, want: unknown, got: unknown, same = want === got) => {
    if (want !== undefined && !same)
      out.push(`${where}: ${name} ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  check("fullName", p.fullName, c.fullName, p.fullName?.normalize("NFC") === c.fullName?.normalize("NFC"));
  check("unit", p.unit, c.unit, fold(p.unit) === fold(c.unit));
  check("upperUnit", p.upperUnit, c.upperUnit, fold(p.upperUnit) === fold(c.upperUnit));
  check("level", p.level, c.level);
  check("gender", p.gender, c.gender);
  check("employment", p.employment, c.employment);
  check("birthYear", p.birthYear, c.birthDate?.year);
  check(
    "positions",
    p.positions,
    c.positions,
    JSON.stringify([...(p.positions ?? [])].sort()) === JSON.stringify([...c.positions].sort()),
  );
  return out;
}

import type { Cadre, Field } from "../core/cadre";
import { finding, FINDING_CODES, type Finding, type FindingOf } from "../core/findings";
import { detectHeader, readRoster, type RosterSheet } from "../core/roster";
import {
  DEFAULT_FRAMEWORK,
  readStandardsSheet,
  STANDARDS_SHEET_NAME,
  type StandardsFramework,
} from "../core/standards";
import { DuplicatePersons, listedPerson, StandardsCheck, type ListedPerson } from "../core/validate";
import type { SheetReader } from "../workbook/port";
import { columnLetter } from "../core/grid";
import type { Grid } from "../core/grid";
import type { CheckRequest, CheckResult, Progress, SheetSummary, Summary } from "./types";

/**
 * Called with each roster sheet as it is read, while its cells are at hand: what a face needs of the cells beyond
 * the check (the certain fixes, values the reader could not understand) is taken here, so no grid is kept.
 */
export type SheetHook = (grid: Grid, roster: RosterSheet) => void;

/** Rows read to tell whether a sheet holds a roster (the header may sit under up to 30 title rows). */
const DETECT_ROWS = 34;

/**
 * Which sheets hold a roster, reading only their first rows. Report sheets the add-in wrote and the
 * "Tiêu chuẩn" sheet are never rosters.
 */
export async function detectRosterSheets(port: SheetReader): Promise<{ name: string; isRoster: boolean }[]> {
  const out: { name: string; isRoster: boolean }[] = [];
  for (const info of await port.listSheets()) {
    if (info.owned || info.name === STANDARDS_SHEET_NAME || info.rowCount === 0) {
      out.push({ name: info.name, isRoster: false });
      continue;
    }
    const grid = await port.readSheet(info.name, { rows: DETECT_ROWS });
    out.push({ name: info.name, isRoster: detectHeader(grid) !== undefined });
  }
  return out;
}

/**
 * Checks a workbook: reads every roster sheet (or those asked for), validates every cadre, finds the same person
 * listed twice and measures every cadre against the position standards — the workbook's "Tiêu chuẩn" sheet when
 * it has one, the built-in template otherwise. Never changes the workbook.
 */
export async function checkWorkbook(
  port: SheetReader,
  request: CheckRequest,
  onProgress?: (p: Progress) => void,
  onSheet?: SheetHook,
): Promise<CheckResult> {
  return checkKeeping(port, request, (c) => c, onProgress, onSheet);
}

/**
 * The same check, keeping of each cadre only what finding the same person in two files needs: what a check's own
 * outputs use (its lines, its JSON). Each cadre is measured as soon as it is read and then let go, so a roster of
 * 100,000 rows never holds 100,000 cadres (the command then checks one in about 20 MB less, and 500,000 rows in about
 * 70 MB less).
 */
export async function checkWorkbookListed(
  port: SheetReader,
  request: CheckRequest,
  onProgress?: (p: Progress) => void,
): Promise<CheckResult<ListedPerson>> {
  return checkKeeping(port, request, listedPerson, onProgress);
}

/** The check; `keep` makes what is kept of each cadre (the cadre itself, or less). */
async function checkKeeping<P extends ListedPerson>(
  port: SheetReader,
  request: CheckRequest,
  keep: (c: Cadre) => P,
  onProgress?: (p: Progress) => void,
  onSheet?: SheetHook,
): Promise<CheckResult<P>> {
  const { year, file } = request;
  onProgress?.({ step: "list", done: 0, total: 1 });
  const infos = await port.listSheets();
  const findings: Finding[] = [];

  const standards = request.standards
    ? { framework: request.standards }
    : await loadStandards(
        port,
        infos.some((s) => s.name === STANDARDS_SHEET_NAME),
        file,
        findings,
      );
  const names =
    request.sheets ??
    infos.filter((s) => s.visible && !s.owned && s.name !== STANDARDS_SHEET_NAME).map((s) => s.name);
  // A hidden sheet is not read, as a person would not see it; say so, in case it holds people.
  if (!request.sheets)
    for (const s of infos)
      if (!s.visible && !s.owned && s.name !== STANDARDS_SHEET_NAME)
        findings.push(finding("hidden-sheet", {}, { file, sheet: s.name }));

  // Each cadre is looked for among those before it and measured as it is read: the findings come out as if all
  // were read first (orderFindings sorts them; per kind they come in the same order).
  const read = new Set(names);
  const rows = infos.reduce((n, s) => (read.has(s.name) ? n + s.rowCount : n), 0);
  const persons = new DuplicatePersons({}, rows);
  const measure = new StandardsCheck(standards.framework, year);
  measure.note(findings);
  const duplicates: Finding[] = [];
  const judged: FindingOf<"below-standard">[] = [];
  const kept: P[] = [];
  const onCadre = (cadre: Cadre, sheetFindings: readonly Finding[], from: number) => {
    measure.note(sheetFindings, from);
    measure.add(cadre, judged);
    const person = keep(cadre);
    const copy = persons.add(person);
    if (copy) duplicates.push(copy);
    kept.push(person);
  };

  const sheets: SheetSummary[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    onProgress?.({ step: "read", sheet: name, done: i, total: names.length });
    const grid = await port.readSheet(name, { fonts: true });
    onProgress?.({ step: "check", sheet: name, done: i, total: names.length });
    // The sheet's own list of cadres only for a hook that reads them (the certain fixes).
    const roster = readRoster(grid, { year, file, onCadre, keepCadres: onSheet !== undefined });
    onSheet?.(grid, roster);
    sheets.push({
      name,
      headerRows: roster.header ? [roster.header.top + 1, roster.header.bottom + 1] : null,
      dataRows: roster.dataRows,
      columns: columnsOf(roster),
    });
    append(findings, roster.findings);
  }
  append(findings, duplicates);
  append(findings, judged);
  append(findings, measure.finish());
  onProgress?.({ step: "check", done: names.length, total: names.length });

  const ordered = orderFindings(findings, names);
  return {
    file,
    sheets,
    cadres: kept,
    findings: ordered,
    summary: summarize(kept.length, ordered),
    standards: standards.framework,
  };
}

async function loadStandards(
  port: SheetReader,
  hasSheet: boolean,
  file: string | undefined,
  findings: Finding[],
): Promise<{ framework: StandardsFramework }> {
  if (!hasSheet) return { framework: DEFAULT_FRAMEWORK };
  const read = await readStandardsFrom(port, file);
  for (const f of read.findings) findings.push(f);
  return { framework: read.framework ?? DEFAULT_FRAMEWORK };
}

/** Reads a workbook's "Tiêu chuẩn" sheet; every unreadable cell becomes an `invalid-standard` finding. */
export async function readStandardsFrom(
  port: SheetReader,
  file?: string,
): Promise<{ framework?: StandardsFramework; findings: Finding[] }> {
  const read = readStandardsSheet(await port.readSheet(STANDARDS_SHEET_NAME));
  const findings = read.problems.map(({ cell, ...problem }) =>
    finding("invalid-standard", { problem }, { file, sheet: STANDARDS_SHEET_NAME, cell }),
  );
  return { framework: read.framework, findings };
}

/** Which header each recognised field was read from, by column letter. */
function columnsOf(roster: RosterSheet): SheetSummary["columns"] {
  const out: SheetSummary["columns"] = {};
  for (const [field, col] of Object.entries(roster.columns) as [Field, number][])
    out[field] = { column: columnLetter(col), header: roster.header?.columns[col]?.header ?? "" };
  return out;
}

/** Sheet by sheet in workbook order, then by row; within a row, in the order of the finding kinds' registry. */
function orderFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetRank = new Map(sheetOrder.map((n, i) => [n, i]));
  const codeRank = new Map(FINDING_CODES.map((c, i) => [c, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (sheetRank.get(a.f.sheet ?? "") ?? -1) - (sheetRank.get(b.f.sheet ?? "") ?? -1) ||
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        (codeRank.get(a.f.code) ?? 0) - (codeRank.get(b.f.code) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** Adds every item of `items` to `list`, by index (see docs/ARCHITECTURE.md, "Loops over every row"). */
function append<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]);
}

/** Counts by severity. */
export function summarize(cadres: number, findings: readonly Finding[]): Summary {
  const s: Summary = { cadres, errors: 0, warnings: 0, infos: 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}

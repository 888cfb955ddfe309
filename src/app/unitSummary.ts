import type { Cadre } from "../core/cadre";
import type { Finding } from "../core/findings";

/** One unit of a check: its cadres and the errors and warnings found on their rows. */
export interface UnitLine {
  /** The upper unit (or the unit, in a roster without upper units); "" when the rows do not say. */
  unit: string;
  cadres: number;
  errors: number;
  warnings: number;
}

/** The cadre a finding is about, if it points at a person's row. */
export type CadreOf = (f: Finding) => Cadre | undefined;

/**
 * Finds the cadre a finding is about (by file, sheet and row), for the findings that point at a person's row. Rows
 * are numbers in a map per sheet: a text key per cadre made this a tenth of the pane's check of 100,000 rows.
 */
export function cadreLookup(cadres: readonly Cadre[]): CadreOf {
  const sheets = new Map<string, Map<number, Cadre>>();
  let last: { file?: string; sheet: string; rows: Map<number, Cadre> } | undefined;
  for (const c of cadres) {
    // A sheet's cadres come together: its map is found once, not once a cadre.
    if (!last || c.sheet !== last.sheet || c.file !== last.file) {
      const key = sheetKey(c.file, c.sheet);
      let rows = sheets.get(key);
      if (!rows) sheets.set(key, (rows = new Map()));
      last = { file: c.file, sheet: c.sheet, rows };
    }
    last.rows.set(c.row, c);
  }
  return (f) => (f.sheet && f.row ? sheets.get(sheetKey(f.file, f.sheet))?.get(f.row) : undefined);
}

function sheetKey(file: string | undefined, sheet: string): string {
  return `${file ?? ""}\u0000${sheet}`;
}

/**
 * Cadres, errors and warnings per unit, worst first (most errors, then most warnings), so the units that need a
 * call stand out. Units are the upper units (LĐLĐ huyện, công đoàn ngành) when the roster names them, else the
 * units themselves (a CĐCS's own roster). Findings not about a person (a missing column) count for no unit.
 * `cadreOf` is the cadres' lookup when the caller has made it already.
 *
 * @example summarizeUnits(cadres, findings)[0] // { unit: "LĐLĐ huyện Ba Tri", cadres: 412, errors: 31, warnings: 7 }
 */
export function summarizeUnits(
  cadres: readonly Cadre[],
  findings: readonly Finding[],
  cadreOf: CadreOf = cadreLookup(cadres),
): UnitLine[] {
  const byUpper = cadres.some((c) => c.upperUnit);
  const unitOf = (c: Cadre) => (byUpper ? c.upperUnit : c.unit) ?? "";
  const units = new Map<string, UnitLine>();
  const line = (unit: string) => {
    let l = units.get(unit);
    if (!l) units.set(unit, (l = { unit, cadres: 0, errors: 0, warnings: 0 }));
    return l;
  };
  for (const c of cadres) line(unitOf(c)).cadres++;
  for (const f of findings) {
    if (f.severity === "info") continue;
    const c = cadreOf(f);
    if (!c) continue;
    if (f.severity === "error") line(unitOf(c)).errors++;
    else line(unitOf(c)).warnings++;
  }
  const collator = new Intl.Collator("vi");
  return [...units.values()].sort(
    (a, b) => b.errors - a.errors || b.warnings - a.warnings || collator.compare(a.unit, b.unit),
  );
}

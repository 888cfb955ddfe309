import type { Cadre, Field } from "../cadre";
import { finding, type Finding } from "../findings";
import { cellAddress, columnLetter, type Grid } from "../grid";
import { foldKey } from "../text";
import { inferLevelFromUnit } from "../vocab";
import { buildCadre, type EmploymentMode, type RowContext } from "./buildCadre";
import { classifyRow } from "./classifyRow";
import { detectHeader, type RosterHeader } from "./detectHeader";
import { REQUIRED_FIELDS } from "./fieldAliases";

/** What one sheet holds: its header, the column of each field, the cadres read and the findings about them. */
export interface RosterSheet {
  sheet: string;
  header?: RosterHeader;
  /** 0-based column of each recognised field. */
  columns: Partial<Record<Field, number>>;
  dataRows: number;
  cadres: Cadre[];
  findings: Finding[];
}

export interface ReadRosterOptions {
  /** Report year: ages and "trained by" are judged in it. */
  year: number;
  file?: string;
}

/**
 * Reads a sheet as a person does: finds the header, skips titles, numbering, section, total and signature
 * rows (using section rows as the upper unit or unit when no column gives one), and turns every data row into
 * a cadre, collecting every finding. A sheet without a roster header yields one `no-roster` info.
 *
 * @example readRoster(grid, { year: 2019 }).cadres.length // 356
 */
export function readRoster(grid: Grid, options: ReadRosterOptions): RosterSheet {
  const { file } = options;
  const sheet = grid.name;
  const header = detectHeader(grid);
  if (!header) {
    return {
      sheet,
      columns: {},
      dataRows: 0,
      cadres: [],
      findings: [finding("no-roster", {}, { file, sheet })],
    };
  }

  const findings: Finding[] = [];
  const columns: Partial<Record<Field, number>> = {};
  for (const column of header.columns) {
    const cell = cellAddress(header.top, column.col);
    if (!column.field) {
      if (column.header)
        findings.push(
          finding(
            "unknown-column",
            { header: column.header, column: columnLetter(column.col) },
            { file, sheet, cell },
          ),
        );
      continue;
    }
    const first = columns[column.field];
    if (first === undefined) columns[column.field] = column.col;
    else
      findings.push(
        finding(
          "duplicate-column",
          { field: column.field, first: columnLetter(first), second: columnLetter(column.col) },
          { file, sheet, cell, field: column.field },
        ),
      );
  }

  const ctx: RowContext = {
    grid,
    header,
    columns,
    employmentMode: employmentMode(header, columns),
    year: options.year,
    file,
  };
  const cadres: Cadre[] = [];
  const rowFindings: Finding[] = [];
  const nameCol = columns.fullName ?? 0;
  const sttCol = columns.stt ?? -1;
  for (let r = header.firstDataRow; r < grid.values.length; r++) {
    const kind = classifyRow(grid.values[r], nameCol, sttCol);
    if (kind.kind === "signature") break;
    if (kind.kind === "section") {
      if (kind.scope === "upperUnit") {
        ctx.sectionUpperUnit = kind.text;
        ctx.sectionUnit = undefined;
      } else ctx.sectionUnit = kind.text;
      continue;
    }
    if (kind.kind !== "data") continue;
    const built = buildCadre(ctx, r);
    cadres.push(built.cadre);
    for (const f of built.findings) rowFindings.push(f);
  }

  findings.push(...sheetLevelFindings(cadres, columns, file, sheet, header));
  for (const f of rowFindings) findings.push(f);
  return { sheet, header, columns, dataRows: cadres.length, cadres, findings };
}

/**
 * Required columns that are absent. Unit may come from section rows and level from unit names: the column
 * is missing only when some cadre is left without one (a single finding instead of one per row).
 */
function sheetLevelFindings(
  cadres: Cadre[],
  columns: Partial<Record<Field, number>>,
  file: string | undefined,
  sheet: string,
  header: RosterHeader,
): Finding[] {
  const out: Finding[] = [];
  const cell = cellAddress(header.top, 0);
  if (columns.level === undefined) {
    for (const c of cadres) c.level ??= inferLevelFromUnit(c.unit ?? "") ?? inferFromUpper(c);
  }
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] !== undefined) continue;
    const covered =
      field === "unit"
        ? cadres.every((c) => c.unit)
        : field === "level"
          ? cadres.every((c) => c.level)
          : false;
    if (!covered || cadres.length === 0)
      out.push(finding("missing-column", { field }, { file, sheet, cell, field }));
  }
  if (columns.payroll === undefined && cadres.some((c) => c.employment === "chuyen-trach"))
    out.push(finding("missing-column", { field: "payroll" }, { file, sheet, cell, field: "payroll" }));
  return out;
}

/** A cadre listed under an upper unit's own section with no unit of its own works at that upper unit. */
function inferFromUpper(c: Cadre): Cadre["level"] {
  return c.unit === undefined && c.upperUnit ? inferLevelFromUnit(c.upperUnit) : undefined;
}

function employmentMode(header: RosterHeader, columns: Partial<Record<Field, number>>): EmploymentMode {
  const col = columns.employment;
  if (col === undefined) return "words";
  const text = header.columns.find((h) => h.col === col)?.header ?? "";
  const key = foldKey(text.split(" / ").pop() ?? text);
  if (key === "chuyen trach") return "marks-full-time";
  if (key === "kiem nhiem" || key === "khong chuyen trach") return "marks-part-time";
  return "words";
}

import { keepExtra, newCadre, type Cadre, type ExtraColumns, type Field } from "../cadre";
import { finding } from "../findings";
import { cellAddress } from "../grid";
import { inferLevelFromUnit, type Employment } from "../vocab";
import type { RosterHeader } from "./detectHeader";
import type { FieldReader } from "./fieldReaders";
import { crossCheckId } from "./crossCheckId";
import type { RequiredField } from "./requiredFields";
import type { TitleUnits } from "./readTitle";
import type { RowReport, TableContext } from "./rowReport";
import { CELL_ERROR } from "./sheetCells";

/** One table of a sheet: its header, how each column is read, and what the rows above the current one said. */
export interface Table extends TableContext {
  header: RosterHeader;
  /**
   * The recognised columns in sheet order, each with its reader (chosen once for the column, not per cell);
   * duplicates and unknown columns are kept as extra.
   */
  readers: { col: number; field: Field; index: number; read: FieldReader }[];
  /** The columns canbo does not read, each with its label and its list in `extraColumns`. */
  extras: { col: number; label: string; slot: number }[];
  /** Where the table's cadres keep those columns' values. */
  extraColumns: ExtraColumns;
  /** The columns that hold the name, first first: row-level findings point at the first. */
  nameCols: number[];
  /** The first name column's letter, made once: every cadre's name cell is in it. */
  nameLetter: string;
  /** From section rows above: "I. LĐLĐ huyện Ba Tri", "1. CĐCS …", "A/ Cán bộ chuyên trách". */
  section: { upperUnit?: string; unit?: string; employment?: Employment };
  /** From the sheet's title block, for a roster of one unit without a unit column. */
  title: TitleUnits;
  /** The fields the table has a column for. */
  fields: ReadonlySet<Field>;
  /** Whether any x-mark column is there to resolve. */
  hasMarks: boolean;
  /** The required fields this table has a column for, with the column an empty row is reported at. */
  required: { rule: RequiredField; column: Field }[];
}

const MIN_AGE = 18;
const MAX_AGE = 70;

/**
 * Turns one person's row into a cadre, adding the findings about its cells to the table's. Never throws; values it
 * cannot understand stay absent on the cadre and are reported with their cell and, where known, a suggestion.
 *
 * @example buildCadre(table, report, 12) // { fullName: "Nguyễn Văn An", row: 13, … }
 */
export function buildCadre(table: Table, report: RowReport, r: number): Cadre {
  const { cells } = table;
  const cadre = newCadre(table.file, table.sheet, r + 1, table.nameLetter + String(r + 1));
  cadre.columns = table.fields;
  cadre.extra = table.extraColumns;
  report.start(r, cadre);

  const { readers, extras } = table;
  for (let i = 0; i < readers.length; i++) {
    const { col, field, index, read } = readers[i];
    const value = cells.value(r, col);
    if (value === undefined) continue;
    report.fill(index);
    if (value === CELL_ERROR) {
      report.add("error-value", { field }, field);
      continue;
    }
    if (cells.legacy)
      report.add("legacy-encoding", { encoding: cells.legacy }, field, { suggestion: String(value) });
    read(value, report);
  }
  for (let i = 0; i < extras.length; i++) readExtra(table, r, extras[i].col, extras[i].label, extras[i].slot);

  resolveMarks(table, report);
  fillFromAbove(table, cadre);
  crossCheckId(report);
  checkAge(report);
  checkRequired(table, report);
  return cadre;
}

/** Columns canbo does not read are kept for the cadre as they are; their legacy text is still reported. */
function readExtra(table: Table, r: number, col: number, label: string, slot: number): void {
  const raw = table.cells.raw(r, col);
  if (raw === undefined || raw === null || raw === "") return;
  keepExtra(table.extraColumns, slot, r, raw);
  if (typeof raw !== "string") return;
  const value = table.cells.value(r, col);
  const encoding = table.cells.legacy;
  if (!encoding) return;
  const src = table.cells.sourceOf(r, col);
  table.findings.push(
    finding(
      "legacy-encoding",
      { encoding },
      {
        file: table.file,
        sheet: table.sheet,
        cell: cellAddress(src.row, src.col),
        row: src.row + 1,
        field: label,
        value: raw,
        suggestion: String(value),
      },
    ),
  );
}

/** x marks under "Giới tính", "Loại cán bộ" and "Biên chế | HĐLĐ" give the value no word gave. */
function resolveMarks(table: Table, report: RowReport): void {
  if (!table.hasMarks) return;
  const cadre = report.cadre;
  const gender = fromMarks(report, report.male, report.female, "genderMaleMark", "genderFemaleMark");
  if (gender !== undefined && cadre.gender === undefined) {
    cadre.gender = gender ? "nam" : "nu";
    report.genderFrom = gender ? "genderMaleMark" : "genderFemaleMark";
  }
  if (cadre.employment === undefined) {
    const fullTime = fromMarks(report, report.fullTime, report.partTime, "fullTimeMark", "partTimeMark");
    if (fullTime !== undefined) cadre.employment = fullTime ? "chuyen-trach" : "khong-chuyen-trach";
  }
  if (
    cadre.payroll === undefined &&
    (report.civil || report.contract || cadre.employment === "chuyen-trach")
  ) {
    const civil = fromMarks(report, report.civil, report.contract, "payrollCivilMark", "payrollContractMark");
    if (civil !== undefined) cadre.payroll = civil ? "bien-che" : "hdld";
  }
}

/**
 * Reads a pair of mark columns ("Nam | Nữ"): true for the first, false for the second, undefined when neither says.
 * With only one of the two columns, a blank means the other ("Nữ" with no x: a man).
 */
function fromMarks(
  report: RowReport,
  first: number,
  second: number,
  firstField: Field,
  secondField: Field,
): boolean | undefined {
  if (first === 1 && second === 1) {
    report.add(
      "conflicting-values",
      {
        field: secondField,
        otherField: firstField,
        otherCell: report.cellOf(firstField),
        reason: "both-marked",
      },
      secondField,
    );
    return undefined;
  }
  if (first === 1 || second === -1) return true;
  if (second === 1 || first === -1) return false;
  const hasFirst = report.table.columnOf[firstField] !== undefined;
  const hasSecond = report.table.columnOf[secondField] !== undefined;
  if (hasFirst !== hasSecond && !report.hasReported(firstField) && !report.hasReported(secondField))
    return hasSecond;
  return undefined;
}

/** What the row leaves empty and the rows above (sections) or the title say; the level a unit's name implies. */
function fillFromAbove(table: Table, cadre: Cadre): void {
  const { section, title } = table;
  // The title speaks for a roster of one unit; an empty cell under a unit column is the clerk's omission. Listed
  // under an upper unit's section with no unit of their own, people work at that upper unit.
  if (!cadre.unit)
    cadre.unit =
      section.unit ?? (table.columnOf.unit === undefined ? (section.upperUnit ?? title.unit) : undefined);
  if (!cadre.upperUnit)
    cadre.upperUnit =
      section.upperUnit ?? (table.columnOf.upperUnit === undefined ? title.upperUnit : undefined);
  if (!cadre.employment && !hasEmploymentColumn(table))
    cadre.employment = section.employment ?? title.employment;
  if (table.columnOf.level === undefined && cadre.level === undefined) {
    // A workplace ("Công ty CP Cảng …") names no level: its people on this roster serve on the issuing body's
    // committee. A person whose unit cell is empty is not guessed at.
    cadre.level =
      inferLevelFromUnit(cadre.unit ?? "") ??
      (cadre.unit || table.columnOf.unit === undefined ? table.title.level : undefined);
  }
  // A grassroots roster with no column for it lists the elected committee, who hold the post beside their job.
  if (!cadre.employment && !hasEmploymentColumn(table) && cadre.level === "co-so")
    cadre.employment = "khong-chuyen-trach";
}

function hasEmploymentColumn(table: Table): boolean {
  const c = table.columnOf;
  return c.employment !== undefined || c.fullTimeMark !== undefined || c.partTimeMark !== undefined;
}

/** Younger than 18 or older than 70 in the report year: most likely a typo in the birth date. */
function checkAge(report: RowReport): void {
  const { cadre } = report;
  if (!cadre.birthDate || !report.birthFrom) return;
  const age = report.year - cadre.birthDate.year;
  if ((age < MIN_AGE || age > MAX_AGE) && !report.hasReported(report.birthFrom))
    report.add("implausible-age", { age, year: report.year }, report.birthFrom);
}

function checkRequired(table: Table, report: RowReport): void {
  const { cadre } = report;
  const { required } = table;
  for (let i = 0; i < required.length; i++) {
    const { rule, column } = required[i];
    if (rule.has(cadre, report.filled) || (rule.appliesTo && !rule.appliesTo(cadre))) continue;
    if (reportedAny(report, rule.columns)) continue;
    report.add("missing-value", { field: column }, column);
  }
}

function reportedAny(report: RowReport, fields: readonly Field[]): boolean {
  for (let i = 0; i < fields.length; i++) if (report.hasReported(fields[i])) return true;
  return false;
}

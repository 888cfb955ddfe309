import { newCadre, type Cadre, type Field, type Training } from "../cadre";
import { finding, type Finding, type FindingPlace } from "../findings";
import { cellAddress, type Grid } from "../grid";
import { parseDate, parseGender, parseIdNumber, parseMark, parsePartyMember, parseTraining } from "../values";
import {
  EDUCATION_VOCAB,
  EMPLOYMENT_VOCAB,
  LEVEL_VOCAB,
  PAYROLL_VOCAB,
  POLITICAL_THEORY_VOCAB,
  POSITION_VOCAB,
  STATE_MANAGEMENT_VOCAB,
  expectedList,
  labelOf,
  recognize,
  recognizePositions,
  type Vocabulary,
} from "../vocab";
import type { RosterHeader } from "./detectHeader";
import { readCell, type CellReading } from "./readCell";

/** How the employment column is written: words ("Chuyên trách"), or x marks under "Chuyên trách" / "Kiêm nhiệm". */
export type EmploymentMode = "words" | "marks-full-time" | "marks-part-time";

/** Everything about the sheet a row needs to be read. */
export interface RowContext {
  grid: Grid;
  header: RosterHeader;
  /** The column used for each field (the first, when a field appears twice). */
  columns: Partial<Record<Field, number>>;
  employmentMode: EmploymentMode;
  year: number;
  file?: string;
  /** Upper unit and unit from the section rows above, used when no column gives them. */
  sectionUpperUnit?: string;
  sectionUnit?: string;
}

type Reading = Extract<CellReading, { kind: "value" }>;
type Place = (field: Field) => FindingPlace;

/**
 * Turns one data row into a cadre and the findings about its cells. Never throws; values it cannot
 * understand stay absent on the cadre and are reported with their cell and, where known, a suggestion.
 *
 * @example buildCadre(ctx, 12) // { cadre: { fullName: "Nguyễn Văn An", row: 13, … }, findings: [] }
 */
export function buildCadre(ctx: RowContext, r: number): { cadre: Cadre; findings: Finding[] } {
  const { grid, header, columns, file } = ctx;
  const row = grid.values[r] ?? [];
  const sheet = grid.name;
  const nameCol = columns.fullName ?? 0;
  const nameCell = cellAddress(r, nameCol);
  const cadre = newCadre(file, sheet, r + 1, nameCell);
  const findings: Finding[] = [];
  // Fields already reported on this row (rarely any): a plain array, as a Set per row of 100,000 rows would cost.
  const reported: Field[] = [];
  const place: Place = (field) => {
    const c = columns[field];
    return c === undefined
      ? { file, sheet, cell: nameCell, row: r + 1, field }
      : { file, sheet, cell: cellAddress(r, c), row: r + 1, field, value: row[c] ?? "" };
  };

  for (const column of header.columns) {
    const raw = row[column.col];
    const field = column.field;
    if (!field || columns[field] !== column.col) {
      // Unknown and duplicate columns are kept as they are: nothing is dropped.
      if (raw !== undefined && raw !== null && raw !== "")
        cadre.extra[column.header || `Cột ${cellAddress(0, column.col).replace(/\d+/, "")}`] = raw;
      continue;
    }
    const reading = readCell(raw, grid.fonts?.[r]?.[column.col]);
    if (reading.kind === "empty") continue;
    if (reading.kind === "error") {
      findings.push(finding("error-value", { field }, place(field)));
      reported.push(field);
      continue;
    }
    if (reading.legacy)
      findings.push(
        finding(
          "legacy-encoding",
          { encoding: reading.legacy.encoding },
          { ...place(field), suggestion: reading.legacy.decoded },
        ),
      );
    const bad = readField(ctx, cadre, field, reading, place, findings);
    if (bad) reported.push(field);
  }

  checkBirth(ctx, cadre, place, findings, reported);
  checkRequired(ctx, cadre, place, findings, reported);
  return { cadre, findings };
}

/** Reads one recognised field into the cadre; returns true when it reported a problem with the value. */
function readField(
  ctx: RowContext,
  cadre: Cadre,
  field: Field,
  reading: Reading,
  place: Place,
  out: Finding[],
): boolean {
  // No closures or strings made per cell here: this runs for every cell of rosters of 100,000 rows.
  const value = reading.value;

  switch (field) {
    case "stt":
      return false;
    case "fullName":
      if (typeof value !== "string" || !/\p{L}/u.test(value)) return reportInvalid(out, place, field);
      cadre.fullName = value;
      return false;
    case "birthDate": {
      const res = parseDate(value);
      if (res.kind === "date") cadre.birthDate = res.date;
      else if (res.kind === "invalid") {
        out.push(finding("invalid-date", { field }, place(field)));
        return true;
      }
      return false;
    }
    case "birthYearMale":
    case "birthYearFemale": {
      const res = parseDate(value);
      if (res.kind === "invalid") {
        out.push(finding("invalid-date", { field }, place(field)));
        return true;
      }
      if (res.kind === "date") {
        const gender = field === "birthYearMale" ? "nam" : "nu";
        if (cadre.birthDate && cadre.gender && cadre.gender !== gender) {
          out.push(
            finding(
              "conflicting-values",
              { field, other: "năm sinh ghi ở cả cột Nam và cột Nữ" },
              place(field),
            ),
          );
          return true;
        }
        cadre.birthDate ??= res.date;
        cadre.gender = gender;
      }
      return false;
    }
    case "gender": {
      const res = parseGender(value);
      if (res === undefined) return reportInvalid(out, place, field);
      if (cadre.gender && cadre.gender !== res) {
        out.push(
          finding(
            "conflicting-values",
            { field, other: "giới tính khác với cột năm sinh Nam/Nữ" },
            place(field),
          ),
        );
        return true;
      }
      cadre.gender = res;
      return false;
    }
    case "ethnicity":
      cadre.ethnicity = textOf(value);
      return false;
    case "partyMember": {
      const res = parsePartyMember(value);
      if (res.kind === "invalid") return reportInvalid(out, place, field);
      if (res.kind === "yes") {
        cadre.partyMember = true;
        if (res.year !== undefined) cadre.partyYear = res.year;
      } else if (res.kind === "no") cadre.partyMember = false;
      return false;
    }
    case "idNumber": {
      const res = parseIdNumber(value);
      if (res.kind === "ok") cadre.idNumber = res.id;
      else if (res.kind === "invalid") {
        out.push(
          finding("invalid-id", { digits: res.digits }, { ...place(field), suggestion: res.suggestion }),
        );
        return true;
      }
      return false;
    }
    case "unit":
      cadre.unit = textOf(value);
      return false;
    case "upperUnit":
      cadre.upperUnit = textOf(value);
      return false;
    case "level":
      return (cadre.level = readCoded(out, place, field, LEVEL_VOCAB, textOf(value))) === undefined;
    case "position": {
      const text = textOf(value);
      cadre.positionText = text;
      const res = recognizePositions(text);
      cadre.positions = res.positions;
      if (res.positions.length === 0)
        return reportInvalid(
          out,
          place,
          field,
          undefined,
          res.suggestion ? labelOf(POSITION_VOCAB, res.suggestion, "vi") : undefined,
        );
      return false;
    }
    case "keyCadre": {
      const res = parseMark(value);
      if (res.kind === "invalid") return reportInvalid(out, place, field);
      if (res.kind !== "empty") cadre.keyCadre = res.kind === "yes";
      return false;
    }
    case "employment":
      return readEmployment(ctx, cadre, value, out, place);
    case "payroll":
      return (cadre.payroll = readCoded(out, place, field, PAYROLL_VOCAB, textOf(value))) === undefined;
    case "education":
      return (cadre.education = readCoded(out, place, field, EDUCATION_VOCAB, textOf(value))) === undefined;
    case "politicalTheory":
      return (
        (cadre.politicalTheory = readCoded(out, place, field, POLITICAL_THEORY_VOCAB, textOf(value))) ===
        undefined
      );
    case "stateManagement":
      return (
        (cadre.stateManagement = readCoded(out, place, field, STATE_MANAGEMENT_VOCAB, textOf(value))) ===
        undefined
      );
    case "foreignLanguage":
      cadre.foreignLanguage = textOf(value);
      return false;
    case "informatics":
      cadre.informatics = textOf(value);
      return false;
    case "unionTraining":
      cadre.unionTraining = readTraining(ctx, out, place, field, value);
      return false;
    case "genderTraining":
      cadre.genderTraining = readTraining(ctx, out, place, field, value);
      return false;
    case "politicalClass":
      cadre.politicalClass = readTraining(ctx, out, place, field, value);
      return false;
    case "term":
      cadre.term = textOf(value);
      return false;
    case "note":
      cadre.note = textOf(value);
      return false;
  }
}

function readEmployment(
  ctx: RowContext,
  cadre: Cadre,
  value: string | number | boolean,
  out: Finding[],
  place: Place,
): boolean {
  // In a column of marks, try the mark first: it is the common case and needs no vocabulary search.
  if (ctx.employmentMode !== "words") {
    const mark = parseMark(value);
    if (mark.kind === "yes" || mark.kind === "no") {
      const fullTime = (mark.kind === "yes") === (ctx.employmentMode === "marks-full-time");
      cadre.employment = fullTime ? "chuyen-trach" : "khong-chuyen-trach";
      return false;
    }
  }
  return (
    (cadre.employment = readCoded(out, place, "employment", EMPLOYMENT_VOCAB, textOf(value))) === undefined
  );
}

function textOf(value: string | number | boolean): string {
  return typeof value === "string" ? value : String(value);
}

/** Reports a value that is not understood; returns true (a problem was reported). */
function reportInvalid(
  out: Finding[],
  place: Place,
  field: Field,
  vocab?: Vocabulary<string>,
  suggestion?: string,
): true {
  out.push(
    finding(
      "invalid-value",
      { field, expected: vocab ? expectedList(vocab) : undefined },
      { ...place(field), suggestion },
    ),
  );
  return true;
}

/** A coded value, or undefined after reporting it (with the nearest known value as the suggestion). */
function readCoded<T extends string>(
  out: Finding[],
  place: Place,
  field: Field,
  vocab: Vocabulary<T>,
  text: string,
): T | undefined {
  const res = recognize(vocab, text);
  if (res.kind === "known") return res.code;
  if (res.kind === "unknown")
    reportInvalid(
      out,
      place,
      field,
      vocab,
      res.suggestion ? labelOf(vocab, res.suggestion, "vi") : undefined,
    );
  return undefined;
}

/**
 * A training cell: the training (done: false when the cell says not trained), or undefined when empty or after
 * reporting it. A year after the report year is kept (the attainment rules ignore it) and warned about.
 */
function readTraining(
  ctx: RowContext,
  out: Finding[],
  place: Place,
  field: Field,
  value: string | number | boolean,
): Training | undefined {
  const res = parseTraining(value);
  if (res.kind === "invalid") {
    reportInvalid(out, place, field);
    return undefined;
  }
  if (res.kind === "not-trained") return { done: false };
  if (res.kind !== "trained") return undefined;
  if (res.training.year !== undefined && res.training.year > ctx.year)
    out.push(
      finding("future-training", { field, year: res.training.year, reportYear: ctx.year }, place(field)),
    );
  return res.training;
}

const MIN_AGE = 18;
const MAX_AGE = 70;

function checkBirth(
  ctx: RowContext,
  cadre: Cadre,
  place: Place,
  out: Finding[],
  reported: readonly Field[],
): void {
  if (!cadre.birthDate) return;
  const age = ctx.year - cadre.birthDate.year;
  if (age < MIN_AGE || age > MAX_AGE) {
    const field: Field =
      ctx.columns.birthDate !== undefined
        ? "birthDate"
        : cadre.gender === "nu"
          ? "birthYearFemale"
          : "birthYearMale";
    if (!reported.includes(field))
      out.push(finding("implausible-age", { age, year: ctx.year }, place(field)));
  }
}

function checkRequired(
  ctx: RowContext,
  cadre: Cadre,
  place: Place,
  out: Finding[],
  reported: readonly Field[],
): void {
  const { columns } = ctx;
  if (!cadre.unit && ctx.sectionUnit) cadre.unit = ctx.sectionUnit;
  if (!cadre.upperUnit && ctx.sectionUpperUnit) cadre.upperUnit = ctx.sectionUpperUnit;
  const missing = (field: Field) => {
    if (!reported.includes(field)) out.push(finding("missing-value", { field }, place(field)));
  };
  if (!cadre.fullName) missing("fullName");
  if (columns.position !== undefined && cadre.positions.length === 0 && !cadre.positionText)
    missing("position");
  if (columns.employment !== undefined && !cadre.employment && ctx.employmentMode === "words")
    missing("employment");
  if (
    columns.employment !== undefined &&
    !cadre.employment &&
    ctx.employmentMode !== "words" &&
    !reported.includes("employment")
  )
    cadre.employment = ctx.employmentMode === "marks-full-time" ? "khong-chuyen-trach" : "chuyen-trach";
  if (columns.unit !== undefined && !cadre.unit) missing("unit");
  if (columns.level !== undefined && !cadre.level) missing("level");
  if (columns.payroll !== undefined && cadre.employment === "chuyen-trach" && !cadre.payroll)
    missing("payroll");
}

import type { Cadre, Field, Training } from "../cadre";
import { parseDate, parseGender, parseIdNumber, parseMark, parsePartyMember, parseTraining } from "../values";
import { hasLetter } from "../text";
import {
  CODED_VOCABULARIES,
  EMPLOYMENT_VOCAB,
  PAYROLL_VOCAB,
  recognize,
  recognizePositions,
  type CodedField,
  type Vocabulary,
} from "../vocab";
import type { Mark, RowReport } from "./rowReport";
import type { CellData } from "./sheetCells";

/** Reads one cell of a field into the row's cadre, reporting what it cannot understand. */
export type FieldReader = (value: CellData, row: RowReport) => void;

type TextKey = "ethnicity" | "unit" | "upperUnit" | "foreignLanguage" | "informatics" | "term" | "note";
type TrainingKey = "unionTraining" | "genderTraining" | "politicalClass";
type MarkKey = "male" | "female" | "fullTime" | "partTime" | "civil" | "contract";

/** Free text, kept as written. */
const text =
  (key: TextKey): FieldReader =>
  (value, row) => {
    row.cadre[key] = String(value);
  };

/** A value from a closed list; an unknown one is reported with the nearest known spelling and the list. */
function coded(key: CodedField): FieldReader {
  return (value, row) => {
    const res = recognize(CODED_VOCABULARIES[key] as Vocabulary<string>, String(value));
    if (res.kind === "known") (row.cadre[key] as unknown) = res.code;
    else if (res.kind === "unknown") invalid(row, key, res.spelling, key);
  };
}

/** "x", a year, a date, "Đã tập huấn 2019", "chưa": trained or not, and when. A year after the report year is warned. */
const training =
  (key: TrainingKey): FieldReader =>
  (value, row) => {
    const res = parseTraining(value);
    if (res.kind === "invalid") return invalid(row, key);
    if (res.kind === "not-trained") row.cadre[key] = NOT_TRAINED;
    if (res.kind !== "trained") return;
    const year = res.training.year;
    if (year !== undefined && year > row.year)
      row.add("future-training", { field: key, year, reportYear: row.year }, key);
    row.cadre[key] = res.training;
  };

/**
 * An x mark under a sub-header ("Nữ", "Chuyên trách", "Biên chế"). The same columns sometimes hold the words
 * themselves ("Chuyên trách" under "Chuyên trách"): those are read by the vocabulary given.
 */
function mark(
  key: MarkKey,
  field: Field,
  words?: { vocab: Vocabulary<string>; apply: (row: RowReport, code: string) => void },
): FieldReader {
  return (value, row) => {
    const m = parseMark(value);
    if (m.kind === "yes" || m.kind === "no") {
      row[key] = (m.kind === "yes" ? 1 : -1) as Mark;
      return;
    }
    if (words) {
      const res = recognize(words.vocab, String(value));
      if (res.kind === "known") return words.apply(row, res.code);
    }
    // A birth year under a lone "Nam" / "Nữ" column: the column is the sex, the value the year.
    if (key === "male" || key === "female") {
      const d = parseDate(value, row.year);
      if (d.kind === "date") {
        row.cadre.birthDate ??= d.date;
        row.birthFrom ??= field;
        row[key] = 1;
        return;
      }
    }
    invalid(row, field);
  };
}

const NOT_TRAINED: Training = Object.freeze({ done: false });

/**
 * Columns known so they are neither unknown nor taken for another field, but read by no rule (the post at the
 * workplace, general schooling, the ID's issue date and place): readRoster keeps them with the cadre's extra values.
 */
export const KEPT_FIELDS: ReadonlySet<Field> = new Set([
  "jobTitle",
  "generalEducation",
  "idIssueDate",
  "idIssuePlace",
]);
const keptAsIs: FieldReader = () => undefined;

/** Every field a column can hold, and how its cells are read. */
export const FIELD_READERS: Readonly<Record<Field, FieldReader>> = {
  stt: () => undefined,
  fullName: (value, row) => {
    if (typeof value !== "string" || !hasLetter(value)) return invalid(row, "fullName");
    row.cadre.fullName = value;
  },
  familyName: (value, row) => joinName(row, String(value), "before"),
  givenName: (value, row) => {
    if (typeof value !== "string" || !hasLetter(value)) return invalid(row, "givenName");
    joinName(row, value, "after");
  },
  birthDate: (value, row) => readBirth(row, value, "birthDate"),
  birthYearMale: (value, row) => readBirth(row, value, "birthYearMale"),
  birthYearFemale: (value, row) => readBirth(row, value, "birthYearFemale"),
  gender: (value, row) => {
    const g = parseGender(value);
    if (g === undefined) return invalid(row, "gender");
    const cadre = row.cadre;
    if (cadre.gender && cadre.gender !== g && row.genderFrom) {
      row.add(
        "conflicting-values",
        {
          field: "gender",
          otherField: row.genderFrom,
          otherCell: row.cellOf(row.genderFrom),
          reason: "gender-vs-birth-column",
        },
        "gender",
      );
      return;
    }
    cadre.gender = g;
    row.genderFrom = "gender";
  },
  genderMaleMark: mark("male", "genderMaleMark"),
  genderFemaleMark: mark("female", "genderFemaleMark"),
  ethnicity: text("ethnicity"),
  partyMember: (value, row) => {
    const res = parsePartyMember(value);
    if (res.kind === "invalid") return invalid(row, "partyMember");
    if (res.kind === "yes") {
      row.cadre.partyMember = true;
      if (res.year !== undefined) row.cadre.partyYear = res.year;
    } else if (res.kind === "no") row.cadre.partyMember = false;
  },
  idNumber: (value, row) => {
    const res = parseIdNumber(value);
    if (res.kind === "ok") row.cadre.idNumber = res.id;
    else if (res.kind === "invalid")
      row.add("invalid-id", { digits: res.digits }, "idNumber", { suggestion: res.suggestion });
  },
  idIssueDate: keptAsIs,
  idIssuePlace: keptAsIs,
  unit: text("unit"),
  upperUnit: text("upperUnit"),
  level: coded("level"),
  position: (value, row) => {
    const t = String(value);
    const res = recognizePositions(t);
    row.cadre.positionText = t;
    row.cadre.positions = res.positions;
    if (res.positions.length === 0) invalid(row, "position", res.suggestion);
  },
  jobTitle: keptAsIs,
  keyCadre: (value, row) => {
    const res = parseMark(value);
    if (res.kind === "invalid") return invalid(row, "keyCadre");
    if (res.kind !== "empty") row.cadre.keyCadre = res.kind === "yes";
  },
  employment: coded("employment"),
  fullTimeMark: mark("fullTime", "fullTimeMark", { vocab: EMPLOYMENT_VOCAB, apply: setEmployment }),
  partTimeMark: mark("partTime", "partTimeMark", { vocab: EMPLOYMENT_VOCAB, apply: setEmployment }),
  payroll: coded("payroll"),
  payrollCivilMark: mark("civil", "payrollCivilMark", { vocab: PAYROLL_VOCAB, apply: setPayroll }),
  payrollContractMark: mark("contract", "payrollContractMark", { vocab: PAYROLL_VOCAB, apply: setPayroll }),
  generalEducation: keptAsIs,
  education: coded("education"),
  politicalTheory: coded("politicalTheory"),
  stateManagement: coded("stateManagement"),
  foreignLanguage: text("foreignLanguage"),
  informatics: text("informatics"),
  unionTraining: training("unionTraining"),
  genderTraining: training("genderTraining"),
  politicalClass: training("politicalClass"),
  term: text("term"),
  note: text("note"),
};

function setEmployment(row: RowReport, code: string): void {
  row.cadre.employment = code as Cadre["employment"];
}

function setPayroll(row: RowReport, code: string): void {
  row.cadre.payroll = code as Cadre["payroll"];
}

/** A name split over "Họ đệm | Tên": the parts joined in order, whichever column is read first. */
function joinName(row: RowReport, part: string, side: "before" | "after"): void {
  const name = row.cadre.fullName;
  row.cadre.fullName = !name ? part : side === "before" ? `${part} ${name}` : `${name} ${part}`;
}

/** A birth date, or a birth year under "Năm sinh → Nam | Nữ" (which also says the person's sex). */
function readBirth(
  row: RowReport,
  value: CellData,
  field: "birthDate" | "birthYearMale" | "birthYearFemale",
): void {
  const res = parseDate(value, row.year);
  if (res.kind === "invalid") return void row.add("invalid-date", { field }, field);
  if (res.kind !== "date") return;
  const cadre = row.cadre;
  if (field !== "birthDate") {
    const gender = field === "birthYearMale" ? "nam" : "nu";
    if (row.birthFrom === "birthYearMale" || row.birthFrom === "birthYearFemale") {
      row.add(
        "conflicting-values",
        {
          field,
          otherField: row.birthFrom,
          otherCell: row.cellOf(row.birthFrom),
          reason: "birth-year-both-genders",
        },
        field,
      );
      return;
    }
    if (row.genderFrom === "gender" && cadre.gender !== gender)
      row.add(
        "conflicting-values",
        {
          field: "gender",
          otherField: field,
          otherCell: row.cellOf(field),
          reason: "gender-vs-birth-column",
        },
        "gender",
      );
    else {
      cadre.gender = gender;
      row.genderFrom = field;
    }
  }
  cadre.birthDate ??= res.date;
  row.birthFrom ??= field;
}

/** Reports a value that is not understood, with a suggestion when one is close and the list it must come from. */
function invalid(row: RowReport, field: Field, suggestion?: string, choices?: CodedField): void {
  row.add(
    "invalid-value",
    choices ? { field, choices } : { field },
    field,
    suggestion ? { suggestion } : undefined,
  );
}

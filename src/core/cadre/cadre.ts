import type { ExtraColumns } from "./extraColumns";
import type {
  Education,
  Employment,
  Gender,
  Payroll,
  PoliticalTheory,
  Position,
  StateManagement,
  UnionLevel,
} from "../vocab/codes";

/**
 * What a roster column can mean. Most are one cadre field each; a few are parts of one: a name split over
 * "Họ đệm | Tên", or x marks under "Giới tính → Nam | Nữ", "Loại cán bộ → Chuyên trách | Không chuyên trách" and
 * "Biên chế | HĐLĐ". Unknown columns are kept in `Cadre.extra`.
 */
export const FIELDS = [
  "stt",
  "fullName",
  "familyName",
  "givenName",
  "birthDate",
  "birthYearMale",
  "birthYearFemale",
  "gender",
  "genderMaleMark",
  "genderFemaleMark",
  "ethnicity",
  "partyMember",
  "idNumber",
  "idIssueDate",
  "idIssuePlace",
  "unit",
  "upperUnit",
  "level",
  "position",
  "jobTitle",
  "keyCadre",
  "employment",
  "fullTimeMark",
  "partTimeMark",
  "payroll",
  "payrollCivilMark",
  "payrollContractMark",
  "generalEducation",
  "education",
  "politicalTheory",
  "stateManagement",
  "foreignLanguage",
  "informatics",
  "unionTraining",
  "genderTraining",
  "politicalClass",
  "term",
  "note",
] as const;
export type Field = (typeof FIELDS)[number];

/** A date as precise as the roster gives it: a year only ("1975"), or a full day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * A training column's meaning: a mark ("x", "có", "✓") says trained, year unknown; a year says when.
 * The attainment rules decide what a year after the report year means.
 */
export interface Training {
  done: boolean;
  year?: number;
}

/** One union cadre, as read from one roster row. Absent fields were empty or not understood (a finding says which). */
export interface Cadre {
  /** Where the row came from; `row` is the Excel row number (1-based). */
  file?: string;
  sheet: string;
  row: number;
  /** A1 address of the row's name cell: row-level findings point here. */
  nameCell: string;

  fullName: string;
  birthDate?: PartialDate;
  gender?: Gender;
  ethnicity?: string;
  /** Đảng viên: a mark or the year of joining. */
  partyMember?: boolean;
  partyYear?: number;
  idNumber?: string;

  unit?: string;
  upperUnit?: string;
  level?: UnionLevel;
  /** Every position the cell names, most senior first ("PCT kiêm UVBTV" → both). */
  positions: readonly Position[];
  /** The position cell as typed, for reports. */
  positionText?: string;
  /** From a "Chủ chốt" column when the roster has one; otherwise the rules decide. */
  keyCadre?: boolean;
  employment?: Employment;
  payroll?: Payroll;

  education?: Education;
  politicalTheory?: PoliticalTheory;
  stateManagement?: StateManagement;
  foreignLanguage?: string;
  informatics?: string;

  unionTraining?: Training;
  genderTraining?: Training;
  /** Học trung cấp chính trị: attending or finished, with the year when given. */
  politicalClass?: Training;
  term?: string;
  note?: string;

  /** Values of columns the engine does not read, kept as written (nothing is dropped): read with `extraOf`. */
  extra: ExtraColumns;
  /** The fields the roster has a column for (shared by every cadre of a table): what it says nothing of cannot be judged. */
  columns?: ReadonlySet<Field>;
}

import type { ColumnFormat } from "../sheet";
import { REVIEW_COLUMN, SOURCE_COLUMN } from "../roster";

/** What a column of the consolidated roster holds: a cadre field, its row number, its source or what to review. */
export type RosterColumnKey =
  | "stt"
  | "fullName"
  | "birthDate"
  | "birthYearMale"
  | "birthYearFemale"
  | "gender"
  | "ethnicity"
  | "partyMember"
  | "idNumber"
  | "unit"
  | "upperUnit"
  | "level"
  | "position"
  | "employment"
  | "payroll"
  | "education"
  | "politicalTheory"
  | "stateManagement"
  | "foreignLanguage"
  | "informatics"
  | "unionTraining"
  | "genderTraining"
  | "politicalClass"
  | "term"
  | "note"
  | "source"
  | "review";

export interface RosterColumn {
  key: RosterColumnKey;
  /** The Vietnamese header, as the roster reader knows it. */
  header: string;
  width: number;
  format: ColumnFormat;
  wrap?: boolean;
}

const col = (
  key: RosterColumnKey,
  header: string,
  width: number,
  format: ColumnFormat = "text",
  wrap = false,
) => (wrap ? { key, header, width, format, wrap } : { key, header, width, format });

/**
 * The canonical columns of a roster, in the order of the domain's list (domain.md, "Roster columns met in
 * practice"), then canbo's own two: where the row came from and what is still to review on it. With `namNu` the
 * birth year is written under "Năm sinh Nam" | "Năm sinh Nữ", as many federations' forms want, instead of a birth
 * date and a Giới tính column.
 */
export function rosterColumns(options: { namNu?: boolean } = {}): RosterColumn[] {
  const birth: RosterColumn[] = options.namNu
    ? [col("birthYearMale", "Năm sinh Nam", 8, "year"), col("birthYearFemale", "Năm sinh Nữ", 8, "year")]
    : [col("birthDate", "Ngày sinh", 11, "date"), col("gender", "Giới tính", 7)];
  return [
    col("stt", "STT", 5, "integer"),
    col("fullName", "Họ và tên", 22, "text", true),
    ...birth,
    col("ethnicity", "Dân tộc", 8),
    col("partyMember", "Đảng viên", 8, "year"),
    col("idNumber", "Số CCCD", 14),
    col("unit", "Đơn vị", 24, "text", true),
    col("upperUnit", "Đơn vị cấp trên", 20, "text", true),
    col("level", "Cấp công đoàn", 12, "text", true),
    col("position", "Chức danh công đoàn", 20, "text", true),
    col("employment", "Chuyên trách / Không chuyên trách", 13, "text", true),
    col("payroll", "Biên chế / HĐLĐ", 11, "text", true),
    col("education", "Trình độ chuyên môn", 12, "text", true),
    col("politicalTheory", "Lý luận chính trị", 11, "text", true),
    col("stateManagement", "Quản lý nhà nước", 11, "text", true),
    col("foreignLanguage", "Ngoại ngữ", 9, "text", true),
    col("informatics", "Tin học", 9, "text", true),
    col("unionTraining", "Đã tập huấn nghiệp vụ công đoàn", 10, "year"),
    col("genderTraining", "Đã tập huấn bình đẳng giới", 10, "year"),
    col("politicalClass", "Học trung cấp chính trị", 10, "year"),
    col("term", "Nhiệm kỳ", 10, "text", true),
    col("note", "Ghi chú", 16, "text", true),
    col("source", SOURCE_COLUMN, 32, "text", true),
    col("review", REVIEW_COLUMN, 50, "text", true),
  ];
}

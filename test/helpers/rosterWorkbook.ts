import ExcelJS from "exceljs";

/**
 * A roster as a unit types it in Excel, written with ExcelJS for the tests that need a real workbook: one header row
 * in the words units use, then one row a person. Only the columns some person fills are written, in this order,
 * so each test shows just the facts it is about.
 */

/** One person's cells, by column; a number where units type a year. */
export interface RosterPerson {
  stt?: number;
  name: string;
  born?: number | string;
  unit?: string;
  level?: string;
  position?: string;
  employment?: string;
  payroll?: string;
  education?: string;
  politicalTheory?: string;
  unionTraining?: number | string;
}

/** The header each column is written under: the plain one-row header of a unit's roster. */
const HEADER: Record<keyof RosterPerson, string> = {
  stt: "STT",
  name: "Họ và tên",
  born: "Năm sinh",
  unit: "Đơn vị",
  level: "Cấp",
  position: "Chức danh",
  employment: "Chuyên trách/Không chuyên trách",
  payroll: "Biên chế/HĐLĐ",
  education: "Trình độ chuyên môn",
  politicalTheory: "LLCT",
  unionTraining: "Tập huấn NVCĐ",
};

/** A workbook whose sheet `sheet` (default "DS") holds the people under the header of the columns they fill. */
export function rosterWorkbook(people: readonly RosterPerson[], sheet = "DS"): ExcelJS.Workbook {
  const columns = (Object.keys(HEADER) as (keyof RosterPerson)[]).filter((k) =>
    people.some((p) => p[k] !== undefined),
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(columns.map((k) => HEADER[k]));
  for (const p of people) ws.addRow(columns.map((k) => p[k] ?? ""));
  return wb;
}

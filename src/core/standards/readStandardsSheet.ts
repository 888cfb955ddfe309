import { cellAddress, type CellValue, type Grid } from "../grid";
import { foldKey, normalizeText } from "../text";
import type { PositionStandard, StandardsFramework } from "./positionStandard";
import { sheetProblem, type SheetProblem } from "../messages/sheetProblem";
import { readStandardRow, type ColumnPlaces } from "./readStandardRow";
import { STANDARDS_COLUMNS, type StandardsColumnKey } from "./standardsColumns";

/** How far down the header row may be: below the title, the notice and any notes the user added. */
const HEADER_SEARCH_ROWS = 30;

/**
 * Reads a workbook's "Tiêu chuẩn" sheet: finds the table's header row by its "Mã" and "Tên tiêu chuẩn" headers
 * in the first 30 rows (any case or diacritics, columns in any order, extra columns ignored), then reads every
 * row down to the first empty one. Cells may hold the labels `standardsSheetSpec` writes or the codes
 * ("dai-hoc"). Each unreadable cell is one problem at its A1 address and its row is left out.
 *
 * The framework is absent — the caller keeps the built-in one — when there is no header, when the "Cấp công
 * đoàn" or "Chức danh" column is missing, or when the table has rows and none could be read. An empty table
 * gives a framework with no standards: the user removed them all.
 *
 * @param grid the sheet's cells
 * @returns the framework read (origin "sheet") and the problems found
 * @example readStandardsSheet(gridOf(standardsSheetSpec(DEFAULT_FRAMEWORK))).framework?.standards.length // 4
 */
export function readStandardsSheet(grid: Grid): { framework?: StandardsFramework; problems: SheetProblem[] } {
  const header = findHeader(grid);
  if (!header) {
    return { problems: [sheetProblem("A1", "no-header", { table: "standards" })] };
  }
  const { row: h, cols } = header;
  const missing = (["levels", "positions"] as const).filter((k) => cols[k] === undefined);
  if (missing.length > 0) {
    const columns = missing.map((k) => STANDARDS_COLUMNS.find((c) => c.key === k)?.header ?? k);
    return { problems: [sheetProblem(cellAddress(h, cols.id ?? 0), "missing-columns", { columns })] };
  }

  const places = Object.values(cols) as number[];
  const first = Math.min(...places);
  const last = Math.max(...places);
  const problems: SheetProblem[] = [];
  const standards: PositionStandard[] = [];
  const seen = new Map<string, string>();
  let rows = 0;
  for (let r = h + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    // Only the table's own columns decide where it ends: a note beside it does not extend it.
    if (line.slice(first, last + 1).every(isEmpty)) break;
    rows++;
    const codeCell = cellAddress(r, cols.id ?? 0);
    const id = textOf(line[cols.id ?? 0]);
    if (id === "") {
      problems.push(sheetProblem(codeCell, "missing-id", {}));
      continue;
    }
    const earlier = seen.get(foldKey(id));
    if (earlier) {
      problems.push(sheetProblem(codeCell, "duplicate-id", { id, first: earlier }));
      continue;
    }
    seen.set(foldKey(id), codeCell);
    const read = readStandardRow(line, r, cols);
    problems.push(...read.problems);
    if (read.standard) standards.push(read.standard);
  }
  if (rows > 0 && standards.length === 0) return { problems };
  const notice = `Khung tiêu chuẩn lấy từ trang tính “Tiêu chuẩn” của sổ làm việc (${standards.length} tiêu chuẩn), thay cho khung mẫu của phần mềm.`;
  return { framework: { origin: "sheet", notice, standards }, problems };
}

/** The first row (of the first 30) holding both the code and the title header, with every known column's place. */
function findHeader(grid: Grid): { row: number; cols: ColumnPlaces } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const keys = (grid.values[r] ?? []).map((v) => (typeof v === "string" ? foldKey(v) : ""));
    const cols: ColumnPlaces = {};
    for (const column of STANDARDS_COLUMNS) {
      const reads: readonly string[] = column.reads;
      const taken = new Set(Object.values(cols));
      const at = keys.findIndex((k, i) => !taken.has(i) && reads.includes(k));
      if (at >= 0) cols[column.key as StandardsColumnKey] = at;
    }
    if (cols.id !== undefined && cols.title !== undefined) return { row: r, cols };
  }
  return undefined;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function textOf(v: CellValue | undefined): string {
  if (typeof v === "string") return normalizeText(v);
  if (typeof v === "number") return String(v);
  return "";
}

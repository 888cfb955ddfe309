import type { CellValue } from "../grid";
import type { SheetSpec } from "../sheet";
import { layoutReport } from "../reportSheets/layoutReport";
import { UNION_LEVELS } from "../vocab/codes";
import type { PositionStandard, StandardsFramework } from "./positionStandard";
import { STANDARDS_COLUMNS } from "./standardsColumns";
import { STANDARD_WORDS as W } from "./standardLabels";

export const STANDARDS_SHEET_NAME = "Tiêu chuẩn";

/** How to fill the table, shown above it: the sheet is meant to be edited by the federation. */
const HOW_TO =
  'Cách ghi: cấp công đoàn và chức danh ghi "Tất cả" hoặc liệt kê, cách nhau bằng dấu phẩy; cột Chuyên trách ' +
  'ghi "Chuyên trách", "Không chuyên trách" hoặc để trống nếu áp dụng cho cả hai; các cột tối thiểu để trống nếu ' +
  'không yêu cầu; cột Tập huấn nghiệp vụ CĐ và Đảng viên ghi "Có" nếu bắt buộc. Mỗi dòng có mã là một tiêu chuẩn; ' +
  "bảng kết thúc ở dòng trống đầu tiên.";

/**
 * The "Tiêu chuẩn" sheet: a title, the framework's notice (one sentence per row), how to fill the table, then a
 * real Excel table with one row per standard in Vietnamese words that `readStandardsSheet` reads back.
 *
 * @param framework the standards to write (usually DEFAULT_FRAMEWORK, as a template to edit)
 * @returns the sheet as data, for the .xlsx and Office adapters
 * @example standardsSheetSpec(DEFAULT_FRAMEWORK).name // "Tiêu chuẩn"
 */
export function standardsSheetSpec(framework: StandardsFramework): SheetSpec {
  const notice = framework.notice.split(/(?<=\.)\s+/).filter((s) => s.trim() !== "");
  return layoutReport(
    {
      sheetName: STANDARDS_SHEET_NAME,
      widths: STANDARDS_COLUMNS.map((c) => c.width),
      titleLines: ["KHUNG TIÊU CHUẨN CHỨC DANH CÁN BỘ CÔNG ĐOÀN", ...notice],
      labelColumns: 2,
      sections: [
        {
          notes: [HOW_TO],
        },
        {
          table: {
            name: "TieuChuan",
            columns: STANDARDS_COLUMNS.map((c) => ({
              header: c.header,
              width: c.width,
              format: c.key === "maxAge" ? "integer" : "text",
              wrap: c.key !== "id" && c.key !== "maxAge",
            })),
            rows: framework.standards.map(standardRow),
          },
        },
      ],
    },
    { plain: true },
  );
}

/** One standard as the table's cells, in STANDARDS_COLUMNS order. */
function standardRow(s: PositionStandard): CellValue[] {
  const r = s.requires;
  const allLevels = UNION_LEVELS.every((l) => s.levels.includes(l));
  return [
    s.id,
    s.title,
    allLevels ? W.all : s.levels.map((l) => W.level[l]).join(", "),
    s.positions === "all" ? W.all : s.positions.map((p) => W.position[p]).join(", "),
    s.employment === "any" ? null : W.employment[s.employment],
    r.education ? W.education[r.education] : null,
    r.politicalTheory ? W.politicalTheory[r.politicalTheory] : null,
    r.stateManagement ? W.stateManagement[r.stateManagement] : null,
    r.unionTraining ? W.yes : null,
    r.partyMember ? W.yes : null,
    r.maxAge ?? null,
    s.source ?? null,
  ];
}

import { columnLetter } from "../grid";
import type { SheetSpec, SpecValue, TableColumn } from "../sheet";
import type { StatisticsTable } from "../statistics";
import { layoutReport, type ReportOptions } from "./layoutReport";

export interface StatisticsSheetOptions extends ReportOptions {
  /** Defaults to the table's year. */
  year?: number;
}

/** Columns before the units: STT, the section ("Nhóm", to filter one section) and the row title. */
const LEAD: TableColumn[] = [
  { header: "STT", width: 4.5, format: "integer", align: "center" },
  { header: "Nhóm", width: 13, format: "text", wrap: true },
  { header: "Nội dung", width: 22, format: "text", wrap: true },
];
const UNIT_WIDTH = 7.5;

/**
 * "Thống kê Y": one row per count (STT, section, title), one column per upper unit, and "Tổng cộng" as a formula
 * summing the unit columns (its value cached). A section's rows print on one page. The note under the table says
 * how age is counted and that each section adds up to the total.
 *
 * @param table from `computeStatistics`
 * @param options the year and the report header
 * @returns the sheet "Thống kê {year}" with table "ThongKe{year}"
 * @example statisticsSheet(computeStatistics(roster, { year: 2019 }), {}).name // "Thống kê 2019"
 */
export function statisticsSheet(table: StatisticsTable, options: StatisticsSheetOptions = {}): SheetSpec {
  const year = options.year ?? table.year;
  const units = table.columns.slice(0, -1);
  const columns: TableColumn[] = [
    ...LEAD,
    ...units.map((unit): TableColumn => ({ header: unit, width: UNIT_WIDTH, format: "integer", wrap: true })),
    {
      header: table.columns[table.columns.length - 1],
      width: UNIT_WIDTH + 0.5,
      format: "integer",
      wrap: true,
    },
  ];
  const first = columnLetter(LEAD.length);
  const last = columnLetter(LEAD.length + units.length - 1);
  const rows: SpecValue[][] = table.rows.map((r, i) => [
    i + 1,
    r.group,
    r.label,
    ...r.values.slice(0, -1),
    units.length
      ? { formula: `SUM(${first}{r}:${last}{r})`, result: r.values[r.values.length - 1] }
      : r.values[r.values.length - 1],
  ]);
  const groups: number[] = [];
  table.rows.forEach((r, i) => {
    if (i === 0 || table.rows[i - 1].group !== r.group) groups.push(1);
    else groups[groups.length - 1]++;
  });
  return layoutReport(
    {
      sheetName: `Thống kê ${year}`,
      widths: columns.map((c) => c.width ?? 10),
      titleLines: [
        `THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG, ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ${year}`,
        `(Đơn vị tính: người; tuổi tính đến 31/12/${year})`,
      ],
      labelColumns: LEAD.length,
      sections: [
        {
          table: { name: `ThongKe${year}`, columns, numbered: true, rows, groups },
          notes: [
            `Đơn vị tính: người. Tuổi tính đến 31/12/${year} (năm ${year} trừ năm sinh). Các dòng của mỗi nhóm cộng lại ` +
              'bằng "Tổng số cán bộ" (nhóm "Biên chế, HĐLĐ" bằng số cán bộ chuyên trách), kể cả dòng ' +
              '"Chưa rõ" — số người danh sách không ghi hoặc ghi chưa đọc được; nhóm "Đào tạo, bồi dưỡng" không cộng. ' +
              "Người trùng tên được tính một lần.",
          ],
        },
      ],
    },
    options,
  );
}

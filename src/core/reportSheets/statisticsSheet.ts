import type { CellValue } from "../grid";
import type { SheetSpec, TableColumn } from "../sheet";
import type { StatisticsTable } from "../statistics";
import { layoutReport, type ReportOptions } from "./layoutReport";

export interface StatisticsSheetOptions extends ReportOptions {
  /** Defaults to the table's year. */
  year?: number;
}

/**
 * The yearly statistics as a report: a "Nhóm" column (to filter one section), the row title, one count column
 * per upper unit and the total.
 *
 * @param table from `computeStatistics`
 * @param options issuer, place, date, signature
 * @returns the sheet "Thống kê {year}" with table "ThongKe{year}"
 * @example statisticsSheet(computeStatistics(roster, { year: 2019 }), {}).name // "Thống kê 2019"
 */
export function statisticsSheet(table: StatisticsTable, options: StatisticsSheetOptions = {}): SheetSpec {
  const year = options.year ?? table.year;
  const columns: TableColumn[] = [
    { header: "Nhóm", width: 20, format: "text", wrap: true },
    { header: "Chỉ tiêu", width: 42, format: "text", wrap: true },
    ...table.columns.map((unit): TableColumn => ({ header: unit, width: 14, format: "integer", wrap: true })),
  ];
  const rows: CellValue[][] = table.rows.map((r) => [r.group, r.label, ...r.values]);
  return layoutReport(
    {
      sheetName: `Thống kê ${year}`,
      tableName: `ThongKe${year}`,
      titleLines: [`THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG, ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ${year}`],
      columns,
      rows,
    },
    options,
  );
}

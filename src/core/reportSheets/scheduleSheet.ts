import type { CellValue } from "../grid";
import type { ScheduleRow } from "../schedule";
import type { SheetSpec, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions } from "./layoutReport";

export interface ScheduleSheetOptions extends ReportOptions {
  /** The year the schedule is for: names the sheet ("Phụ lục 2020") and the table ("PhuLuc2020"). */
  year: number;
  /** Replaces the default title lines. */
  titleLines?: string[];
  /** Replaces the sheet name (made valid). */
  sheetName?: string;
  /** Show the "Thực hiện" column (default true). */
  actualColumn?: boolean;
}

const COLUMNS: TableColumn[] = [
  // No number format: a year must not print as "2.016".
  { header: "Năm", width: 8 },
  { header: "Đối tượng", width: 40, format: "text", wrap: true },
  { header: "Số lượng", width: 10, format: "integer" },
  { header: "Đơn vị thực hiện", width: 22, format: "text", wrap: true },
  { header: "Nội dung bồi dưỡng, tập huấn", width: 62, format: "text", wrap: true },
  { header: "Thực hiện", width: 11, format: "integer" },
];

/**
 * A training schedule as a report: one table row per schedule row, the year as a number in its own "Năm"
 * column on every row (a real table cannot merge "Năm 2016" over its rows), the topic list wrapped inside
 * its cell, and the total number of people under the table.
 *
 * @param rows the schedule (from `deriveSchedule`, `planAgainstActual` or a plan)
 * @param options year, title lines, issuer, place, date, signature
 * @returns the sheet "Phụ lục {year}" with table "PhuLuc{year}"
 * @example scheduleSheet(deriveSchedule(roster, { year: 2019 }), { year: 2020 }).name // "Phụ lục 2020"
 */
export function scheduleSheet(rows: readonly ScheduleRow[], options: ScheduleSheetOptions): SheetSpec {
  const withActual = options.actualColumn ?? true;
  const columns = withActual ? COLUMNS : COLUMNS.slice(0, 5);
  const cells: CellValue[][] = rows.map((r) => {
    const line: CellValue[] = [r.year, r.group, r.count, r.unit, r.content];
    if (withActual) line.push(r.actual ?? null);
    return line;
  });
  const planned = rows.reduce((s, r) => s + r.count, 0);
  const done = rows.reduce((s, r) => s + (r.actual ?? 0), 0);
  const notes = [`Tổng cộng: ${groupDigits(planned)} người.`];
  if (withActual && rows.some((r) => r.actual !== undefined))
    notes.push(`Đã thực hiện: ${groupDigits(done)} người.`);
  return layoutReport(
    {
      sheetName: options.sheetName ?? `Phụ lục ${options.year}`,
      tableName: `PhuLuc${options.year}`,
      titleLines: options.titleLines ?? [
        "PHỤ LỤC",
        `ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ${options.year}`,
      ],
      columns,
      rows: cells,
      notes,
    },
    options,
  );
}

/** 3211 → "3.211", the Vietnamese thousands separator, without depending on the runtime's locale data. */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

import type { TrainingPlan } from "../schedule";
import type { SheetSpec, TableColumn } from "../sheet";
import type { ReportDay } from "./dateLine";
import { layoutReport, type ReportOptions } from "./layoutReport";

const COLUMNS: TableColumn[] = [
  { header: "Thời gian", width: 8, align: "center" },
  { header: "Đối tượng", width: 34, format: "text", wrap: true },
  { header: "Số lượng", width: 9, format: "integer" },
  { header: "Đơn vị thực hiện", width: 18, format: "text", wrap: true },
  { header: "Nội dung bồi dưỡng, tập huấn", width: 54, format: "text", wrap: true },
];

/**
 * A whole plan's appendix as a sheet, its table cell for cell (Thời gian, Đối tượng, Số lượng, Đơn vị thực hiện,
 * Nội dung as the plan prints them), under the plan's own header: a Party document (14-KH/ĐĐ is the Đảng đoàn's)
 * carries "ĐẢNG CỘNG SẢN VIỆT NAM" and its issuer with the star, and the plan's own date. It is marked as a copy
 * for reference and prints no signature as if signed. Differences from the paper, on purpose: the year is a
 * number on each row instead of a merged "Năm 2016" cell, and the total is a formula under the table.
 *
 * @param plan the plan (e.g. `BUILTIN_PLAN`)
 * @param options table name and anything else of the header to override
 * @returns the sheet "Phụ lục 2016-2020" with table "PhuLuc2016_2020"
 * @example planSheet(BUILTIN_PLAN).name // "Phụ lục 2016-2020"
 */
export function planSheet(plan: Readonly<TrainingPlan>, options: ReportOptions = {}): SheetSpec {
  const total = plan.rows.reduce((s, r) => s + r.count, 0);
  return layoutReport(
    {
      sheetName: `Phụ lục ${plan.fromYear}-${plan.toYear}`,
      widths: COLUMNS.map((c) => c.width ?? 10),
      titleLines: [
        "PHỤ LỤC",
        { text: plan.appendixTitle, style: "subtitle" },
        plan.appendixNote,
        "(Bản sao nội dung để đối chiếu, không thay bản có chữ ký)",
      ],
      sections: [
        {
          table: {
            name: `PhuLuc${plan.fromYear}_${plan.toYear}`,
            columns: COLUMNS,
            rows: plan.rows.map((r) => [r.year, r.group, r.count, r.unit, r.content || null]),
            totals: [[null, "Tổng cộng", { formula: "SUM(C{first}:C{last})", result: total }, null, null]],
          },
          notes: [
            `Bản sao để đối chiếu, lập từ phụ lục kèm theo Kế hoạch số ${plan.number} ngày ${plan.date} của ` +
              `${plan.issuer}; bản chính do đồng chí ${plan.signature.name} ` +
              `(${plan.signature.onBehalf}, ${plan.signature.role}) ký.`,
          ],
        },
      ],
    },
    {
      issuer: plan.issuer,
      party: true,
      place: plan.place,
      date: planDay(plan.date),
      signature: null,
      ...options,
    },
  );
}

/** "29/04/2016" → the day. */
function planDay(date: string): ReportDay | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
  return m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : undefined;
}

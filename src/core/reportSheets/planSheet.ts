import type { TrainingPlan } from "../schedule";
import type { SheetSpec } from "../sheet";
import type { ReportOptions } from "./layoutReport";
import { scheduleSheet } from "./scheduleSheet";

/**
 * A whole plan's appendix as a sheet, its table cell for cell (Đối tượng, Số lượng, Đơn vị thực hiện, Nội
 * dung as the plan prints them). Differences from the paper, on purpose: the year is a number in a "Năm"
 * column repeated on each row instead of a merged "Thời gian: Năm 2016" cell, and topics are "- " lines in
 * the cell. Issuer and signature default to the plan's own (T/M ĐẢNG ĐOÀN, BÍ THƯ). The "Thực hiện" column
 * appears only when some row has an actual count.
 *
 * @param plan the plan (e.g. `BUILTIN_PLAN`)
 * @param options issuer, place, date, signature, table name
 * @returns the sheet "Phụ lục 2016-2020" with table "PhuLuc2016_2020"
 * @example planSheet(BUILTIN_PLAN).name // "Phụ lục 2016-2020"
 */
export function planSheet(plan: Readonly<TrainingPlan>, options: ReportOptions = {}): SheetSpec {
  const period = `${plan.fromYear}-${plan.toYear}`;
  return scheduleSheet(plan.rows, {
    org: plan.issuer,
    signature: {
      left: [],
      right: [plan.signature.onBehalf, plan.signature.role],
      rightName: plan.signature.name,
    },
    tableName: `PhuLuc${plan.fromYear}_${plan.toYear}`,
    ...options,
    year: plan.toYear,
    sheetName: `Phụ lục ${period}`,
    titleLines: ["PHỤ LỤC", plan.appendixTitle, plan.appendixNote],
    actualColumn: plan.rows.some((r) => r.actual !== undefined),
  });
}

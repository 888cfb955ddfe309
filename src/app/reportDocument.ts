import type { Indicator } from "../core/attainment";
import type { ScheduleRow } from "../core/schedule";
import type { StatisticsTable } from "../core/statistics";
import type { ReportData } from "./buildReport";
import type { CheckDocument } from "./jsonDocument";

/** `canbo report --json`: the check document plus the report's data (documented in the README). */
export interface ReportDocument extends CheckDocument {
  indicators: Pick<
    Indicator,
    "id" | "unit" | "numerator" | "denominator" | "percent" | "target" | "met" | "gap"
  >[];
  schedule: Pick<ScheduleRow, "year" | "group" | "count" | "unit" | "content" | "actual">[];
  statistics: StatisticsTable;
  /** What the figures cover: rows read, people listed twice (counted once), people counted, rows with errors. */
  coverage: {
    rowsRead: number;
    duplicates: number;
    counted: number;
    rowsWithErrors: number;
    standards: string;
    complete: boolean;
    problems: string[];
  };
}

export function toReportDocument(check: CheckDocument, report: ReportData): ReportDocument {
  return {
    ...check,
    indicators: report.indicators.map(({ id, unit, numerator, denominator, percent, target, met, gap }) => ({
      id,
      unit,
      numerator,
      denominator,
      percent,
      target,
      met,
      gap,
    })),
    schedule: report.schedule.map(({ year, group, count, unit, content, actual }) => ({
      year,
      group,
      count,
      unit,
      content,
      actual: actual ?? null,
    })) as ReportDocument["schedule"],
    statistics: report.statistics,
    coverage: {
      rowsRead: report.info.rowsRead,
      duplicates: report.info.duplicates,
      counted: report.info.counted,
      rowsWithErrors: report.info.rowsWithErrors,
      standards: report.info.standards,
      complete: report.complete,
      problems: [...report.info.problems],
    },
  };
}

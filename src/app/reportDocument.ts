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
  };
}

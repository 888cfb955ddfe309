import { computeAttainment, type Indicator, type Targets } from "../core/attainment";
import type { Cadre } from "../core/cadre";
import { findingsSheet } from "../core/checkSheets";
import type { FinanceYear } from "../core/finance";
import type { Finding } from "../core/findings";
import { attainmentSheet, planSheet, scheduleSheet, statisticsSheet } from "../core/reportSheets";
import { BUILTIN_PLAN, deriveSchedule, planAgainstActual, type ScheduleRow } from "../core/schedule";
import type { SheetSpec } from "../core/sheet";
import { meetsStandards, type StandardsFramework } from "../core/standards";
import { computeStatistics, type StatisticsTable } from "../core/statistics";
import type { Messages } from "../i18n/messages";

export interface ReportRequest {
  year: number;
  standards: StandardsFramework;
  /** The federation's own phụ lục rows; the built-in plan 14-KH/ĐĐ (2016–2020) when absent. */
  plan?: readonly ScheduleRow[];
  finance?: readonly FinanceYear[];
  /** Last year's roster, for "higher than last year" (I6). */
  previous?: readonly Cadre[];
  targets?: Partial<Targets>;
  /** Issuer printed in the title block, e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE". */
  org?: string;
  /** Place on the date line ("Bến Tre, ngày …"); dots to fill in by hand when absent. */
  place?: string;
  date?: Date;
  messages: Messages;
}

/** Everything the yearly report holds, as data (for --json) and as sheets (for the workbook). */
export interface ReportData {
  indicators: Indicator[];
  /** Plan rows of the report year with what was done, then what the roster says is still needed next year. */
  schedule: ScheduleRow[];
  statistics: StatisticsTable;
  sheets: SheetSpec[];
}

/**
 * Builds the yearly report from checked cadres: the findings sheet, the attainment of the plan's targets
 * ("Chỉ tiêu Y"), the phụ lục ("Phụ lục Y": plan against actual for Y, and the training still needed),
 * the statistics ("Thống kê Y"), and — with the built-in plan — the plan's own appendix, cell for cell.
 */
export function buildReport(
  cadres: readonly Cadre[],
  findings: readonly Finding[],
  request: ReportRequest,
): ReportData {
  const { year, standards } = request;
  const meetsStandard = (c: Cadre) => meetsStandards(c, standards, year);
  const indicators = computeAttainment(cadres, {
    year,
    targets: request.targets,
    meetsStandard,
    previous: request.previous,
    finance: request.finance,
  });
  const planRows = request.plan ?? BUILTIN_PLAN.rows;
  const done = planAgainstActual(planRows, cadres, year).filter((r) => r.year === year);
  const schedule = [...done, ...deriveSchedule(cadres, { year })];
  const statistics = computeStatistics(cadres, { year });

  const common = { org: request.org, place: request.place, date: request.date };
  const sheets: SheetSpec[] = [
    findingsSheet(findings, { year, date: request.date ?? new Date(), messages: request.messages }),
    attainmentSheet(indicators, { ...common, year }),
    scheduleSheet(schedule, { ...common, year }),
    statisticsSheet(statistics, { ...common, year }),
  ];
  if (!request.plan) sheets.push(planSheet(BUILTIN_PLAN));
  return { indicators, schedule, statistics, sheets };
}

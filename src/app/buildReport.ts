import {
  cadresWithoutStandard,
  computeAttainment,
  groupByUpperUnit,
  type Indicator,
  type Targets,
} from "../core/attainment";
import type { Cadre } from "../core/cadre";
import { findingsSheet } from "../core/checkSheets";
import type { FinanceYear } from "../core/finance";
import type { Finding } from "../core/findings";
import {
  attainmentSheet,
  infoSheet,
  planSheet,
  scheduleSheet,
  statisticsSheet,
  type ReportInfo,
  type ReportOptions,
} from "../core/reportSheets";
import { BUILTIN_PLAN, deriveSchedule, planAgainstActual, type ScheduleRow } from "../core/schedule";
import type { SheetSpec } from "../core/sheet";
import { meetsStandards, type StandardsFramework } from "../core/standards";
import { computeStatistics, type StatisticsTable } from "../core/statistics";
import type { Messages } from "../core/messages";
import { countedOnce } from "./countedOnce";
import { reportSources, rowsWithErrors, standardsSentence } from "./reportInfo";
import { defaultRecipients, type ReportSettings } from "./reportSettings";

export interface ReportRequest extends ReportSettings {
  year: number;
  standards: StandardsFramework;
  /** The file the standards were read from (`--standards`), for the report's sources. */
  standardsFile?: string;
  /** The federation's own phụ lục rows; the built-in plan 14-KH/ĐĐ (2016–2020) when absent. */
  plan?: readonly ScheduleRow[];
  finance?: readonly FinanceYear[];
  /** Last year's roster (each person once), for "higher than last year" (I6). */
  previous?: readonly Cadre[];
  targets?: Partial<Targets>;
  /** Sentences on the optional inputs used (plan, finance, last year's roster). */
  inputs?: readonly string[];
  /** Inputs that could not be used, one sentence each: the report says it is incomplete. */
  problems?: readonly string[];
  /** The path a finding's link uses for its file (relative to where the report is saved); its name by default. */
  linkFile?: (file: string | undefined) => string | undefined;
  messages: Messages;
}

/** Everything the yearly report holds, as data (for --json) and as sheets (for the workbook). */
export interface ReportData {
  indicators: Indicator[];
  /** Plan rows of the report year with what was done, then what the roster says is still needed next year. */
  schedule: ScheduleRow[];
  statistics: StatisticsTable;
  info: ReportInfo;
  /** False when an input could not be used: the figures cover only what was read. */
  complete: boolean;
  sheets: SheetSpec[];
}

/**
 * Builds the yearly report from checked cadres. The first sheet, "Thông tin báo cáo", says what the figures cover;
 * then the findings, the attainment of the plan's targets ("Chỉ tiêu Y"), the phụ lục ("Phụ lục Y": the plan's rows
 * of Y against what was done, then the proposals for Y + 1), the statistics ("Thống kê Y") and — with the built-in
 * plan — the plan's own appendix. Every person is counted once. When nobody could be counted (every file
 * unreadable), the figure sheets are left out rather than printed as tables of zeros.
 */
export function buildReport(
  allCadres: readonly Cadre[],
  findings: readonly Finding[],
  request: ReportRequest,
): ReportData {
  const { year, standards } = request;
  const { cadres, duplicates } = countedOnce(allCadres, findings);
  const meetsStandard = (c: Cadre) => meetsStandards(c, standards, year);
  // The attainment and the statistics both count per upper unit: the roster is split once.
  const groups = groupByUpperUnit(cadres);
  const indicators = computeAttainment(cadres, {
    groups,
    year,
    targets: request.targets,
    meetsStandard,
    previous: request.previous,
    finance: request.finance,
  });
  const planRows = request.plan ?? BUILTIN_PLAN.rows;
  const done = planAgainstActual(planRows, cadres, year).filter((r) => r.year === year);
  const proposals = deriveSchedule(cadres, { year });
  const statistics = computeStatistics(cadres, { year, groups });

  const info: ReportInfo = {
    year,
    sources: reportSources(allCadres, findings, request.messages),
    rowsRead: allCadres.length,
    duplicates,
    counted: cadres.length,
    rowsWithErrors: rowsWithErrors(findings),
    standards: standardsSentence(standards, request.standardsFile),
    inputs: request.inputs ?? [],
    problems: request.problems ?? [],
  };
  const complete = !findings.some((f) => f.code === "unreadable-file") && info.problems.length === 0;
  const heading: ReportOptions = {
    parentBody: request.parentBody,
    issuer: request.issuer,
    symbol: request.symbol,
    place: request.place,
    date: request.date,
    signature: { leftName: request.preparer, rightName: request.signer },
    recipients: request.recipients ?? defaultRecipients(request.parentBody),
    warnings: complete
      ? []
      : [
          "Số liệu chưa đầy đủ: có tệp hoặc thông tin đầu vào không dùng được (xem trang tính “Thông tin báo cáo”).",
        ],
  };

  const sheets: SheetSpec[] = [
    infoSheet(info, { ...heading, warnings: [] }),
    findingsSheet(findings, {
      year,
      date: request.date ?? new Date(),
      messages: request.messages,
      linkFile: request.linkFile ?? fileName,
      heading,
    }),
  ];
  if (cadres.length > 0) {
    const planGroups = new Set(planRows.map((r) => r.groupId).filter((g): g is string => g !== undefined));
    sheets.push(
      attainmentSheet(indicators, {
        ...heading,
        year,
        withoutStandard: cadresWithoutStandard(cadres, meetsStandard),
        standardsNote: standardsSentence(standards, request.standardsFile)
          .replace(/^Tiêu chuẩn chức danh: /, "")
          .replace(/\.$/, ""),
      }),
      scheduleSheet(done, proposals, {
        ...heading,
        year,
        planGroups,
        planName: request.plan ? "kế hoạch" : `kế hoạch ${BUILTIN_PLAN.number}`,
      }),
      statisticsSheet(statistics, { ...heading, year }),
    );
    if (!request.plan) sheets.push(planSheet(BUILTIN_PLAN));
  }
  return { indicators, schedule: [...done, ...proposals], statistics, info, complete, sheets };
}

/** The last part of a path: links to a submitted file assume the report is saved beside it. */
function fileName(file: string | undefined): string | undefined {
  return file ? file.split(/[\\/]/).pop() : undefined;
}

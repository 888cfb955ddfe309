import { consolidateRoster, reviewOutput, rosterSheet, type ConsolidatedRoster } from "../core/consolidate";
import { infoSheet, type ReportInfo, type ReportOptions } from "../core/reportSheets";
import type { SheetSpec } from "../core/sheet";
import type { StandardsFramework } from "../core/standards";
import type { Messages } from "../core/messages";
import type { BatchResult } from "./checkFiles";
import { reportSources, rowsWithErrors, standardsSentence } from "./reportInfo";

export interface ConsolidateRequest {
  year: number;
  messages: Messages;
  standards: StandardsFramework;
  standardsFile?: string;
  /** Birth years under Nam | Nữ (the federation's form) instead of a birth date and a Giới tính column. */
  namNu?: boolean;
  /** A source file as a link from the consolidated workbook; its name when absent. */
  linkFile?: (file: string | undefined) => string | undefined;
  /** The official header and signature, as for the reports. */
  heading?: ReportOptions;
}

export interface Consolidation {
  roster: ConsolidatedRoster;
  /** "Thông tin báo cáo" (the files that went in, could not be read, and their cadres), then the roster. */
  sheets: SheetSpec[];
}

/**
 * The consolidated roster of a batch (`canbo consolidate`, the pane's Tổng hợp): every person of every readable
 * file once, in canonical form, under their upper unit, preceded by the sheet that says which files went in, which
 * could not be read and how many cadres came from each. Changes nothing in the files.
 */
export function consolidate(batch: BatchResult, request: ConsolidateRequest): Consolidation {
  const cadres = batch.files.flatMap((f) => ("result" in f ? f.result.cadres : []));
  const roster = consolidateRoster(cadres, batch.findings, request.messages);
  const info: ReportInfo = {
    year: request.year,
    sources: reportSources(cadres, batch.findings, request.messages),
    rowsRead: cadres.length,
    duplicates: roster.duplicates,
    counted: roster.count,
    rowsWithErrors: rowsWithErrors(batch.findings),
    standards: standardsSentence(request.standards, request.standardsFile),
    inputs: [],
    problems: [],
  };
  const heading = request.heading ?? {};
  const incomplete = batch.findings.some((f) => f.code === "unreadable-file");
  const options = {
    ...heading,
    year: request.year,
    namNu: request.namNu,
    linkFile: request.linkFile,
    warnings: incomplete
      ? ['Danh sách chưa đầy đủ: có tệp không đọc được (xem trang "Thông tin báo cáo").']
      : [],
  };
  // What a check of the roster itself will find is said on its rows too; the review column changes no finding.
  reviewOutput(roster, rosterSheet(roster, options), request.standards, request.year, request.messages);
  return { roster, sheets: [infoSheet(info, { ...heading, warnings: [] }), rosterSheet(roster, options)] };
}

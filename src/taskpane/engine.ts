import { buildReport, type ReportData } from "../app/buildReport";
import { INPUT_SENTENCES } from "../app/inputSentences";
import type { ReportSettings } from "../app/reportSettings";
import { checkWorkbook } from "../app/check";
import { highlightTargets } from "../app/highlightFindings";
import { checkFile } from "../app/checkFiles";
import { joinOutcomes } from "../app/joinOutcomes";
import { consolidate } from "../app/consolidate";
import { countByKind, findFixes } from "../app/findFixes";
import { fixedText, type FixKind } from "../core/fixes";
import type { SheetSpec } from "../core/sheet";
import { readFinanceInput, readPreviousRoster } from "../app/reportInputs";
import type { CheckResult, Progress, SheetSummary, Summary } from "../app/types";
import { cadreLookup, summarizeUnits, type UnitLine } from "../app/unitSummary";
import { writeReportSheets } from "../app/writeReports";
import type { Cadre } from "../core/cadre";
import type { FinanceYear } from "../core/finance";
import { formatFinding, formatSheetProblem, sheetProblem, type Messages } from "../core/messages";
import type { CellArea, CellValue } from "../core/grid";
import { messagesFor } from "../i18n";
import { GridWorkbook, type GridSheet } from "../workbook/gridWorkbook";
import { indexFindings, type Section } from "./findingIndex";
import type { Lang } from "./state";
import type { HighlightCell, SheetReader } from "../workbook/port";

/**
 * The pane's engine: checks, reads the report's inputs and builds reports, in the page's worker thread (on the
 * pane's thread only where no worker starts). It keeps each check whole, cadres included, and gives the pane only
 * what it shows: a 100,000-row check's cadres never cross to the pane's thread, where copying them would freeze it.
 */

/** What the pane shows of a check; `key` names the whole check the engine keeps for the report. */
export interface CheckView {
  kind: "check";
  key: number;
  file?: string;
  sheets: SheetSummary[];
  summary: Summary;
  standardsFromSheet: boolean;
  /** The cells "Đánh dấu" would colour (errors and warnings of this workbook), one each. */
  highlight: HighlightCell[];
  units: UnitLine[];
  /** The findings as the list shows them, in `lang`: built here, so the pane's thread never spends on it. */
  sections: Section[];
  lang: Lang;
}

/** An opened file, as the engine found it. */
export type FileView =
  | { kind: "roster"; view: CheckView }
  | { kind: "finance"; years: FinanceYear[] }
  | { kind: "unreadable"; error: string };

/** A finance workbook that could not be read: its unreadable cells, or none when no year table was found. */
export type FinanceView =
  { kind: "finance"; years: FinanceYear[] } | { kind: "not-finance"; problems: string[] };

/** Everything a report asks besides the checks. */
export interface ReportInputs extends Pick<ReportSettings, "parentBody" | "issuer" | "place" | "signer"> {
  year: number;
  /** Last year's roster: its key in the engine (read with `read-previous`) and its file's name. */
  previous?: { key: number; name: string };
  finance?: { years: FinanceYear[]; name: string };
  /** Files given that could not be used, one sentence each: the report says it covers only the others. */
  problems: string[];
  /** The report's date, as milliseconds (it crosses threads). */
  date: number;
  lang: string;
}

/** One part of a sheet Excel gave the pane, sent in pieces so no single copy holds the pane's thread long. */
export interface SheetPiece {
  name: string;
  visible: boolean;
  owned: boolean;
  merges: CellArea[];
  rows: CellValue[][];
  fonts?: (string | undefined)[][];
}

/** A file as the pane holds it (a Blob, passed to the worker by reference) or its bytes (tests, the command). */
export type FileBytes = Blob | Uint8Array;

export type EngineJob =
  | { kind: "check-file"; name: string; bytes: FileBytes; year: number; lang: string }
  | { kind: "stage-sheet"; piece: SheetPiece }
  | { kind: "check-staged"; names: string[]; year: number; lang: Lang }
  | { kind: "index"; key: number; lang: Lang }
  | { kind: "read-previous"; name: string; bytes: FileBytes; year: number; lang: string }
  | { kind: "read-finance"; name: string; bytes: FileBytes; lang: string }
  | { kind: "report"; keys: number[]; inputs: ReportInputs; output: "xlsx" | "sheets" }
  | { kind: "consolidate"; keys: number[]; inputs: ReportInputs; output: "xlsx" | "sheets" }
  | { kind: "fixed-copy"; name: string; bytes: FileBytes; year: number }
  | { kind: "forget"; keys: number[] };

/** A cell a fix changed, as the pane lists it. */
export interface ChangedCell {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export type EngineReply =
  | FileView
  | FinanceView
  | CheckView
  | { kind: "previous"; key: number; cadres: number }
  | { kind: "sections"; sections: Section[] }
  | { kind: "report-sheets"; report: ReportData }
  | { kind: "report-bytes"; bytes: Uint8Array }
  | { kind: "consolidated-sheets"; sheets: SheetSpec[]; people: number }
  | { kind: "consolidated-bytes"; bytes: Uint8Array; people: number }
  | { kind: "fixed-bytes"; bytes: Uint8Array; counts: Record<FixKind, number>; changed: ChangedCell[] }
  | { kind: "ok" };

const xlsx = () => import(/* webpackChunkName: "xlsx" */ "../workbook/xlsxFile");
const stream = () => import(/* webpackChunkName: "reader" */ "../workbook/stream/readXlsxStream");

export class Engine {
  private readonly checks = new Map<number, CheckResult>();
  private readonly previous = new Map<number, Cadre[]>();
  private staged = new Map<string, GridSheet>();
  private next = 1;

  async run(job: EngineJob, onProgress: (p: Progress) => void): Promise<EngineReply> {
    switch (job.kind) {
      case "check-file":
        return this.checkFile(job, onProgress);
      case "stage-sheet":
        this.stage(job.piece);
        return { kind: "ok" };
      case "check-staged": {
        const book = new GridWorkbook([...this.staged.values()]);
        this.staged = new Map();
        return this.keep(
          await checkWorkbook(book, { year: job.year, sheets: job.names }, onProgress),
          job.lang,
        );
      }
      case "index": {
        const r = this.checks.get(job.key);
        if (!r) throw new Error(`check ${job.key} is no longer kept`);
        const cadreOf = cadreLookup(r.cadres);
        const names = r.findings.map((f) => cadreOf(f)?.fullName ?? "");
        return { kind: "sections", sections: indexFindings(r.findings, names, messagesFor(job.lang)) };
      }
      case "read-previous": {
        const reader = await open(job.name, job.bytes, onProgress);
        const key = this.next++;
        const cadres = await readPreviousRoster(reader, job.year, job.name);
        this.previous.set(key, cadres);
        return { kind: "previous", key, cadres: cadres.length };
      }
      case "read-finance":
        return financeOf(await open(job.name, job.bytes, onProgress), messagesFor(job.lang));
      case "report":
        return this.report(job, onProgress);
      case "consolidate":
        return this.consolidate(job, onProgress);
      case "fixed-copy":
        return fixedCopy(job, onProgress);
      case "forget":
        for (const k of job.keys) {
          this.checks.delete(k);
          this.previous.delete(k);
        }
        return { kind: "ok" };
    }
  }

  private async checkFile(
    job: Extract<EngineJob, { kind: "check-file" }>,
    onProgress: (p: Progress) => void,
  ): Promise<FileView> {
    const m = messagesFor(job.lang);
    const outcome = await checkFile(
      job.name,
      () => open(job.name, job.bytes, onProgress),
      { year: job.year },
      onProgress,
    );
    if ("result" in outcome)
      return { kind: "roster", view: this.keep(outcome.result, job.lang === "en" ? "en" : "vi") };
    // canbo's own report, opened among the units' files: said, not checked.
    if ("skipped" in outcome) return { kind: "unreadable", error: formatFinding(outcome.skipped, m) };
    // A workbook of the union's funds given among the units' files is the report's finance input, not a bad roster.
    const u = outcome.unreadable;
    if (u.code === "unreadable-file" && u.params.problem === "no-roster") {
      const finance = await financeOf(await open(job.name, job.bytes, () => undefined), m);
      if (finance.kind === "finance") return finance;
    }
    return { kind: "unreadable", error: formatFinding(outcome.unreadable, m) };
  }

  private keep(result: CheckResult, lang: Lang): CheckView {
    const key = this.next++;
    this.checks.set(key, result);
    const cadreOf = cadreLookup(result.cadres);
    const names = result.findings.map((f) => cadreOf(f)?.fullName ?? "");
    return {
      kind: "check",
      key,
      file: result.file,
      sheets: result.sheets,
      summary: result.summary,
      standardsFromSheet: result.standards.origin === "sheet",
      highlight: highlightTargets(result.findings),
      units: summarizeUnits(result.cadres, result.findings, cadreOf),
      sections: indexFindings(result.findings, names, messagesFor(lang)),
      lang,
    };
  }

  private stage(piece: SheetPiece): void {
    const sheet = this.staged.get(piece.name);
    if (!sheet) {
      this.staged.set(piece.name, {
        grid: { name: piece.name, values: piece.rows, merges: piece.merges, fonts: piece.fonts },
        visible: piece.visible,
        owned: piece.owned,
      });
      return;
    }
    for (const row of piece.rows) sheet.grid.values.push(row);
    if (piece.fonts && sheet.grid.fonts) for (const row of piece.fonts) sheet.grid.fonts.push(row);
  }

  /**
   * The checks a report or a consolidation is built from, as the progress bar opens on the build; a key the engine
   * no longer keeps is a fault.
   */
  private startBuild(keys: number[], onProgress: (p: Progress) => void): CheckResult[] {
    onProgress({ step: "build", done: 0, total: 1 });
    return keys.map((k) => {
      const r = this.checks.get(k);
      if (!r) throw new Error(`check ${k} is no longer kept`);
      return r;
    });
  }

  private async report(
    { keys, inputs, output }: Extract<EngineJob, { kind: "report" }>,
    onProgress: (p: Progress) => void,
  ): Promise<EngineReply> {
    const results = this.startBuild(keys, onProgress);
    const previous = inputs.previous && this.previous.get(inputs.previous.key);
    const report = buildReport(
      results.flatMap((r) => r.cadres),
      results.flatMap((r) => r.findings),
      {
        year: inputs.year,
        standards: results[0].standards,
        messages: messagesFor(inputs.lang),
        date: new Date(inputs.date),
        previous,
        finance: inputs.finance?.years,
        parentBody: inputs.parentBody,
        issuer: inputs.issuer,
        place: inputs.place,
        signer: inputs.signer,
        inputs: [
          INPUT_SENTENCES.builtinPlan,
          inputs.finance ? INPUT_SENTENCES.financeFile(inputs.finance.name) : INPUT_SENTENCES.noFinance,
          inputs.previous && previous
            ? INPUT_SENTENCES.previousFile(inputs.previous.name, previous.length)
            : INPUT_SENTENCES.noPrevious,
        ],
        problems: inputs.problems,
      },
    );
    onProgress({ step: "build", done: 1, total: 1 });
    if (output === "sheets") return { kind: "report-sheets", report };
    // The report of files is a new workbook (the user's files are never re-saved), written here, off the pane.
    const { XlsxWorkbook } = await xlsx();
    const wb = XlsxWorkbook.create();
    await writeReportSheets(wb, report, onProgress);
    return { kind: "report-bytes", bytes: await wb.toBytes() };
  }

  /** Tổng hợp: the consolidated roster of the checks kept (a sheet in Excel mode, a workbook of files). */
  private async consolidate(
    { keys, inputs, output }: Extract<EngineJob, { kind: "consolidate" }>,
    onProgress: (p: Progress) => void,
  ): Promise<EngineReply> {
    const results = this.startBuild(keys, onProgress);
    const batch = joinOutcomes(results.map((r) => ({ path: r.file ?? "", result: r })));
    const { roster, sheets } = consolidate(batch, {
      year: inputs.year,
      messages: messagesFor(inputs.lang),
      standards: results[0].standards,
      heading: {
        parentBody: inputs.parentBody,
        issuer: inputs.issuer,
        place: inputs.place,
        date: new Date(inputs.date),
        signature: { rightName: inputs.signer },
      },
    });
    onProgress({ step: "build", done: 1, total: 1 });
    if (output === "sheets") return { kind: "consolidated-sheets", sheets, people: roster.count };
    const { XlsxWorkbook } = await xlsx();
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(sheets);
    return { kind: "consolidated-bytes", bytes: await wb.toBytes(), people: roster.count };
  }
}

/**
 * "Tải bản đã sửa": a file's certain fixes patched into a copy of its own package (only the changed cells; every
 * other part byte for byte), with what changed. The bytes given are never changed.
 */
async function fixedCopy(
  job: Extract<EngineJob, { kind: "fixed-copy" }>,
  onProgress: (p: Progress) => void,
): Promise<EngineReply> {
  const { patchXlsx } = await import(/* webpackChunkName: "patch" */ "../workbook/patch");
  const bytes = job.bytes instanceof Uint8Array ? job.bytes : new Uint8Array(await job.bytes.arrayBuffer());
  const { fixes } = await findFixes(await open(job.name, bytes, onProgress), {
    year: job.year,
    file: job.name,
    wholeSheets: true,
  });
  const patched = await patchXlsx(bytes, fixes);
  return {
    kind: "fixed-bytes",
    bytes: patched.bytes,
    counts: countByKind(patched.applied),
    changed: patched.applied.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      before: String(f.before),
      after: fixedText(f),
    })),
  };
}

/**
 * Opens a file's bytes for reading: streamed into rows, or through ExcelJS in browsers without DecompressionStream.
 * Progress counts the sheets' bytes as they are inflated.
 */
async function open(name: string, file: FileBytes, onProgress: (p: Progress) => void): Promise<SheetReader> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  const { canInflate, readXlsxStream } = await stream();
  if (canInflate())
    return readXlsxStream(bytes, {
      fileName: name,
      onProgress: (done, total) => onProgress({ step: "read", sheet: name, done, total, unit: "bytes" }),
    });
  const { XlsxWorkbook } = await xlsx();
  return XlsxWorkbook.open(bytes, { fileName: name });
}

async function financeOf(reader: SheetReader, m: Messages): Promise<FinanceView> {
  const read = await readFinanceInput(reader);
  if (read.years.length && read.problems.length === 0) return { kind: "finance", years: read.years };
  // No year and no cell to blame: the table was not found, and the pane says what it needs.
  const problems = read.problems.length
    ? read.problems
    : [sheetProblem("A1", "no-header", { table: "finance" })];
  return {
    kind: "not-finance",
    problems: problems.map((p) => formatSheetProblem(p, m, read.sheet || undefined)),
  };
}

import path from "node:path";
import { buildReport, type ReportRequest } from "../app/buildReport";
import { checkWorkbook, readStandardsFrom } from "../app/check";
import { countedOnce } from "../app/countedOnce";
import { toCheckDocument } from "../app/jsonDocument";
import { INPUT_SENTENCES } from "../app/inputSentences";
import { toReportDocument } from "../app/reportDocument";
import { writeReportSheets } from "../app/writeReports";
import { FINANCE_SHEET_NAME, readFinanceSheet } from "../core/finance";
import { readPlanSheet } from "../core/schedule";
import { DEFAULT_FRAMEWORK, type StandardsFramework } from "../core/standards";
import { formatFinding, formatSheetProblem, type Messages, type SheetProblem } from "../core/messages";
import { messagesFor, type Dictionary } from "../i18n";
import { WorkbookError } from "../workbook/port";
import type { Grid } from "../core/grid";
import type { GridWorkbook } from "../workbook/gridWorkbook";
import { readXlsxGrids } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { newOutputWorkbook, optionFileSentence, saveOutput } from "./outputFile";
import { prepareBatch, type Io } from "./prepareBatch";
import { shownPath } from "./printable";
import { writeJson } from "./writeJson";
import { exitCode, runBatch } from "./commandCheck";

/** The optional inputs as the report uses them, with a sentence for each and for each that could not be used. */
type Inputs = Pick<ReportRequest, "plan" | "finance" | "previous" | "inputs" | "problems"> & {
  standards?: StandardsFramework;
};

/**
 * `canbo report`: checks the rosters, then writes the yearly report workbook ("Thông tin báo cáo" first, then the
 * findings, attainment, phụ lục and statistics) — or, with --json and no --out, prints the check document with the
 * report's data and writes no file. An existing file is never replaced without --force: the report goes to
 * "name (2).xlsx" and the command says so. Any input that cannot be used (a roster, --standards, --plan, --finance,
 * --previous) is named on the report's first sheet and makes the exit code 2.
 */
export async function commandReport(args: CliArgs, io: Io): Promise<number> {
  const writeFile = args.out !== undefined || !args.json;
  const wanted = args.out ?? `bao-cao-${args.year}.xlsx`;
  // Before anything runs: never over an input, never over a file unless --force, into a folder that exists.
  const batch = await prepareBatch(args, io, {
    yearRequired: true,
    out: writeFile ? wanted : undefined,
    inputs: [args.standards, args.plan === "builtin" ? undefined : args.plan, args.finance, args.previous],
  });
  if (!batch) return 2;
  const { m, year, paths, jobs, output: choice } = batch;

  const inputs = await readInputs(args, year, m, io);
  const result = await runBatch(paths, { year, standards: inputs.standards }, jobs, io, {
    m,
    quiet: args.json,
    keep: "whole",
  });
  const cadres = result.files.flatMap((f) => ("result" in f ? f.result.cadres : []));
  const first = result.files.find((f) => "result" in f);
  const standards =
    inputs.standards ?? (first && "result" in first ? first.result.standards : DEFAULT_FRAMEWORK);
  const out = choice?.path;
  const dir = path.dirname(path.resolve(out ?? wanted));
  // The findings sheet speaks the user's language, as the pane's report does; the official sheets are Vietnamese.
  const report = buildReport(cadres, result.findings, {
    year,
    standards,
    standardsFile: inputs.standards ? args.standards : undefined,
    messages: m,
    date: new Date(),
    parentBody: args.parent,
    issuer: args.org,
    symbol: args.symbol,
    place: args.place,
    signer: args.signer,
    preparer: args.preparer,
    ...(args.recipients.length ? { recipients: args.recipients } : {}),
    linkFile: (file) => (file ? path.relative(dir, path.resolve(file)).split(path.sep).join("/") : undefined),
    plan: inputs.plan,
    finance: inputs.finance,
    previous: inputs.previous,
    inputs: inputs.inputs,
    problems: inputs.problems,
  });

  if (choice) {
    const wb = await newOutputWorkbook();
    await writeReportSheets(wb, report);
    if (!(await saveOutput(wb, choice, m.cli, io, args.json ? io.stderr : io.stdout))) return 2;
  }
  if (args.json) await writeJson(io.stdout, toReportDocument(toCheckDocument(result, m), report));
  else {
    const s = result.summary;
    io.stdout.write(m.cli.total(result.files.length, s.cadres, s.errors, s.warnings, s.infos) + "\n");
  }
  return inputs.problems?.length ? 2 : exitCode(result);
}

/**
 * Reads --standards, --plan, --finance and --previous. One that cannot be used becomes a sentence in `problems`
 * (the report is then marked incomplete and the command exits 2) instead of stopping the report.
 */
async function readInputs(args: CliArgs, year: number, m: Dictionary, io: Io): Promise<Inputs> {
  const out: Inputs = { inputs: [], problems: [] };
  const inputs = out.inputs as string[];
  const problems = out.problems as string[];
  const say = INPUT_SENTENCES;
  const report = messagesFor("vi");
  const attempt = async (option: string, file: string, read: () => Promise<void>) => {
    try {
      await read();
    } catch (e) {
      // A file that cannot be used at all gets the sentence a roster would; a sheet that cannot be read, its cells'
      // problems. The console speaks the user's language, the report's first sheet Vietnamese.
      const sentence = optionFileSentence(e, m);
      if (sentence !== undefined) {
        problems.push(say.unreadable(file, [optionFileSentence(e, report)!]));
        io.stderr.write(m.cli.optionUnreadable(option, shownPath(file), sentence) + "\n");
        return;
      }
      if (!(e instanceof InputProblem)) throw e;
      problems.push(say.unreadable(file, e.say(report)));
      io.stderr.write(m.cli.inputUnreadable(shownPath(file), e.say(m)) + "\n");
    }
  };
  if (args.standards) {
    const file = args.standards;
    await attempt("--standards", file, async () => {
      const read = await readStandardsFrom(await readXlsxGrids(file), file);
      if (!read.framework) throw new InputProblem((lang) => read.findings.map((f) => formatFinding(f, lang)));
      out.standards = read.framework;
    });
  }
  if (args.plan && args.plan !== "builtin") {
    const file = args.plan;
    await attempt("--plan", file, async () => {
      const wb = await readXlsxGrids(file);
      const sheet = await firstSheet(wb);
      const read = readPlanSheet(sheet);
      if (read.problems.length || read.rows.length === 0) throw sheetProblems(read.problems, sheet.name);
      out.plan = read.rows;
      inputs.push(say.planFile(path.basename(file), read.rows.length));
    });
  } else inputs.push(say.builtinPlan);
  if (args.finance) {
    const file = args.finance;
    await attempt("--finance", file, async () => {
      const wb = await readXlsxGrids(file);
      const sheet = await firstSheet(wb, FINANCE_SHEET_NAME);
      const read = readFinanceSheet(sheet);
      if (read.problems.length) throw sheetProblems(read.problems, sheet.name);
      out.finance = read.years;
      inputs.push(say.financeFile(path.basename(file)));
    });
  } else inputs.push(say.noFinance);
  if (args.previous) {
    const file = args.previous;
    await attempt("--previous", file, async () => {
      const result = await checkWorkbook(await readXlsxGrids(file), {
        year: year - 1,
        file,
        standards: out.standards,
      });
      if (!result.sheets.some((s) => s.headerRows !== null)) throw new WorkbookError("no-roster");
      out.previous = countedOnce(result.cadres, result.findings).cadres;
      inputs.push(say.previousFile(path.basename(file), out.previous.length));
    });
  } else inputs.push(say.noPrevious);
  return out;
}

/** An input whose cells could not be read: its problems as sentences in the language asked. */
class InputProblem extends Error {
  constructor(readonly say: (m: Messages) => string[]) {
    super("input problem");
  }
}

function sheetProblems(problems: readonly SheetProblem[], sheet: string): InputProblem {
  return new InputProblem((m) => problems.map((p) => formatSheetProblem(p, m, sheet)));
}

/** The sheet of that name, else the first; an empty grid for a workbook without sheets (its reader then says so). */
async function firstSheet(wb: GridWorkbook, preferred?: string): Promise<Grid> {
  const sheets = await wb.listSheets();
  const sheet = sheets.find((s) => s.name === preferred) ?? sheets[0];
  return sheet ? wb.readSheet(sheet.name) : { name: "", values: [], merges: [] };
}

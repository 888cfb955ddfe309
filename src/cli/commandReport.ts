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
import { cliEn, cliVi, type CliMessages } from "../i18n/cli";
import { formatFinding } from "../core/findings";
import { messagesFor, vi } from "../i18n";
import { WorkbookError } from "../workbook/port";
import type { Grid } from "../core/grid";
import type { Messages } from "../i18n";
import type { GridWorkbook } from "../workbook/gridWorkbook";
import { readXlsxGrids } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { collectFiles } from "./collectFiles";
import { newOutputWorkbook, optionFileSentence, prepareOutput, saveOutput } from "./outputFile";
import { shownPath } from "./printable";
import { writeJson } from "./writeJson";
import { exitCode, resolveJobs, resolveYear, runBatch, type Io } from "./commandCheck";

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
  const m = messagesFor(args.lang);
  const cm = args.lang === "en" ? cliEn : cliVi;
  if (!args.year) {
    io.stderr.write(cm.yearRequired + "\n");
    return 2;
  }
  const year = resolveYear(args.year, cm, io);
  if (year === undefined) return 2;
  const paths = await collectFiles(args.paths);
  if (paths.length === 0) {
    io.stderr.write(cm.noFiles + "\n");
    return 2;
  }
  const jobs = resolveJobs(args.jobs, cm, io);
  if (jobs === undefined) return 2;

  const writeFile = args.out !== undefined || !args.json;
  const wanted = args.out ?? `bao-cao-${year}.xlsx`;
  // Before anything runs: never over an input, never over a file unless --force, into a folder that exists.
  const choice = writeFile
    ? await prepareOutput(
        {
          wanted,
          force: args.force,
          inputs: [...paths, args.standards, args.plan, args.finance, args.previous].filter(
            (p): p is string => p !== undefined && p !== "builtin",
          ),
        },
        cm,
        io,
      )
    : undefined;
  if (writeFile && !choice) return 2;

  const inputs = await readInputs(args, year, m, cm, io);
  const batch = await runBatch(paths, { year, standards: inputs.standards }, jobs, cm, io, args.json);
  const cadres = batch.files.flatMap((f) => ("result" in f ? f.result.cadres : []));
  const first = batch.files.find((f) => "result" in f);
  const standards =
    inputs.standards ?? (first && "result" in first ? first.result.standards : DEFAULT_FRAMEWORK);
  const out = choice?.path;
  const dir = path.dirname(path.resolve(out ?? wanted));
  const report = buildReport(cadres, batch.findings, {
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
    if (!(await saveOutput(wb, choice, cm, io, args.json ? io.stderr : io.stdout))) return 2;
  }
  if (args.json) await writeJson(io.stdout, toReportDocument(toCheckDocument(batch, m), report));
  else {
    const s = batch.summary;
    io.stdout.write(cm.total(batch.files.length, s.cadres, s.errors, s.warnings, s.infos) + "\n");
  }
  return inputs.problems?.length ? 2 : exitCode(batch);
}

/**
 * Reads --standards, --plan, --finance and --previous. One that cannot be used becomes a sentence in `problems`
 * (the report is then marked incomplete and the command exits 2) instead of stopping the report.
 */
async function readInputs(
  args: CliArgs,
  year: number,
  m: Messages,
  cm: CliMessages,
  io: Io,
): Promise<Inputs> {
  const out: Inputs = { inputs: [], problems: [] };
  const inputs = out.inputs as string[];
  const problems = out.problems as string[];
  const say = INPUT_SENTENCES;
  const attempt = async (option: string, file: string, read: () => Promise<void>) => {
    try {
      await read();
    } catch (e) {
      // A file that cannot be used at all gets the sentence a roster would (the report's own sheet is Vietnamese);
      // a sheet that cannot be read, its cells' problems.
      const sentence = optionFileSentence(e, file, m);
      if (sentence !== undefined) {
        problems.push(say.unreadable(file, [{ cell: "", message: optionFileSentence(e, file, vi)! }]));
        io.stderr.write(cm.optionUnreadable(option, shownPath(file), sentence) + "\n");
        return;
      }
      const cells = problemsOf(e);
      problems.push(say.unreadable(file, cells));
      io.stderr.write(cm.inputUnreadable(shownPath(file), cells) + "\n");
    }
  };
  if (args.standards) {
    const file = args.standards;
    await attempt("--standards", file, async () => {
      const read = await readStandardsFrom(await readXlsxGrids(file), file);
      if (!read.framework)
        throw new InputProblem(
          read.findings.map((f) => ({ cell: f.cell ?? "", message: formatFinding(f, vi) })),
        );
      out.standards = read.framework;
    });
  }
  if (args.plan && args.plan !== "builtin") {
    const file = args.plan;
    await attempt("--plan", file, async () => {
      const wb = await readXlsxGrids(file);
      const read = readPlanSheet(await firstSheet(wb));
      if (read.problems.length || read.rows.length === 0) throw new InputProblem(read.problems);
      out.plan = read.rows;
      inputs.push(say.planFile(path.basename(file), read.rows.length));
    });
  } else inputs.push(say.builtinPlan);
  if (args.finance) {
    const file = args.finance;
    await attempt("--finance", file, async () => {
      const wb = await readXlsxGrids(file);
      const read = readFinanceSheet(await firstSheet(wb, FINANCE_SHEET_NAME));
      if (read.problems.length) throw new InputProblem(read.problems);
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
      if (!result.sheets.some((s) => s.headerRows !== null)) throw new WorkbookError("no-roster", file);
      out.previous = countedOnce(result.cadres, result.findings).cadres;
      inputs.push(say.previousFile(path.basename(file), out.previous.length));
    });
  } else inputs.push(say.noPrevious);
  return out;
}

/** Cells of an input that could not be read, carried to the sentence that names them. */
class InputProblem extends Error {
  constructor(readonly cells: { cell: string; message: string }[]) {
    super("input problem");
  }
}

function problemsOf(e: unknown): { cell: string; message: string }[] {
  if (e instanceof InputProblem) return e.cells;
  throw e;
}

/** The sheet of that name, else the first; an empty grid for a workbook without sheets (its reader then says so). */
async function firstSheet(wb: GridWorkbook, preferred?: string): Promise<Grid> {
  const sheets = await wb.listSheets();
  const sheet = sheets.find((s) => s.name === preferred) ?? sheets[0];
  return sheet ? wb.readSheet(sheet.name) : { name: "", values: [], merges: [] };
}

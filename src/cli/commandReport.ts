import { promises as fs } from "node:fs";
import path from "node:path";
import { buildReport, type ReportRequest } from "../app/buildReport";
import { checkWorkbook, readStandardsFrom } from "../app/check";
import { countedOnce } from "../app/countedOnce";
import { toCheckDocument } from "../app/jsonDocument";
import { INPUT_SENTENCES } from "../app/inputSentences";
import { chooseOutputPath } from "../app/outputPath";
import { toReportDocument } from "../app/reportDocument";
import { writeReportSheets } from "../app/writeReports";
import { FINANCE_SHEET_NAME, readFinanceSheet } from "../core/finance";
import { readPlanSheet } from "../core/schedule";
import { DEFAULT_FRAMEWORK, type StandardsFramework } from "../core/standards";
import { cliEn, cliVi, type CliMessages } from "../i18n/cli";
import { formatFinding } from "../core/findings";
import { messagesFor, vi } from "../i18n";
import { WorkbookError } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsxFile";
import { readXlsxGrids, saveXlsxFile } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { collectFiles } from "./collectFiles";
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
  const choice = writeFile
    ? await chooseOutputPath(wanted, {
        force: args.force,
        inputs: [...paths, args.standards, args.plan, args.finance, args.previous].filter(
          (p): p is string => p !== undefined && p !== "builtin",
        ),
        exists: (p) =>
          fs.stat(p).then(
            () => true,
            () => false,
          ),
        same: (p) => path.resolve(p),
      })
    : undefined;
  if (choice && "refused" in choice) {
    io.stderr.write(cm.outIsInput(choice.path) + "\n");
    return 2;
  }

  const inputs = await readInputs(args, year, cm, io);
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

  if (out && choice && !("refused" in choice)) {
    const wb = XlsxWorkbook.create();
    await writeReportSheets(wb, report);
    await saveXlsxFile(wb, out);
    const said = choice.renamed ? cm.wroteInstead(wanted, out) : cm.wrote(out);
    (args.json ? io.stderr : io.stdout).write(said + "\n");
  }
  if (args.json)
    io.stdout.write(JSON.stringify(toReportDocument(toCheckDocument(batch, m), report), null, 2) + "\n");
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
async function readInputs(args: CliArgs, year: number, cm: CliMessages, io: Io): Promise<Inputs> {
  const out: Inputs = { inputs: [], problems: [] };
  const inputs = out.inputs as string[];
  const problems = out.problems as string[];
  const say = INPUT_SENTENCES;
  const attempt = async (file: string, read: () => Promise<void>) => {
    try {
      await read();
    } catch (e) {
      const cells = problemsOf(e);
      problems.push(say.unreadable(file, cells));
      io.stderr.write(cm.inputUnreadable(file, cells) + "\n");
    }
  };
  if (args.standards) {
    const file = args.standards;
    await attempt(file, async () => {
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
    await attempt(file, async () => {
      const wb = await readXlsxGrids(file);
      const read = readPlanSheet(await wb.readSheet((await wb.listSheets())[0].name));
      if (read.problems.length || read.rows.length === 0) throw new InputProblem(read.problems);
      out.plan = read.rows;
      inputs.push(say.planFile(path.basename(file), read.rows.length));
    });
  } else inputs.push(say.builtinPlan);
  if (args.finance) {
    const file = args.finance;
    await attempt(file, async () => {
      const wb = await readXlsxGrids(file);
      const sheets = await wb.listSheets();
      const sheet = sheets.find((s) => s.name === FINANCE_SHEET_NAME) ?? sheets[0];
      const read = readFinanceSheet(await wb.readSheet(sheet.name));
      if (read.problems.length) throw new InputProblem(read.problems);
      out.finance = read.years;
      inputs.push(say.financeFile(path.basename(file)));
    });
  } else inputs.push(say.noFinance);
  if (args.previous) {
    const file = args.previous;
    await attempt(file, async () => {
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
  if (e instanceof WorkbookError) return [{ cell: "", message: e.message }];
  throw e;
}

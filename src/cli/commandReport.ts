import { buildReport } from "../app/buildReport";
import { checkWorkbook } from "../app/check";
import { toCheckDocument } from "../app/jsonDocument";
import { toReportDocument } from "../app/reportDocument";
import { writeReportSheets } from "../app/writeReports";
import type { Cadre } from "../core/cadre";
import { FINANCE_SHEET_NAME, readFinanceSheet, type FinanceYear } from "../core/finance";
import { readPlanSheet, type ScheduleRow } from "../core/schedule";
import { DEFAULT_FRAMEWORK } from "../core/standards";
import { cliEn, cliVi, type CliMessages } from "../i18n/cli";
import { messagesFor } from "../i18n";
import { XlsxWorkbook } from "../workbook/xlsxFile";
import { readXlsxGrids, saveXlsxFile } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { collectFiles } from "./collectFiles";
import { exitCode, resolveJobs, resolveYear, runBatch, type Io } from "./commandCheck";

/**
 * `canbo report`: checks the rosters, then writes the yearly report workbook (findings, attainment, phụ lục,
 * statistics) — or, with --json, prints the check document with indicators, schedule and statistics.
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
  const inputs = await readInputs(args, year, cm, io);
  if (!inputs) return 2;

  const batch = await runBatch(paths, { year }, jobs, cm, io, args.json);
  const cadres = batch.files.flatMap((f) => ("result" in f ? f.result.cadres : []));
  const first = batch.files.find((f) => "result" in f);
  const standards = first && "result" in first ? first.result.standards : DEFAULT_FRAMEWORK;
  const report = buildReport(cadres, batch.findings, {
    year,
    standards,
    messages: m,
    date: new Date(),
    org: args.org,
    place: args.place,
    ...inputs,
  });

  const out = args.out ?? `bao-cao-${year}.xlsx`;
  const wb = XlsxWorkbook.create();
  await writeReportSheets(wb, report);
  await saveXlsxFile(wb, out);
  if (args.json)
    io.stdout.write(JSON.stringify(toReportDocument(toCheckDocument(batch, m), report), null, 2) + "\n");
  else {
    const s = batch.summary;
    io.stdout.write(cm.total(batch.files.length, s.cadres, s.errors, s.warnings, s.infos) + "\n");
    io.stdout.write(cm.wrote(out) + "\n");
  }
  return exitCode(batch);
}

/** The optional inputs: a plan workbook, a finance workbook and last year's roster. */
async function readInputs(
  args: CliArgs,
  year: number,
  cm: CliMessages,
  io: Io,
): Promise<{ plan?: ScheduleRow[]; finance?: FinanceYear[]; previous?: Cadre[] } | undefined> {
  const out: { plan?: ScheduleRow[]; finance?: FinanceYear[]; previous?: Cadre[] } = {};
  try {
    if (args.plan && args.plan !== "builtin") {
      const wb = await readXlsxGrids(args.plan);
      const first = (await wb.listSheets())[0];
      const read = readPlanSheet(await wb.readSheet(first.name));
      if (read.problems.length || read.rows.length === 0)
        return fail(cm.inputUnreadable(args.plan, read.problems), io);
      out.plan = read.rows;
    }
    if (args.finance) {
      const wb = await readXlsxGrids(args.finance);
      const sheets = await wb.listSheets();
      const sheet = sheets.find((s) => s.name === FINANCE_SHEET_NAME) ?? sheets[0];
      const read = readFinanceSheet(await wb.readSheet(sheet.name));
      if (read.problems.length) return fail(cm.inputUnreadable(args.finance, read.problems), io);
      out.finance = read.years;
    }
    if (args.previous) {
      const result = await checkWorkbook(await readXlsxGrids(args.previous), {
        year: year - 1,
        file: args.previous,
      });
      out.previous = result.cadres;
    }
  } catch (e) {
    return fail(cm.inputUnreadable(String((e as Error).message), []), io);
  }
  return out;
}

function fail(message: string, io: Io): undefined {
  io.stderr.write(message + "\n");
  return undefined;
}

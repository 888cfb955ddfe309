import path from "node:path";
import { SingleBar } from "cli-progress";
import { checkFiles, checkFilesListed, type BatchResult, type CheckedFile } from "../app/checkFiles";
import type { OnJoined } from "../app/joinOutcomes";
import { readStandardsFrom } from "../app/check";
import type { CheckRequest } from "../app/types";
import { writeCheckReport } from "../app/writeCheckReport";
import { formatFinding } from "../core/messages";
import { STANDARDS_SHEET_NAME, type StandardsFramework } from "../core/standards";
import type { Dictionary } from "../i18n";
import { readXlsxGrids } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { CheckJson } from "./checkJson";
import { checkInWorkers, type Keep, type Kept } from "./checkInWorkers";
import { newOutputWorkbook, openOptionFile, saveOutput } from "./outputFile";
import { prepareBatch, type Io } from "./prepareBatch";
import { oneLine, shownPath } from "./printable";
import { writeJson } from "./writeJson";

/** How many findings per file the readable summary lists before pointing at --out / --json. */
const LISTED_PER_FILE = 15;

/** `canbo check`: checks every file, prints a summary (or the JSON document), optionally writes the result workbook. */
export async function commandCheck(args: CliArgs, io: Io): Promise<number> {
  const batch = await prepareBatch(args, io, {
    yearRequired: false,
    out: args.out,
    inputs: [args.standards],
  });
  if (!batch) return 2;
  const { m, year, paths, jobs, output } = batch;
  let standards: StandardsFramework | undefined;
  if (args.standards) {
    standards = await loadStandardsFile(args.standards, m, io);
    if (!standards) return 2;
  }
  const json = args.json ? new CheckJson(m) : undefined;
  const result = await runBatch(paths, { year, standards }, jobs, io, {
    m,
    quiet: args.json,
    keep: "checked",
    onJoined: json?.add,
  });

  if (json) await writeJson(io.stdout, json.document(result));
  else printSummary(result, m, io);
  if (output) {
    const wb = await newOutputWorkbook();
    const dir = path.dirname(path.resolve(output.path));
    await writeCheckReport(wb, result, {
      year,
      date: new Date(),
      messages: m,
      linkFile: (file) =>
        file ? path.relative(dir, path.resolve(file)).split(path.sep).join("/") : undefined,
    });
    if (!(await saveOutput(wb, output, m.cli, io, args.json ? undefined : io.stdout))) return 2;
  }
  return exitCode(result);
}

/** 2 when a file could not be used, else 1 when a roster has errors, else 0. */
export function exitCode(batch: BatchResult<CheckedFile>): number {
  if (batch.files.some((f) => "unreadable" in f)) return 2;
  return batch.summary.errors > 0 ? 1 : 0;
}

/**
 * How a batch is run: the user's language (for the progress bar), whether the command speaks only through its
 * JSON, what it keeps of each file (a report every file's whole check, the check command what its outputs need),
 * and who hears of each file as it is joined.
 */
export interface BatchRun<K extends Keep> {
  m: Dictionary;
  quiet: boolean;
  keep: K;
  onJoined?: OnJoined<CheckedFile>;
}

export async function runBatch<K extends Keep>(
  paths: string[],
  request: Omit<CheckRequest, "file">,
  jobs: number,
  io: Io,
  { m, quiet, keep, onJoined }: BatchRun<K>,
): Promise<BatchResult<Kept<K>>> {
  const showBar = paths.length > 1 && !quiet && io.stderr.isTTY === true;
  const bar = showBar
    ? new SingleBar({ format: `${m.cli.progress} [{bar}] {value}/{total} {file}`, stream: io.stderr })
    : undefined;
  bar?.start(paths.length, 0, { file: "" });
  const onFile = (done: number, _total: number, file: string) =>
    bar?.update(done, { file: oneLine(path.basename(file)) });
  // One file gains nothing from a worker; several go to workers (--jobs of them), so one file that brings a worker
  // down costs only its own line.
  const batch =
    paths.length > 1
      ? await checkInWorkers(paths, request, { jobs, keep, onFile, onJoined })
      : ((keep === "checked"
          ? await checkFilesListed(paths, readXlsxGrids, request, onFile, onJoined)
          : await checkFiles(paths, readXlsxGrids, request, onFile, onJoined)) as BatchResult<Kept<K>>);
  bar?.stop();
  return batch;
}

/** The --standards file's framework; the file's own sentence when it cannot be used, or the sheet's problems. */
async function loadStandardsFile(
  file: string,
  m: Dictionary,
  io: Io,
): Promise<StandardsFramework | undefined> {
  const wb = await openOptionFile("--standards", file, m, io);
  if (!wb) return undefined;
  const hasSheet = (await wb.listSheets()).some((s) => s.name === STANDARDS_SHEET_NAME);
  const read = hasSheet ? await readStandardsFrom(wb, file) : { findings: [], framework: undefined };
  for (const f of read.findings) io.stderr.write(oneLine(formatFinding(f, m)) + "\n");
  if (!read.framework) io.stderr.write(m.cli.standardsUnreadable(shownPath(file)) + "\n");
  return read.framework;
}

/** One line per file (its path escaped when it holds line breaks or controls), then its first findings, indented. */
function printSummary(batch: BatchResult<CheckedFile>, m: Dictionary, io: Io): void {
  const cm = m.cli;
  for (const f of batch.files) {
    if (!("result" in f)) {
      const said = "unreadable" in f ? f.unreadable : f.skipped;
      io.stdout.write(cm.unreadable(shownPath(f.path), oneLine(formatFinding(said, m))) + "\n");
      continue;
    }
    const s = f.result.summary;
    io.stdout.write(cm.fileLine(shownPath(f.path), s.cadres, s.errors, s.warnings, s.infos) + "\n");
    const listed = f.result.findings.filter((x) => x.severity !== "info").slice(0, LISTED_PER_FILE);
    for (const x of listed) {
      const hint = x.suggestion ? cm.suggestion(x.suggestion) : "";
      const line = `${m.severity[x.severity]}: ${x.sheet ? `[${x.sheet}] ` : ""}${formatFinding(x, m)}${hint}`;
      io.stdout.write(`  ${oneLine(line)}\n`);
    }
    const rest = f.result.findings.filter((x) => x.severity !== "info").length - listed.length;
    if (rest > 0) io.stdout.write(cm.more(rest) + "\n");
  }
  const s = batch.summary;
  io.stdout.write(cm.total(batch.files.length, s.cadres, s.errors, s.warnings, s.infos) + "\n");
}

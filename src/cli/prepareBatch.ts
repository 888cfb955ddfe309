import os from "node:os";
import { parseYear } from "../app/parseYear";
import { messagesFor, type Dictionary } from "../i18n";
import type { CliArgs } from "./args";
import { collectFiles } from "./collectFiles";
import { prepareOutput, type ChosenOutput } from "./outputFile";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** What both commands settle before any file is read. */
export interface Batch {
  m: Dictionary;
  year: number;
  paths: string[];
  jobs: number;
  /** Where the workbook goes, when one is written. */
  output?: ChosenOutput;
}

/**
 * Settles what `canbo check` and `canbo report` share, before anything runs: the language, the report year (the
 * pane's year parser; the current year when it may be left out), the files, the worker threads, and where the
 * output goes — never over an input. Each refusal is said on stderr in the user's language; undefined then (exit 2).
 */
export async function prepareBatch(
  args: CliArgs,
  io: Io,
  options: {
    /** The report needs its year; a check defaults to the current one. */
    yearRequired: boolean;
    /** The output file asked for (or the default name), when a workbook is written. */
    out?: string;
    /** Option files besides the rosters, which the output must not overwrite either. */
    inputs?: readonly (string | undefined)[];
  },
): Promise<Batch | undefined> {
  const m = messagesFor(args.lang);
  const refuse = (sentence: string) => void io.stderr.write(sentence + "\n");
  if (options.yearRequired && args.year === undefined) return refuse(m.cli.yearRequired);
  const year = args.year === undefined ? { year: new Date().getFullYear() } : parseYear(args.year);
  if ("problem" in year) return refuse(m.cli.badYear[year.problem](args.year ?? ""));
  const paths = await collectFiles(args.paths);
  if (paths.length === 0) return refuse(m.cli.noFiles);
  const jobs = args.jobs === undefined ? os.availableParallelism() : Number(args.jobs);
  if (args.jobs !== undefined && (!/^\d{1,3}$/.test(args.jobs) || jobs < 1))
    return refuse(m.cli.badJobs(args.jobs));
  if (options.out === undefined) return { m, year: year.year, paths, jobs };
  const inputs = [...paths, ...(options.inputs ?? [])].filter((p): p is string => p !== undefined);
  const output = await prepareOutput({ wanted: options.out, force: args.force, inputs }, m.cli, io);
  return output ? { m, year: year.year, paths, jobs, output } : undefined;
}

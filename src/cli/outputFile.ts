import { statSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { describeFailure } from "../app/describeFailure";
import { chooseOutputPath } from "../app/outputPath";
import { isActionProblem } from "../core/findings";
import type { Messages } from "../core/messages";
import type { CliMessages, Dictionary } from "../i18n";
import { isWorkbookError } from "../workbook/port";
import type { XlsxWorkbook } from "../workbook/xlsxFile";
import type { GridWorkbook } from "../workbook/gridWorkbook";
import { readXlsxGrids, saveXlsxFile } from "../workbook/xlsxNode";
import type { Io } from "./prepareBatch";
import { oneLine, shownPath } from "./printable";

/**
 * The files a command writes, decided before anything runs and written without ever losing one (the rule is
 * chooseOutputPath's, shared with the page), and the sentence for an option file that cannot be used.
 */

export interface ChosenOutput {
  path: string;
  /** The name the user asked for (or the default one). */
  asked: string;
  /** The asked name was taken: the next free one was chosen. */
  renamed: boolean;
  /** An existing file is replaced (--force). */
  replaced: boolean;
}

/**
 * Where to write `wanted`: an output that is one of the inputs (the same file however it is spelt or linked) is
 * refused, a folder that does not exist or a folder given as the output is named as the user wrote it; each with
 * its sentence, and undefined.
 */
export async function prepareOutput(
  request: { wanted: string; force: boolean; inputs: readonly string[] },
  cm: CliMessages,
  io: Io,
): Promise<ChosenOutput | undefined> {
  const { wanted } = request;
  const refuse = (sentence: string) => {
    io.stderr.write(sentence + "\n");
    return undefined;
  };
  const folder = await stat(path.dirname(path.resolve(wanted))).catch(() => undefined);
  if (!folder?.isDirectory())
    return refuse(cm.outFolderMissing(shownPath(wanted), shownPath(path.dirname(wanted))));
  if ((await stat(wanted).catch(() => undefined))?.isDirectory())
    return refuse(cm.outIsFolder(shownPath(wanted)));
  const choice = await chooseOutputPath(wanted, {
    force: request.force,
    inputs: request.inputs,
    exists: (p) =>
      stat(p).then(
        () => true,
        () => false,
      ),
    same: fileIdentity,
  });
  if ("refused" in choice) return refuse(cm.outIsInput(shownPath(choice.path)));
  return { ...choice, asked: wanted };
}

/** One key per file however it is spelt or linked (device and inode: a hard link or another letter case on Windows and macOS is the same file); its absolute path when it does not exist. */
function fileIdentity(p: string): string {
  try {
    const s = statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return path.resolve(p);
  }
}

/**
 * A new workbook for --out. ExcelJS is loaded here and nowhere else on the command's path: it was 85 % of the
 * command's start-up, and checking alone never needs it.
 */
export async function newOutputWorkbook(): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await import("../workbook/xlsxFile");
  return XlsxWorkbook.create();
}

/**
 * Saves the workbook where it was decided — never over a file that appeared since, unless replacing was asked —
 * and says where (on `say`, when given); false with the sentence when the disk refuses (no temporary file named).
 */
export async function saveOutput(
  workbook: Pick<XlsxWorkbook, "toBytes">,
  output: ChosenOutput,
  cm: CliMessages,
  io: Io,
  say: NodeJS.WritableStream | undefined,
): Promise<boolean> {
  try {
    await saveXlsxFile(workbook, output.path, { replace: output.replaced });
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code !== "string") throw e;
    io.stderr.write(cm.cannotWrite(shownPath(output.path), code) + "\n");
    return false;
  }
  say?.write(
    (output.renamed
      ? cm.wroteInstead(shownPath(output.asked), shownPath(output.path))
      : cm.wrote(shownPath(output.path))) + "\n",
  );
  return true;
}

/**
 * The sentence for an option file (--plan, --finance, --standards …) that cannot be used, the same as a roster
 * gets, in the messages' language; undefined for anything that is not the file's problem (a fault, thrown on).
 */
export function optionFileSentence(e: unknown, m: Messages): string | undefined {
  if (!isWorkbookError(e) || isActionProblem(e.problem)) return undefined;
  return oneLine(describeFailure(e, m));
}

/** Opens an option file, or says in the user's language why it cannot be used. */
export async function openOptionFile(
  option: string,
  file: string,
  m: Dictionary,
  io: Io,
): Promise<GridWorkbook | undefined> {
  try {
    return await readXlsxGrids(file);
  } catch (e) {
    const sentence = optionFileSentence(e, m);
    if (sentence === undefined) throw e;
    io.stderr.write(m.cli.optionUnreadable(option, shownPath(file), sentence) + "\n");
    return undefined;
  }
}

import path from "node:path";
import { countByKind, findFixes } from "../app/findFixes";
import { fixedText, FIX_KINDS, type CellFix, type FixKind } from "../core/fixes";
import { fixMessages, type FixMessages } from "../i18n/fixes";
import { messagesFor } from "../i18n";
import { patchXlsx } from "../workbook/patch";
import { readXlsxStream } from "../workbook/stream/readXlsxStream";
import { readWorkbookBytes } from "../workbook/xlsxNode";
import type { CliArgs } from "./args";
import { parseYear } from "../app/parseYear";
import type { Io } from "./prepareBatch";
import { optionFileSentence, prepareOutput, saveOutput } from "./outputFile";
import { oneLine, shownPath } from "./printable";
import { writeJson } from "./writeJson";

/** How many changed cells the readable summary lists before pointing at --json. */
const LISTED = 40;

/**
 * `canbo fix <file> --out <file>-da-sua.xlsx [--only kinds]`: a corrected copy of one roster, every certain fix
 * applied by patching only the changed cells of the package (src/workbook/patch); the input is never written, an
 * existing output never replaced without --force. Says how many cells change and lists them; nothing is written
 * when there is nothing to fix. Exit 0 when written (or nothing to do), 2 when the file cannot be used.
 */
export async function commandFix(args: CliArgs, io: Io): Promise<number> {
  const m = messagesFor(args.lang);
  const cm = m.cli;
  const fm = fixMessages(args.lang);
  if (args.paths.length !== 1) {
    io.stderr.write(fm.oneFile + "\n");
    return 2;
  }
  const kinds = parseKinds(args.only, fm, io);
  if (!kinds) return 2;
  const read = args.year === undefined ? { year: new Date().getFullYear() } : parseYear(args.year);
  if ("problem" in read) {
    io.stderr.write(cm.badYear[read.problem](args.year ?? "") + "\n");
    return 2;
  }
  const year = read.year;
  const [file] = args.paths;
  const wanted = args.out ?? defaultOutput(file);
  const output = await prepareOutput({ wanted, force: args.force, inputs: [file] }, cm, io);
  if (!output) return 2;

  let bytes: Uint8Array;
  let found: Awaited<ReturnType<typeof findFixes>>;
  try {
    bytes = await readWorkbookBytes(file);
    const port = await readXlsxStream(bytes, { fileName: path.basename(file) });
    found = await findFixes(port, { year, file, kinds, wholeSheets: true });
  } catch (e) {
    const sentence = optionFileSentence(e, m);
    if (sentence === undefined) throw e;
    io.stderr.write(cm.unreadable(shownPath(file), sentence) + "\n");
    return 2;
  }
  const patched = await patchXlsx(bytes, found.fixes);
  const report = {
    file,
    output: patched.applied.length ? output.path : null,
    counts: countByKind(patched.applied),
    changed: patched.applied.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      before: f.before,
      after: fixedText(f),
    })),
    skipped: patched.skipped.map((s) => ({ sheet: s.fix.sheet, cell: s.fix.cell, reason: s.reason })),
    changedParts: patched.changedParts,
  };
  const say = args.json ? io.stderr : io.stdout;
  if (patched.applied.length === 0) {
    say.write(fm.nothing + "\n");
  } else {
    say.write(fm.will(String(patched.applied.length), describeCounts(report.counts, fm)) + "\n");
    if (!(await saveOutput({ toBytes: async () => patched.bytes }, output, cm, io, say))) return 2;
  }
  if (args.json) await writeJson(io.stdout, report);
  else printChanges(patched.applied, patched.skipped, fm, io);
  return 0;
}

/** "ho-so.xlsx" → "ho-so-da-sua.xlsx", beside the input. */
function defaultOutput(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-da-sua${ext || ".xlsx"}`);
}

function parseKinds(only: string | undefined, fm: FixMessages, io: Io): FixKind[] | undefined {
  if (only === undefined) return [...FIX_KINDS];
  const asked = only
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const k of asked)
    if (!(FIX_KINDS as readonly string[]).includes(k)) {
      io.stderr.write(fm.badOnly(k, FIX_KINDS.join(", ")) + "\n");
      return undefined;
    }
  return asked as FixKind[];
}

function describeCounts(counts: Record<FixKind, number>, fm: FixMessages): string {
  return FIX_KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${fm.kinds[k]}`)
    .join("; ");
}

function printChanges(
  applied: readonly CellFix[],
  skipped: readonly { fix: CellFix; reason: keyof FixMessages["skipped"] }[],
  fm: FixMessages,
  io: Io,
): void {
  for (const f of applied.slice(0, LISTED))
    io.stdout.write(oneLine(fm.line(f.sheet, f.cell, String(f.before), fixedText(f))) + "\n");
  if (applied.length > LISTED) io.stdout.write(fm.more(String(applied.length - LISTED)) + "\n");
  for (const s of skipped)
    io.stdout.write(oneLine(fm.skippedLine(s.fix.sheet, s.fix.cell, fm.skipped[s.reason])) + "\n");
}

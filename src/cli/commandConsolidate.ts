import path from "node:path";
import { consolidate } from "../app/consolidate";
import { rosterSheetName } from "../core/consolidate";
import { DEFAULT_FRAMEWORK } from "../core/standards";
import { consolidateMessages } from "../i18n/consolidate";
import type { CliArgs } from "./args";
import { runBatch } from "./commandCheck";
import { prepareBatch, type Io } from "./prepareBatch";
import { newOutputWorkbook, saveOutput } from "./outputFile";

/**
 * `canbo consolidate <files or folders…> --year Y [--out tong-hop-Y.xlsx]`: one roster from every readable file,
 * each person once, in canonical form, under their upper unit, laid out like the reports. Never writes an input,
 * never replaces a file without --force. Exit 0, or 2 when a file could not be read (the roster is then incomplete,
 * and says so).
 */
export async function commandConsolidate(args: CliArgs, io: Io): Promise<number> {
  const km = consolidateMessages(args.lang ?? "vi");
  if (args.year === undefined) {
    io.stderr.write(km.yearRequired + "\n");
    return 2;
  }
  const prepared = await prepareBatch(args, io, {
    yearRequired: true,
    out: args.out ?? `tong-hop-${args.year}.xlsx`,
  });
  if (!prepared?.output) return 2;
  const { m, year, paths, jobs, output } = prepared;
  const batch = await runBatch(paths, { year }, jobs, io, { m, quiet: false, keep: "whole" });
  const first = batch.files.find((f) => "result" in f);
  const dir = path.dirname(path.resolve(output.path));
  const { roster, sheets } = consolidate(batch, {
    year,
    messages: m,
    standards: first && "result" in first ? first.result.standards : DEFAULT_FRAMEWORK,
    namNu: args.namNu,
    linkFile: (file) => (file ? path.relative(dir, path.resolve(file)).split(path.sep).join("/") : undefined),
    heading: {
      parentBody: args.parent,
      issuer: args.org,
      symbol: args.symbol,
      place: args.place,
      date: new Date(),
      signature: { leftName: args.preparer, rightName: args.signer },
    },
  });
  const wb = await newOutputWorkbook();
  await wb.writeSheets(sheets);
  await wb.activate(rosterSheetName(year));
  if (!(await saveOutput(wb, output, m.cli, io, io.stdout))) return 2;
  const read = batch.files.filter((f) => "result" in f).length;
  io.stdout.write(km.done(String(roster.count), String(read), String(roster.duplicates)) + "\n");
  const unreadable = batch.files.filter((f) => "unreadable" in f).length;
  if (unreadable) io.stdout.write(km.unreadable(String(unreadable)) + "\n");
  return unreadable ? 2 : 0;
}

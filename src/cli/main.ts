import { describeFailure } from "../app/describeFailure";
import { messagesFor } from "../i18n";
import { isWorkbookError } from "../workbook/port";
import { parseCliArgs } from "./args";
import { commandCheck } from "./commandCheck";
import { commandReport } from "./commandReport";
import type { Io } from "./prepareBatch";
import { commandFix } from "./commandFix";
import { commandConsolidate } from "./commandConsolidate";

/** The canbo command: `canbo check …` and `canbo report …`. Returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${messagesFor("vi").cli.usage}\n`);
    return 2;
  }
  const m = messagesFor(args.lang);
  const cm = m.cli;
  if (args.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (args.help || !args.command) {
    io.stdout.write(cm.usage + "\n");
    return args.help ? 0 : 2;
  }
  try {
    switch (args.command) {
      case "check":
        return await commandCheck(args, io);
      case "report":
        return await commandReport(args, io);
      case "consolidate":
        return await commandConsolidate(args, io);
      case "fix":
        return await commandFix(args, io);
      default:
        io.stderr.write(cm.unknownCommand(args.command) + "\n");
        return 2;
    }
  } catch (e) {
    // A failure no file explains: its sentence, and what failed for whoever looks after the software.
    const detail = isWorkbookError(e) ? "" : ` (${e instanceof Error ? e.message : String(e)})`;
    io.stderr.write(`canbo: ${describeFailure(e, m)}${detail}\n`);
    if (process.env.CANBO_DEBUG) console.error(e);
    return 2;
  }
}

declare const CANBO_VERSION: string | undefined;
const VERSION = typeof CANBO_VERSION === "string" ? CANBO_VERSION : "dev";

run();

function run(): void {
  // `canbo check … | head` closes the pipe early: stop quietly, as other commands do, instead of an EPIPE trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  // The heap was fitted to the inputs before this bundle was loaded (launch.ts).
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // Anything unexpected: one plain line, no stack trace for the user; details only with CANBO_DEBUG.
      process.stderr.write(`canbo: ${(e as Error)?.message ?? String(e)}\n`);
      if (process.env.CANBO_DEBUG) console.error(e);
      process.exitCode = 2;
    },
  );
}

import { runWithFittingHeap } from "./heapLimit";

/**
 * The command's first step, bundled apart (build/launch.js) with nothing but Node's own modules: when the inputs are
 * large it restarts the command with a fitted heap (heapLimit.ts) before the command's bundle is loaded, so that
 * bundle is loaded once, by the process that runs it. `loadCommand` loads and runs the command (build/cli.js).
 */
export function launch(loadCommand: () => void): void {
  runWithFittingHeap(process.argv.slice(2)).then(
    (code) => {
      if (code === undefined) loadCommand();
      else process.exitCode = code;
    },
    // What the launcher cannot decide (an unreadable folder, say) the command itself answers.
    () => loadCommand(),
  );
}

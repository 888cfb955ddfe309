import path from "node:path";
import { runWithFittingHeap } from "./heapLimit";
import { runBundle } from "./runBundle";

/**
 * The command's first step, bundled apart (build/launch.js) with nothing but Node's own modules: when the inputs are
 * large it restarts the command with a fitted heap (heapLimit.ts) before the command's bundle is loaded, so that
 * bundle is loaded once, by the process that runs it. `loadCommand` loads and runs the command: build/cli.js, beside
 * this bundle, with its code cache (runBundle.ts).
 */
export function launch(loadCommand = () => void runBundle(path.join(__dirname, "cli.js"))): void {
  runWithFittingHeap(process.argv.slice(2)).then(
    (code) => {
      if (code === undefined) loadCommand();
      else process.exitCode = code;
    },
    // What the launcher cannot decide (an unreadable folder, say) the command itself answers.
    () => loadCommand(),
  );
}

// What the build needs to make each bundle's code cache exactly as runBundle will read it (scripts/codeCache.mjs).
export { codeCacheOf, compileBundle, openCache, runCompiled, sealCache } from "./runBundle";

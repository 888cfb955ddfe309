// Bundles the canbo command into build/cli.js (and its launcher into build/launch.js) so `npx canbo` starts fast
// without a TypeScript runtime.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { readFileSync } from "node:fs";
import { makeCodeCaches } from "./codeCache.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: [path.join(root, "src/cli/main.ts")],
  outfile: path.join(root, "build/cli.js"),
  define: { CANBO_VERSION: JSON.stringify(version) },
  // ExcelJS's one-file build without browser polyfills (the page loads the same: webpack.config.js). Node loads it in
  // about 80 ms, against 320-420 ms for the package's entry, which pulls in 660 modules (streaming reader, CSV, zip).
  alias: { exceljs: "exceljs/dist/exceljs.bare.min.js" },
});
// The worker threads of a batch load only the check (see src/cli/checkWorker.ts).
await build({
  ...common,
  entryPoints: [path.join(root, "src/cli/checkWorker.ts")],
  outfile: path.join(root, "build/checkWorker.js"),
});
// Where each of those worker threads starts: it runs build/checkWorker.js with its code cache (src/cli/worker.ts).
await build({
  ...common,
  entryPoints: [path.join(root, "src/cli/worker.ts")],
  outfile: path.join(root, "build/worker.js"),
});
// The launcher bin/canbo.js loads first: it decides on a restart with a fitted heap before the command is loaded.
await build({
  ...common,
  entryPoints: [path.join(root, "src/cli/launch.ts")],
  outfile: path.join(root, "build/launch.js"),
});
// The bytecode of the functions a check runs, for the command and each worker not to compile them again.
makeCodeCaches();

// Bundles the canbo command into build/cli.js so `npx canbo` starts fast without a TypeScript runtime.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { readFileSync } from "node:fs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
await build({
  entryPoints: [path.join(root, "src/cli/main.ts")],
  outfile: path.join(root, "build/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  define: { CANBO_VERSION: JSON.stringify(version) },
});

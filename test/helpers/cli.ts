import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
let built = false;

/** Builds the bundled command once per test file, so CLI tests never run a stale bundle. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  built = true;
}

/** Runs `canbo …` as a user would (through bin/canbo.js) and returns its exit code and output. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  buildCli();
  const r = spawnSync(process.execPath, [path.join(root, "bin", "canbo.js"), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The task pane's JavaScript, gzipped: what loads before the first render, and what only when needed. */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRun } from "./benchRun";

export function bundleSizes(root: string): BenchRun["bundle"] {
  const dist = path.join(root, "dist");
  // Always rebuilt: a dist/ left from older sources would measure the wrong page.
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
  const gz = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length;
  const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  return {
    initialKb: initial.reduce((n, f) => n + gz(f), 0) / 1024,
    initial,
    lazy: lazy.map((f) => ({ file: f, kb: gz(f) / 1024 })),
  };
}

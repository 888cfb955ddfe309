// `npm run demo`: checks the bundled sample rosters and writes the result workbooks to out/.
// The samples contain planted mistakes, so `canbo check` exits 1 (errors found): that is the expected outcome here.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const canbo = path.join(root, "bin", "canbo.js");
// Rebuild first (a fraction of a second) so the demo never runs a stale bundle.
spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
mkdirSync(path.join(root, "out"), { recursive: true });

const steps = [
  [
    "check",
    "samples/danh-sach-can-bo-tinh-2019.xlsx",
    "samples/cdcs-truong-thcs-an-thoi.xlsx",
    "--year",
    "2019",
    "--out",
    "out/ket-qua-kiem-tra.xlsx",
  ],
  [
    "report",
    "samples/danh-sach-can-bo-tinh-2019.xlsx",
    "--year",
    "2019",
    "--previous",
    "samples/danh-sach-can-bo-tinh-2018.xlsx",
    "--finance",
    "samples/kinh-phi.xlsx",
    "--parent",
    "TỔNG LĐLĐ VIỆT NAM",
    "--org",
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE",
    "--place",
    "Bến Tre",
    "--out",
    "out/bao-cao-2019.xlsx",
    // out/ is the demo's own folder, rewritten on every run.
    "--force",
  ],
];
let failed = false;
for (const args of steps) {
  console.log(`\n$ canbo ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [canbo, ...args], { cwd: root, stdio: "inherit" });
  if (r.status !== 0 && r.status !== 1) failed = true;
}
process.exitCode = failed ? 1 : 0;

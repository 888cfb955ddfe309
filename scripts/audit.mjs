// `npm run audit`: fails on any high or critical advisory against a production dependency (`npm audit --omit=dev`).
// Where the advisory service cannot be reached (some networks let only GET through to the registry, and the audit
// endpoint is a POST), it says so in one plain line and does not pretend the check passed or failed.
import { spawnSync } from "node:child_process";

const r = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? (r.stderr.trim().split("\n").pop() || "no answer");
  console.log(`npm audit: advisory service unreachable, production dependencies NOT checked (${why})`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === "high" || v.severity === "critical")
    console.log(`  ${v.severity}: ${name} ${v.range ?? ""}`);
}
console.log(
  `npm audit (production): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);

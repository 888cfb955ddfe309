// Preloaded into a benchmark child (node --require): on exit, records the process's peak resident memory in KB
// (worker threads included) in the file named by BENCH_RSS_FILE, keeping the larger of what is there — the
// command may restart itself once with a fitted heap limit, and that second process carries this preload too.
process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const fs = require("node:fs");
  const before = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) || 0 : 0;
  fs.writeFileSync(file, String(Math.max(before, process.resourceUsage().maxRSS)));
});

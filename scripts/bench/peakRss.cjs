// Preloaded into a benchmark child (node --require): on exit, records the process's peak resident memory in KB
// (worker threads included) in the file named by BENCH_RSS_FILE, keeping the larger of what is there — the
// command may restart itself once with a fitted heap limit, and that second process carries this preload too.
// On Linux the peak is the process's own high-water mark (VmHWM): getrusage's maxRSS carries over the peak of the
// parent that spawned it, which floors every small measurement at the benchmark's own size.
process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const fs = require("node:fs");
  let peak = process.resourceUsage().maxRSS;
  try {
    const hwm = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (hwm) peak = Number(hwm[1]);
  } catch {
    // not Linux: maxRSS it is
  }
  const before = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8")) || 0 : 0;
  fs.writeFileSync(file, String(Math.max(before, peak)));
});

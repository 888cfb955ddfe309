// Preloaded into a benchmark child (node --require): on exit, writes the process's peak resident memory in KB
// (worker threads included) to the file named by BENCH_RSS_FILE.
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

// Preloaded into the command (node --require) by test/cli/leanStart.test.ts: on exit, each process appends one line
// to the file named by LOADED_MODULES_FILE saying whether it loaded the command's bundle and ExcelJS, the heap limit
// it ran with and the limit the launcher restarted it with (CANBO_HEAP_MB), if any.
process.on("exit", () => {
  const file = process.env.LOADED_MODULES_FILE;
  if (!file) return;
  const loaded = Object.keys(require.cache);
  const line = {
    command: loaded.some((f) => /[\\/]build[\\/]cli\.js$/.test(f)),
    exceljs: loaded.some((f) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(f)),
    heapLimitMb: Math.round(require("node:v8").getHeapStatistics().heap_size_limit / 2 ** 20),
    restartedWithMb: process.env.CANBO_HEAP_MB ?? null,
  };
  require("node:fs").appendFileSync(file, JSON.stringify(line) + "\n");
});

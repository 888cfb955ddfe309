// Benchmark child: runs several commands at once and exits when the last has, with the largest of their exit codes.
// Usage: node atOnce.cjs '<JSON list of argv lists>'. Each command's output goes to this one's: the batch's own
// runs print to a pipe too, so both pay the same for it. The peak-memory preload (peakRss.cjs), when this process
// carries it, is handed to every node command through NODE_OPTIONS.
const { spawn } = require("node:child_process");

const commands = JSON.parse(process.argv[2]);
const preload = process.execArgv.includes("--require")
  ? `--require ${process.execArgv[process.execArgv.indexOf("--require") + 1]}`
  : "";
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} ${preload}`.trim() };
let worst = 0;
let left = commands.length;
for (const [command, ...args] of commands) {
  const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
  child.on("exit", (code, signal) => {
    worst = Math.max(worst, code ?? (signal ? 128 : 0));
    if (--left === 0) process.exitCode = worst;
  });
}

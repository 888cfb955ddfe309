// A stand-in for build/checkWorker.js that speaks its protocol (src/cli/checkInWorkers.ts) without reading any file,
// so the batch's scheduling can be tested on its own. Each outcome says which task made it (`file` is "path|kind").
// A path asks for trouble by its name: "die-reading" ends the worker as it reads the file, "die-checking" as it
// checks it (whole or from the pipe), "first-check-dies" only the first time it is sent to be checked (so a file
// read again shows), "late-word" makes the reader tell the main thread it sent the file only after the checker may
// have answered for it, "slow-check" makes the checker take 100 ms over it, and "die-after-word" ends the reader
// once it has told the main thread it sent the file.
const { parentPort } = require("node:worker_threads");

let pipe;
let turn = Promise.resolve();
/** How many times the reader has read each path. */
const reads = new Map();
const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function outcome(index, path, kind) {
  if (path.includes("die-checking")) process.exit(1);
  const summary = { cadres: 1, errors: 0, warnings: 0, infos: 0 };
  return {
    index,
    outcome: { path, result: { file: `${path}|${kind}`, sheets: [], findings: [], summary, cadres: [] } },
  };
}

function inTurn(task) {
  turn = turn.then(task);
}

parentPort.on("message", (message) => {
  if (message.kind === "send-to") pipe = { port: message.port, number: message.pipe };
  else if (message.kind === "receive-from")
    message.port.on("message", ({ index, path, read }) =>
      inTurn(async () => {
        if (path.includes("first-check-dies") && read.times === 1) process.exit(1);
        if (path.includes("slow-check")) await later(100);
        parentPort.postMessage(outcome(index, path, "check"));
      }),
    );
  else if (message.kind === "whole")
    inTurn(async () => parentPort.postMessage(outcome(message.index, message.path, "whole")));
  else
    inTurn(async () => {
      const { index, path } = message;
      if (path.includes("die-reading")) process.exit(1);
      const to = pipe;
      const times = (reads.get(path) ?? 0) + 1;
      reads.set(path, times);
      to.port.postMessage({ index, path, read: { sheets: [], times } });
      if (path.includes("late-word")) await later(30);
      parentPort.postMessage({ index, sent: to.number });
      if (path.includes("die-after-word")) process.exit(1);
    });
});

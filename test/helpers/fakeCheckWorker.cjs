// A stand-in for build/checkWorker.js that speaks its protocol (src/cli/checkInWorkers.ts) without reading any file,
// so the batch's scheduling can be tested on its own. Each outcome says which task made it (`file` is "path|kind").
// A path asks for trouble by its name: "die-reading" ends the worker as it reads the file, "die-checking" as it
// checks it (whole or from the pipe), "late-word" makes the reader tell the main thread it sent the file only after
// the checker may have answered for it.
const { parentPort } = require("node:worker_threads");

let pipe;
let turn = Promise.resolve();
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
    message.port.on("message", ({ index, path }) =>
      inTurn(async () => parentPort.postMessage(outcome(index, path, "check"))),
    );
  else if (message.kind === "whole")
    inTurn(async () => parentPort.postMessage(outcome(message.index, message.path, "whole")));
  else
    inTurn(async () => {
      const { index, path } = message;
      if (path.includes("die-reading")) process.exit(1);
      const to = pipe;
      to.port.postMessage({ index, path, read: { sheets: [] } });
      if (path.includes("late-word")) await later(30);
      parentPort.postMessage({ index, sent: to.number });
    });
});

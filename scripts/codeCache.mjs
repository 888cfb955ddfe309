// Makes the V8 code caches of the command's bundles (build/cli.js.cache, build/checkWorker.js.cache) that
// src/cli/runBundle.ts loads them with. A cache holds the bytecode of every function compiled when it is made, so each
// bundle is run on the bundled samples first, as the command runs it: the command on one roster in its own process
// (what a file read and checked, then its JSON, compile), the worker's bundle fed whole files as a batch feeds it.
// Each runs in a child process of its own (`node codeCache.mjs cli|worker`), so nothing else is compiled into it.
// A bundle whose cache is of its very source and still taken by this Node's V8 is left as it is.
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const build = path.join(root, "build");
const require = createRequire(import.meta.url);
const SAMPLES = path.join(root, "samples");
const ROSTERS = [
  "danh-sach-can-bo-tinh-2019.xlsx",
  "cdcs-truong-thcs-an-thoi.xlsx",
  "danh-sach-can-bo-tinh-2018.xlsx",
];
const BUNDLES = { cli: "cli.js", worker: "checkWorker.js" };
const launcher = () => require(path.join(build, "launch.js"));

/** Makes each bundle's cache unless the one there is of this build and this Node. */
export function makeCodeCaches() {
  for (const [which, name] of Object.entries(BUNDLES)) {
    const file = path.join(build, name);
    if (usable(file)) continue;
    rmSync(launcher().codeCacheOf(file), { force: true });
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), which], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    // The command's exit code says what it found in the sample; whether the cache is there and taken says the rest.
    // Without one the command runs as it always did: said, not fatal.
    if (!usable(file)) console.warn(`codeCache: no usable code cache was made for build/${name}`);
  }
}

/** Whether the bundle has a cache of its own source that V8 takes. */
function usable(file) {
  const { compileBundle, openCache } = launcher();
  const source = readFileSync(file, "utf8");
  const cachedData = openCache(file, source);
  return cachedData !== undefined && !compileBundle(file, source, cachedData).cachedDataRejected;
}

/** Compiles a bundle as runBundle does, without a cache; the returned script makes the cache once it has run. */
function compile(file) {
  const source = readFileSync(file, "utf8");
  return { source, script: launcher().compileBundle(file, source) };
}

function writeCache({ source, script }, file) {
  const { codeCacheOf, sealCache } = launcher();
  atomicWrite(codeCacheOf(file), sealCache(source, script.createCachedData()));
}

/** Written beside and renamed over: tests build in parallel, and a half-written cache must never be read. */
function atomicWrite(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** The command checking one roster (read, checked and written as JSON in this process); the cache made as it exits. */
function makeCliCache() {
  const file = path.join(build, BUNDLES.cli);
  const compiled = compile(file);
  process.argv = [
    process.execPath,
    path.join(root, "bin", "canbo.js"),
    "check",
    path.join(SAMPLES, ROSTERS[0]),
    "--json",
  ];
  process.on("exit", () => writeCache(compiled, file));
  launcher().runCompiled(compiled.script, file);
}

/** The worker's bundle fed whole files through a stand-in for its port, as checkInWorkers feeds it. */
async function makeWorkerCache() {
  const file = path.join(build, BUNDLES.worker);
  const compiled = compile(file);
  let onMessage;
  let answered;
  const parentPort = {
    on: (event, listener) => {
      if (event === "message") onMessage = listener;
    },
    postMessage: (reply) => answered(reply),
  };
  const threads = { parentPort, workerData: { request: { year: 2019 }, keep: "checked" } };
  const bundleRequire = createRequire(file);
  const requireFor = (id) =>
    id === "node:worker_threads" || id === "worker_threads" ? threads : bundleRequire(id);
  launcher().runCompiled(compiled.script, file, requireFor);
  for (const [index, roster] of ROSTERS.entries()) {
    const reply = await new Promise((resolve) => {
      answered = resolve;
      onMessage({ index, path: path.join(SAMPLES, roster), kind: "whole" });
    });
    if (reply.error) throw new Error(reply.error);
  }
  writeCache(compiled, file);
}

const which = process.argv[2];
if (which === "cli") makeCliCache();
else if (which === "worker") await makeWorkerCache();

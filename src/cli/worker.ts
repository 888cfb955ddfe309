import path from "node:path";
import { runBundle } from "./runBundle";

/**
 * Where a batch's worker thread starts (build/worker.js): the worker's bundle, build/checkWorker.js, run with the code
 * cache the build made of it (runBundle.ts), so each new worker skips compiling what the one before it compiled too.
 */
runBundle(path.join(__dirname, "checkWorker.js"));

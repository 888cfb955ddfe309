import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/**
 * Runs one of the command's bundles (build/cli.js, build/checkWorker.js) as `require` would, and returns its exports,
 * with the V8 code cache the build made of it beside it (`<bundle>.cache`, written by scripts/codeCache.mjs): the
 * bytecode of the functions a check runs, so neither the command nor any worker of a batch parses and compiles them
 * again. Each worker is an isolate of its own that compiles everything anew. Measured, median of 8 interleaved
 * rounds: `canbo check` on 100,000 rows 0.716 → 0.685 s; a batch of 1,000 files on one core 1.830 → 1.807 s, with two
 * workers 1.098 → 1.077 s (10 rounds).
 *
 * V8 checks a cache against its own version and flags and compiles the bundle as if there were none when it cannot use
 * it: after Node is upgraded, or under other V8 flags (the restart with a fitted heap runs without the cache's help, as
 * V8 counts --max-old-space-size among them). Of the source it checks only the length, and a release build of V8 does
 * not check the cache's own checksum, so the build seals each cache with the SHA-256 of the source and the cache
 * together: a cache of another build, or a damaged one, is never offered (hashing both takes about a millisecond).
 * Nothing is written here: the cache is made once, by the build.
 */
export function runBundle(file: string): unknown {
  const source = readFileSync(file, "utf8");
  return runCompiled(compileBundle(file, source, openCache(file, source)), file);
}

/** A bundle's source compiled as runBundle runs it (the build compiles it so, without a cache, to make one). */
export function compileBundle(file: string, source: string, cachedData?: Buffer): vm.Script {
  return new vm.Script(wrap(source), { filename: file, cachedData });
}

/**
 * Runs a compiled bundle as Node's CommonJS loader would, with `require` resolving beside it (the build gives one
 * that stands in for a worker's port), and returns its exports.
 */
export function runCompiled(
  script: vm.Script,
  file: string,
  requireFor: (id: string) => unknown = createRequire(file),
): unknown {
  // Known to `require` as it would know it (require.cache): never loaded a second time, and seen by what asks.
  const module = new Module(file);
  module.filename = file;
  require.cache[file] = module;
  const run = script.runInThisContext() as CommonJsWrapper;
  run.call(module.exports, module.exports, requireFor, module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/** Where the build writes a bundle's code cache. */
export function codeCacheOf(file: string): string {
  return `${file}.cache`;
}

/**
 * A bundle's source as Node's CommonJS loader wraps it, on one line with the first of the source so every line keeps
 * its number in a stack trace. The build compiles exactly this text to make the cache (V8 checks the source's length).
 */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

type CommonJsWrapper = (
  this: unknown,
  exports: unknown,
  require: (id: string) => unknown,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/** A code cache as the build stores it: the SHA-256 of the bundle's source and V8's data, then that data. */
export function sealCache(source: string, data: Buffer): Buffer {
  return Buffer.concat([seal(source, data), data]);
}

/** V8's data of the bundle's cache, if there is one and it was made from this very source. */
export function openCache(file: string, source: string): Buffer | undefined {
  let sealed: Buffer;
  try {
    sealed = readFileSync(codeCacheOf(file));
  } catch {
    return undefined; // not built (yet): the bundle compiles as it always did
  }
  if (sealed.length <= SEAL_BYTES) return undefined;
  const data = sealed.subarray(SEAL_BYTES);
  return seal(source, data).equals(sealed.subarray(0, SEAL_BYTES)) ? data : undefined;
}

const SEAL_BYTES = 32;

function seal(source: string, data: Buffer): Buffer {
  return createHash("sha256").update(source).update(data).digest();
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildCli } from "../../test/helpers/cli";
import { codeCacheOf, compileBundle, openCache, runBundle, sealCache } from "./runBundle";

/** A cache V8 makes of a source after running it, sealed as the build seals it. */
function cacheOf(source: string): Buffer {
  const script = compileBundle("bundle.js", source);
  script.runInThisContext();
  return sealCache(source, script.createCachedData());
}

describe("runBundle", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "canbo-bundle-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bundle = (source: string) => {
    const file = path.join(dir, "bundle.js");
    writeFileSync(file, source);
    return file;
  };

  it("runs a bundle as require does: its exports, require beside it, __dirname, line numbers kept", () => {
    const file = bundle(
      [
        `const path = require("node:path");`,
        `module.exports.where = path.basename(__dirname);`,
        `module.exports.line = () => new Error("here").stack.split("\\n")[1];`,
      ].join("\n"),
    );
    const ran = runBundle(file) as { where: string; line: () => string };
    expect(ran.where).toBe(path.basename(dir));
    // The wrapper shares the first line, so the source's third line is the third in a stack trace.
    expect(ran.line()).toContain(`${file}:3:`);
  });

  it("offers V8 the cache made of the same source only", () => {
    const source = "module.exports = 1 + 1;";
    const file = bundle(source);
    writeFileSync(codeCacheOf(file), cacheOf(source));
    const data = openCache(file, source);
    expect(data).toBeDefined();
    expect(compileBundle(file, source, data).cachedDataRejected).toBe(false);
    // The same length, another text: V8 would check only the length, the seal tells them apart.
    expect(openCache(file, "module.exports = 2 + 2;")).toBeUndefined();
  });

  it("runs a bundle without a cache, and with a damaged one, as if it had none", () => {
    const source = "module.exports.answer = [1, 2, 3].reduce((a, b) => a * 10 + b);";
    const file = bundle(source);
    expect(runBundle(file)).toEqual({ answer: 123 });
    writeFileSync(codeCacheOf(file), Buffer.from("not a cache at all, but long enough to hold a seal"));
    expect(runBundle(file)).toEqual({ answer: 123 });
    // V8's data damaged after it was sealed: V8 (a release build checks no checksum of its own) is never offered it.
    const sealed = cacheOf(source);
    sealed[sealed.length >> 1] ^= 0xff;
    writeFileSync(codeCacheOf(file), sealed);
    expect(openCache(file, source)).toBeUndefined();
    expect(runBundle(file)).toEqual({ answer: 123 });
  });
});

describe("the build's code caches", () => {
  it("are made for the command and the worker's bundle, of their very source, and V8 takes them", () => {
    buildCli();
    for (const name of ["cli.js", "checkWorker.js"]) {
      const file = path.join(__dirname, "..", "..", "build", name);
      const source = readFileSync(file, "utf8");
      const cachedData = openCache(file, source);
      expect({ name, cached: cachedData !== undefined }).toEqual({ name, cached: true });
      const script = compileBundle(file, source, cachedData);
      expect({ name, rejected: script.cachedDataRejected }).toEqual({ name, rejected: false });
    }
  });
});

// The CLI tests run the real bundled command; rebuild it so they never test a stale bundle.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], {
    stdio: "inherit",
  });
};

#!/usr/bin/env node
// Thin launcher: the command is bundled to build/ by `npm ci` (prepare) or `npm run build:cli`. build/launch.js decides
// whether to restart with a fitted heap before build/cli.js, the command itself, is loaded (with its code cache).
require("../build/launch.js").launch();

#!/usr/bin/env node
// Thin launcher: the command itself is bundled to build/cli.js by `npm ci` (prepare) or `npm run build:cli`.
require("../build/cli.js");

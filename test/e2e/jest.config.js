// `npm run test:e2e`: only the browser tests (the built page in headless Chromium). `npm test` runs them too.
const path = require("node:path");

module.exports = {
  rootDir: path.join(__dirname, "..", ".."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 180000,
  // One browser at a time: the tests share nothing but the machine.
  maxWorkers: 1,
};

// Tests live beside the code (src/.../x.test.ts, scripts/.../x.test.ts) and in test/ for cross-cutting suites.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type errors are caught by `npm run typecheck`; transpiling only keeps the suite fast.
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  // office-addin-mock pulls in office-addin-manifest, whose dependencies are ESM-only: use a stub of the enum it needs.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/mocks/office-addin-manifest.js" },
};

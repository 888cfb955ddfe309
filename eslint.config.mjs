import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "out/", "coverage/", "samples/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        Buffer: "readonly",
        setTimeout: "readonly",
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Rosters hold personal data: the product keeps none of it in browser storage, document settings or logs.
    // Only the command line may print (its output is the user's own report); a debug trace needs CANBO_DEBUG.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: {
      "no-console": ["error"],
      "no-restricted-globals": ["error", "localStorage", "sessionStorage", "indexedDB"],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "localStorage" },
        { object: "window", property: "sessionStorage" },
        { object: "window", property: "indexedDB" },
        { object: "document", property: "cookie" },
        { property: "settings", message: "No roster data in Office document settings." },
      ],
    },
  },
  {
    // The core is pure: no Office, DOM, file system or spreadsheet library. It owns the message contract that
    // src/i18n implements, so it never imports a dictionary (the arrow goes from i18n to core).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "node:*",
            "fs",
            "path",
            "exceljs",
            "react",
            "**/workbook/**",
            "**/app/**",
            "**/cli/**",
            "**/taskpane/**",
            "**/i18n",
            "**/i18n/**",
          ],
        },
      ],
      // Repeats the storage globals of the block above: a later block's list replaces an earlier one.
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "localStorage",
        "sessionStorage",
        "indexedDB",
      ],
    },
  },
  {
    files: ["src/cli/main.ts"],
    rules: { "no-console": "off" },
  },
);

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
    // The core is pure: no Office, DOM, file system or spreadsheet library.
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
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel"],
    },
  },
);

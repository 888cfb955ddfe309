// Builds the task pane page into dist/: `npm run build` (production), `npm run build:dev`, `npm start` (dev server).
// CANBO_URL (e.g. https://canbo.example.vn) replaces https://localhost:3000 in dist/manifest.xml for deployment.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const url = (process.env.CANBO_URL || DEV_URL).replace(/\/$/, "");
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    // Code splitting comes from the import() calls: "file-mode" + "xlsx" + "exceljs" load when a file is checked,
    // "excel-mode" + "office" (the Office adapter) only inside Excel; "engine" (src/app, src/core) is shared by both.
    // The entry holds React, Fluent UI and the pane's shell.
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // ExcelJS's package.json "browser" field selects dist/exceljs.min.js, which carries its own shims; these Node
      // built-ins are named only by code the page never runs (file-system paths), so they resolve to nothing.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, zlib: false },
    },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
          engine: { test: /[\\/]src[\\/](app|core)[\\/]/, name: "engine", chunks: "async", minSize: 0 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({ template: "./src/taskpane/taskpane.html", filename: "taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The manifest, pointed at the hosting address when CANBO_URL is set.
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().replaceAll(DEV_URL, url) },
        ],
      }),
    ],
    // ExcelJS (lazy) is large by nature; the first-render bundle is what must stay small (see README).
    performance: { hints: false },
    // Certificates are only for the dev server: a production build must not touch the machine's trust store.
    devServer: env.WEBPACK_SERVE && {
      port: 3000,
      server: await devServerTransport(),
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};

/** Office requires https; office-addin-dev-certs makes a trusted localhost certificate when it can. */
async function devServerTransport() {
  try {
    const certs = require("office-addin-dev-certs");
    return { type: "https", options: await certs.getHttpsServerOptions() };
  } catch {
    console.warn(
      "canbo: no development certificate (office-addin-dev-certs failed) — serving over plain http://localhost:3000. " +
        "Excel needs https to load the add-in; the page still works in a browser in file mode.",
    );
    return "http";
  }
}

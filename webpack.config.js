// Builds the task pane page into dist/. `npm run build` = production; `npm start` = dev server on https://localhost:3000.
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
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The engine's worker, in one file with a fixed name so the page can start it; no chunks of its own, so it
      // also runs from a blob where a page opened from a folder may not start workers from files.
      checkWorker: { import: "./src/taskpane/checkWorker.ts", chunkLoading: false, asyncChunks: false },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (data) => (data.chunk?.name === "checkWorker" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // ExcelJS's one-file build without its polyfills, as the command loads it (scripts/build-cli.mjs): the page
      // needs a 2023 browser anyway (DecompressionStream), and it is 85 KB less than the package's "browser" build.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js") },
    },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
      new WorkerSourcePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll(DEV_URL, url),
          },
        ],
      }),
    ],
    // ExcelJS is loaded lazily (file mode) and is large by nature; the first-render bundle is what must stay small.
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

/**
 * Writes checkWorker.source.js, the worker's code as a string in a classic script: a page opened from a folder
 * (file://) cannot fetch files or start workers from them, but it can load a script and start a worker from a blob.
 */
class WorkerSourcePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WorkerSourcePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WorkerSourcePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const worker = compilation.getAsset("checkWorker.js");
          if (!worker) return;
          // The source map comment would point at a file the blob cannot reach.
          const code = worker.source
            .source()
            .toString()
            .replace(/\n\/\/# sourceMappingURL=.*$/, "");
          compilation.emitAsset(
            "checkWorker.source.js",
            new sources.RawSource(`self.canboWorkerSource = ${JSON.stringify(code)};\n`),
          );
        },
      );
    });
  }
}

/** Office requires https; office-addin-dev-certs makes a trusted localhost certificate when it can. */
async function devServerTransport() {
  try {
    const certs = require("office-addin-dev-certs");
    return { type: "https", options: await certs.getHttpsServerOptions() };
  } catch {
    console.warn("No development certificate: serving over http. Excel needs https to load the add-in.");
    return "http";
  }
}

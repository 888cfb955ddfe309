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
      // The worker that checks opened files; its chunks load with importScripts, and its name is fixed so the page can start it.
      checkWorker: { import: "./src/taskpane/checkWorker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (data) => (data.chunk?.name === "checkWorker" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
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

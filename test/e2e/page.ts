import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** The built page served from dist/ on 127.0.0.1 (built first when missing), and a headless Chromium. */
export interface PageHarness {
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts the harness, or returns undefined where Chromium is missing — a failure under CI, which must prove the
 * page works, and a warned skip on a developer's machine.
 */
export async function startPage(): Promise<PageHarness | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it with apt.`);
    console.warn(`Skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
    return undefined;
  }
  if (!existsSync(path.join(dist, "taskpane.html")))
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const { port } = server.address() as AddressInfo;
  return {
    browser,
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

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
  /** The same page opened from the folder, as an office without a web server opens it. */
  fileUrl: string;
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
    // Also served under /canbo/, as a federation's intranet may host it at a sub-path.
    const file = path.join(
      dist,
      decodeURIComponent((req.url ?? "/").split("?")[0].replace(/^\/canbo\//, "/")),
    );
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
    fileUrl: `file://${path.join(dist, "taskpane.html")}`,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the page as it stands, with every rule (WCAG 2.1 A and AA and best practices), and returns
 * its violations as short lines ("rule: target"): a test expects none.
 */
export async function axeViolations(tab: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be refused).
  if (!(await tab.evaluate(() => "axe" in window))) await tab.evaluate(AXE);
  const violations = await tab.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o?: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  return violations;
}

/** A screenshot kept in test-output/ for a person to look at. */
export async function keepScreenshot(tab: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(path.join(root, "test-output"), { recursive: true });
  await tab.screenshot({ path: path.join(root, "test-output", name), fullPage });
}

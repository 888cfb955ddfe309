import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, OFFICE_JS, launchChromium, serveFolder } from "../helpers/servePage";

export const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
export { OFFICE_JS };

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
  const served = await serveFolder(dist, "taskpane.html");
  const browser = await launchChromium();
  return {
    browser,
    url: served.url,
    fileUrl: `file://${path.join(dist, "taskpane.html")}`,
    close: async () => {
      await browser.close();
      served.close();
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
  // Colours are judged once they settle: a button mid-way through Fluent's hover or enable transition has, for
  // a few frames, neither its old nor its new contrast (CI once caught the check button so).
  await tab.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
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

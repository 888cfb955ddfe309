/**
 * The task pane in Chromium on a large roster (run by `npm run bench`, or alone: `tsx scripts/bench/page.ts FILE`):
 * time to first paint (file mode, and inside Office with office.js answering late), then, for a check of the roster
 * and its report, the time to the first progress line, the whole time, and the longest task on the pane's thread
 * (Long Tasks API: tasks of 50 ms or more; 0 when there were none), and how long the list takes to answer a search
 * keystroke. Every time is taken in the page, from the click's event to what the user waits for (the list in the
 * page, the file handed to the browser to save), not by Playwright noticing it. Prints one JSON object. dist/ must
 * be built.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { uiVi as ui } from "../../src/i18n/ui";
import { OFFICE_JS, launchChromium, serveFolder } from "../../test/helpers/servePage";

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");

export interface PageBench {
  firstPaintMs: number;
  /** Inside Office, with office.js taking 4 s to arrive: the pane must not wait for it. */
  firstPaintOfficeMs: number;
  findings: number;
  check: { firstProgressMs: number; totalMs: number; longestTaskMs: number };
  /** The slowest of ten keystrokes, from its input event to the list showing its search. */
  search: { answerMs: number; longestTaskMs: number };
  report: { firstProgressMs: number; totalMs: number; longestTaskMs: number };
}

/** What the user waits for after a click: the findings list in the page, or a file handed to the browser to save. */
type End = "list" | "download";

/** What WATCH records in the page. */
interface Bench {
  tasks: { start: number; ms: number }[];
  /** When the measured run began (before its click), the click's own event, its first progress bar and its ends. */
  t0: number;
  clickAt?: number;
  progressAt?: number;
  ends: Partial<Record<End, number>>;
  typed: Record<string, number>;
  shown: Record<string, number>;
}

/**
 * In the page: long tasks, the click, the first progress bar, the list's first appearance and a download (the pane
 * saves a file by clicking a link it does not attach, so the link's click is watched), and when each search was typed
 * and shown.
 */
const WATCH = () => {
  const w = window as unknown as { __bench: Bench };
  const b: Bench = { tasks: [], t0: 0, ends: {}, typed: {}, shown: {} };
  w.__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("click", (e) => (b.clickAt ??= e.timeStamp), true);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) b.ends.download ??= performance.now();
    click.call(this);
  };
  document.addEventListener(
    "input",
    (e) => {
      const input = e.target as HTMLInputElement;
      if (input.type === "search") b.typed[input.value] ??= e.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    if (b.progressAt === undefined && document.querySelector('[role="progressbar"]'))
      b.progressAt = performance.now();
    const q = document.querySelector(".shown")?.getAttribute("data-query");
    if (q === null || q === undefined) return;
    if (b.clickAt !== undefined) b.ends.list ??= performance.now();
    b.shown[q] ??= performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
};

/** One run: from its click's event to `end` in the page (Playwright's `done` only waits for it), with its longest task. */
async function measure(tab: Page, start: () => Promise<void>, done: () => Promise<unknown>, end?: End) {
  await tab.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    b.t0 = performance.now();
    b.clickAt = undefined;
    b.progressAt = undefined;
    b.ends = {};
  });
  await start();
  await done();
  return tab.evaluate((end) => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    const from = b.clickAt ?? b.t0;
    const to = (end && b.ends[end]) ?? performance.now();
    return {
      firstProgressMs: (b.progressAt ?? to) - from,
      totalMs: to - from,
      longestTaskMs: Math.max(0, ...b.tasks.filter((t) => t.start + t.ms >= b.t0).map((t) => t.ms)),
    };
  }, end);
}

export async function benchPage(roster: string): Promise<PageBench> {
  if (!existsSync(path.join(dist, "taskpane.html"))) throw new Error("dist/ is not built");
  const served = await serveFolder(dist, "taskpane.html");
  const url = served.url;
  const browser = await launchChromium();
  try {
    const paint = async (address: string) => {
      const tab = await browser.newPage({ viewport: { width: 360, height: 800 } });
      // office.js arrives after 4 s, as from a slow CDN (and then finds no Excel): the pane must not wait for it.
      await tab.route(OFFICE_JS, (r) =>
        setTimeout(() => void r.fulfill({ contentType: "text/javascript", body: "" }), 4000),
      );
      await tab.goto(address, { waitUntil: "commit" });
      await tab.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
      const ms = await tab.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0].startTime,
      );
      await tab.close();
      return ms;
    };
    const firstPaintMs = await paint(url);
    const firstPaintOfficeMs = await paint(`${url}?host=office`);

    const tab = await browser.newPage({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
    await tab.goto(url);
    await tab.evaluate(WATCH);
    await tab.locator('input[type="file"]').first().setInputFiles(roster);
    await tab.getByLabel(ui.year, { exact: true }).fill("2019");
    const check = await measure(
      tab,
      () => tab.getByRole("button", { name: ui.check, exact: true }).click(),
      () => tab.locator(".shown").waitFor({ timeout: 600_000 }),
      "list",
    );
    // "100.000 cán bộ — Lỗi: 1.234, Cảnh báo: 4.567, Thông tin: 483": the findings are the sum of the three.
    const counts = (await tab.locator(".counts").textContent()) ?? "";
    const findings = [...counts.matchAll(/: ([\d.]+)/g)].reduce(
      (n, m) => n + Number(m[1].replace(/\./g, "")),
      0,
    );

    // A search keystroke: from the key to the list's new count.
    const search = tab.getByLabel(ui.search);
    await search.focus();
    const query = "nguyen van";
    const searchRun = await measure(
      tab,
      async () => {
        for (let i = 1; i <= query.length; i++) {
          await tab.keyboard.type(query[i - 1]);
          await tab.locator(`.shown[data-query="${query.slice(0, i)}"]`).waitFor();
        }
      },
      async () => undefined,
    );
    // From the keystroke's input event to the list showing that search, measured in the page.
    const answers = await tab.evaluate((q) => {
      const b = (
        window as unknown as { __bench: { typed: Record<string, number>; shown: Record<string, number> } }
      ).__bench;
      return Array.from(
        { length: q.length },
        (_, i) => b.shown[q.slice(0, i + 1)] - b.typed[q.slice(0, i + 1)],
      );
    }, query);
    await search.fill("");

    const report = await measure(
      tab,
      () => tab.getByRole("button", { name: ui.makeReport }).click(),
      () => tab.waitForEvent("download", { timeout: 600_000 }),
      "download",
    );
    return {
      firstPaintMs,
      firstPaintOfficeMs,
      findings,
      check,
      search: { answerMs: Math.max(...answers), longestTaskMs: searchRun.longestTaskMs },
      report,
    };
  } finally {
    await browser.close();
    served.close();
  }
}

if (require.main === module)
  void benchPage(process.argv[2]).then((r) => process.stdout.write(JSON.stringify(r) + "\n"));

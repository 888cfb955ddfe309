/**
 * The task pane in Chromium on a large roster (run by `npm run bench`, or alone: `tsx scripts/bench/page.ts FILE`):
 * time to first paint (file mode, and inside Office with office.js answering late), then, for a check of the roster
 * and its report, the time to the first progress line, the whole time, and the longest task on the pane's thread
 * (Long Tasks API: tasks of 50 ms or more; 0 when there were none), and how long the list takes to answer a search
 * keystroke. Prints one JSON object. dist/ must be built.
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

/** In the page: long tasks from now on, the first progress bar, and when each search was typed and when shown. */
const WATCH = () => {
  type Bench = {
    tasks: { start: number; ms: number }[];
    progressAt?: number;
    typed: Record<string, number>;
    shown: Record<string, number>;
  };
  const w = window as unknown as { __bench: Bench };
  w.__bench = { tasks: [], typed: {}, shown: {} };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener(
    "input",
    (e) => {
      const input = e.target as HTMLInputElement;
      if (input.type === "search") w.__bench.typed[input.value] ??= e.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    if (w.__bench.progressAt === undefined && document.querySelector('[role="progressbar"]'))
      w.__bench.progressAt = performance.now();
    const q = document.querySelector(".shown")?.getAttribute("data-query");
    if (q !== null && q !== undefined) w.__bench.shown[q] ??= performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
};

async function measure(tab: Page, start: () => Promise<void>, done: () => Promise<unknown>) {
  await tab.evaluate(() => {
    const b = (window as unknown as { __bench: { progressAt?: number; t0: number } }).__bench;
    b.progressAt = undefined;
    b.t0 = performance.now();
  });
  await start();
  await done();
  return tab.evaluate(() => {
    const b = (
      window as unknown as {
        __bench: { tasks: { start: number; ms: number }[]; progressAt?: number; t0: number };
      }
    ).__bench;
    const now = performance.now();
    return {
      firstProgressMs: (b.progressAt ?? now) - b.t0,
      totalMs: now - b.t0,
      longestTaskMs: Math.max(0, ...b.tasks.filter((t) => t.start + t.ms >= b.t0).map((t) => t.ms)),
    };
  });
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

import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readXlsxStream } from "../../src/workbook/stream/readXlsxStream";
import { OFFICE_JS, root, startPage, type PageHarness } from "./page";

describe("the task pane page in a browser (file mode)", () => {
  let page: PageHarness | undefined;
  beforeAll(async () => {
    page = await startPage();
  }, 180_000);
  afterAll(() => page?.close());

  it("checks a roster, selects a finding and downloads the report, without any request leaving the machine", async () => {
    if (!page) return;
    const tab = await page.browser.newPage({
      viewport: { width: 360, height: 800 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const roster = path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx");
    const outside: string[] = [];
    // There is no internet here: office.js fails to load, as in an office without it, and the page must fall back.
    await tab.route(OFFICE_JS, (route) => route.abort());
    const consoleLines: string[] = [];
    const scripts: string[] = [];
    const workers: string[] = [];
    tab.on("worker", (w) => workers.push(w.url()));
    tab.on(
      "request",
      (r) => void (r.resourceType() === "script" || r.url().endsWith(".js") ? scripts.push(r.url()) : 0),
    );
    tab.on("console", (m) => consoleLines.push(m.text()));
    tab.on("request", (r) => {
      if (r.url() !== OFFICE_JS && !/^(https?:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(r.url()))
        outside.push(r.url());
    });

    await tab.goto(page.url);
    await tab.getByRole("heading", { name: "Kiểm tra cán bộ công đoàn" }).waitFor();
    await tab.getByText("Đang làm việc trên tệp (không cần Excel).", { exact: false }).waitFor();
    await tab.locator('input[type="file"]').setInputFiles(roster);
    await tab.getByLabel("Năm báo cáo").fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra" }).click();

    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2").waitFor({ timeout: 30_000 });
    // The file was checked in the page's worker thread, with the streaming reader, not ExcelJS.
    expect(scripts.some((u) => u.endsWith("/checkWorker.js"))).toBe(true);
    expect(workers.map((u) => u.split("/").pop())).toEqual(["checkWorker.js"]);
    expect(scripts.some((u) => /\/reader\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(scripts.some((u) => /\/xlsx\.[0-9a-f]+\.js$/.test(u))).toBe(false);
    await tab.locator('button[data-cell="B5"]').click();
    await tab.getByText('Trang "BCH CĐCS", ô B5').waitFor();

    mkdirSync(path.join(root, "test-output"), { recursive: true });
    await tab.screenshot({ path: path.join(root, "test-output", "taskpane.png"), fullPage: false });

    const [download] = await Promise.all([
      tab.waitForEvent("download"),
      tab.getByRole("button", { name: "Tạo báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("cdcs-truong-thcs-an-thoi-bao-cao.xlsx");
    const saved = path.join(root, "test-output", download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Thông tin báo cáo",
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
      "Phụ lục 2016-2020",
    ]);
    expect(outside).toEqual([]);

    // The page's policy lets nothing out but Microsoft's office.js host: a request elsewhere is refused by the browser.
    const csp = await tab.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    );
    const sources = csp
      .split(";")
      .flatMap((d) => d.trim().split(/\s+/).slice(1))
      .filter((x) => x);
    expect(new Set(sources)).toEqual(
      new Set([
        "'self'",
        "https://appsforoffice.microsoft.com",
        "'unsafe-inline'",
        "data:",
        "blob:",
        "'none'",
      ]),
    );
    expect(
      await tab.evaluate(() =>
        fetch("https://example.org/").then(
          () => "sent",
          () => "refused",
        ),
      ),
    ).toBe("refused");
    expect(outside).toEqual([]);

    // Nothing of the roster is kept in the browser or written to the console.
    expect(
      await tab.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        cookie: document.cookie,
      })),
    ).toEqual({ local: 0, session: 0, databases: 0, cookie: "" });
    const grid = await (await readXlsxStream(readFileSync(roster))).readSheet("BCH CĐCS");
    const names = grid.values
      .slice(4)
      .map((r) => r[1])
      .filter((v): v is string => typeof v === "string" && v.length > 3);
    expect(names.length).toBeGreaterThan(10);
    expect(consoleLines.filter((line) => names.some((n) => line.includes(n)))).toEqual([]);
  }, 120_000);
});

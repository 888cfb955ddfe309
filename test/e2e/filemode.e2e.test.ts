import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { OFFICE_JS, root, startPage, type PageHarness } from "./page";

/** Only the test server may be reached; office.js is aborted (no internet here, as in an office without it). */
const LOCAL = /^(https?:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/;

describe("the task pane page in a browser (file mode)", () => {
  let page: PageHarness | undefined;
  beforeAll(async () => {
    page = await startPage();
  }, 300_000);
  afterAll(() => page?.close());

  it("checks a roster, selects a finding and downloads the report, without any request leaving the machine", async () => {
    if (!page) return; // no Chromium on a developer's machine (startPage throws under CI instead)
    const tab = await page.browser.newPage({
      viewport: { width: 360, height: 800 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const outside: string[] = [];
    const logs: string[] = [];
    await tab.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.abort();
      if (LOCAL.test(url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    tab.on("request", (r) => {
      if (r.url() !== OFFICE_JS && !LOCAL.test(r.url()) && !outside.includes(r.url())) outside.push(r.url());
    });
    tab.on("console", (msg) => {
      if (msg.type() !== "error") logs.push(msg.text()); // the aborted office.js logs one network error
    });

    await tab.goto(page.url);
    await tab.getByRole("heading", { name: "Kiểm tra cán bộ công đoàn" }).waitFor();
    await tab.getByText("Trên tệp", { exact: true }).waitFor({ timeout: 10_000 });
    await tab.getByText("Đang làm việc trên tệp (không cần Excel).", { exact: false }).waitFor();

    // The file input is labelled; the year input is labelled and defaults to last year.
    await tab
      .getByLabel("Chọn tệp danh sách")
      .setInputFiles(path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx"));
    const year = tab.getByLabel("Năm báo cáo");
    expect(await year.inputValue()).toBe(String(new Date().getFullYear() - 1));
    await year.fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra" }).click();

    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2").waitFor({ timeout: 60_000 });
    const b5 = tab.locator('button[data-cell="B5"]');
    expect(await b5.count()).toBeGreaterThan(0);
    // Selecting by keyboard: focus the finding and press Enter; file mode names the cell.
    await b5.first().focus();
    await tab.keyboard.press("Enter");
    await tab.getByText('Trang "BCH CĐCS", ô B5').waitFor();
    expect(await b5.first().getAttribute("aria-pressed")).toBe("true");

    // Filters: only errors, then a search that matches nothing.
    await tab.getByLabel("Mức độ").selectOption("error");
    expect(await tab.locator("button.finding").count()).toBe(7);
    await tab.getByLabel("Mức độ").selectOption("all");

    // Nothing is wider than a 320 px task pane.
    await tab.setViewportSize({ width: 320, height: 800 });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tab.setViewportSize({ width: 360, height: 800 });

    mkdirSync(path.join(root, "test-output"), { recursive: true });
    await tab.screenshot({ path: path.join(root, "test-output", "taskpane.png") });

    const [download] = await Promise.all([
      tab.waitForEvent("download"),
      tab.getByRole("button", { name: "Tạo báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("cdcs-truong-thcs-an-thoi-bao-cao.xlsx");
    const saved = path.join(root, "test-output", download.suggestedFilename());
    await download.saveAs(saved);
    await tab.getByText("Đã tạo cdcs-truong-thcs-an-thoi-bao-cao.xlsx.").waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["KQ Kiểm tra", "Chỉ tiêu 2019", "Phụ lục 2019", "Thống kê 2019"]),
    );

    // Nothing left the machine, and no roster data was kept in storage or written to the console.
    expect(outside).toEqual([]);
    expect(await tab.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(logs).toEqual([]);
  }, 180_000);
});

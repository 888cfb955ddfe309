import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser } from "playwright-core";

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const CHROMIUM = "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Serves the built page from dist/ on 127.0.0.1, as any static host would. */
function serve(): Promise<http.Server> {
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
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("the task pane page in a browser (file mode)", () => {
  let browser: Browser | undefined;
  let server: http.Server;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      // CI must prove the page works: there a missing browser is a failure, not a skip.
      if (process.env.CI)
        throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it with apt.`);
      console.warn(`Skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
      return;
    }
    if (!existsSync(path.join(dist, "taskpane.html")))
      execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
    server = await serve();
    browser = await chromium.launch({
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
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("checks a roster, selects a finding and downloads the report, without any request leaving the machine", async () => {
    if (!browser) return;
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({
      viewport: { width: 360, height: 800 },
      locale: "vi-VN",
      acceptDownloads: true,
    });
    const outside: string[] = [];
    const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    // There is no internet here: office.js fails to load, as in an office without it, and the page must fall back.
    await page.route(OFFICE_JS, (route) => route.abort());
    page.on("request", (r) => {
      if (r.url() !== OFFICE_JS && !/^(https?:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(r.url())) outside.push(r.url());
    });

    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByRole("heading", { name: "Kiểm tra cán bộ công đoàn" }).waitFor();
    await page.getByText("Đang làm việc trên tệp (không cần Excel).", { exact: false }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles(path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx"));
    await page.getByLabel("Năm báo cáo").fill("2019");
    await page.getByRole("button", { name: "Kiểm tra" }).click();

    await page.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2").waitFor({ timeout: 30_000 });
    await page.locator('button[data-cell="B5"]').click();
    await page.getByText('Trang "BCH CĐCS", ô B5').waitFor();

    mkdirSync(path.join(root, "test-output"), { recursive: true });
    await page.screenshot({ path: path.join(root, "test-output", "taskpane.png"), fullPage: false });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tạo báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("cdcs-truong-thcs-an-thoi-bao-cao.xlsx");
    const saved = path.join(root, "test-output", download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
      "Phụ lục 2016-2020",
    ]);
    expect(outside).toEqual([]);
  }, 120_000);
});

import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
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
    const outside: string[] = [];
    // There is no internet here: office.js fails to load, as in an office without it, and the page must fall back.
    await tab.route(OFFICE_JS, (route) => route.abort());
    tab.on("request", (r) => {
      if (r.url() !== OFFICE_JS && !/^(https?:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(r.url()))
        outside.push(r.url());
    });

    await tab.goto(page.url);
    await tab.getByRole("heading", { name: "Kiểm tra cán bộ công đoàn" }).waitFor();
    await tab.getByText("Đang làm việc trên tệp (không cần Excel).", { exact: false }).waitFor();
    await tab
      .locator('input[type="file"]')
      .setInputFiles(path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx"));
    await tab.getByLabel("Năm báo cáo").fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra" }).click();

    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2").waitFor({ timeout: 30_000 });
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
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
      "Phụ lục 2016-2020",
    ]);
    expect(outside).toEqual([]);
  }, 120_000);
});

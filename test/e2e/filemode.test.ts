import { mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { syntheticGrid, writeGridXlsx } from "../../scripts/bench/syntheticRoster";
import { toTcvn3 } from "../../scripts/samples/tcvn3";
import { readXlsxStream } from "../../src/workbook/stream/readXlsxStream";
import { axeViolations, keepScreenshot, OFFICE_JS, root, startPage, type PageHarness } from "./page";

const SAMPLE = path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx");
const BAD = path.join(root, "test", "fixtures", "bad");
const COUNTS = "15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2";

describe("the task pane page in a browser (file mode)", () => {
  let page: PageHarness | undefined;
  beforeAll(async () => {
    page = await startPage();
  }, 180_000);
  afterAll(() => page?.close());

  /** A tab at the width of a task pane, recording every request and console line. */
  async function open(url = page!.url, width = 360) {
    const tab = await page!.browser.newPage({
      viewport: { width, height: 800 },
      locale: "en-US", // most offices' browsers run in English: the pane must still speak Vietnamese
      acceptDownloads: true,
    });
    const requests: string[] = [];
    const consoleLines: string[] = [];
    const workers: string[] = [];
    tab.on("request", (r) => requests.push(r.url()));
    tab.on("console", (m) => consoleLines.push(m.text()));
    tab.on("worker", (w) => workers.push(w.url()));
    await tab.goto(url);
    return { tab, requests, consoleLines, workers };
  }

  const check = (tab: Page) => tab.getByRole("button", { name: "Kiểm tra", exact: true }).click();

  it("draws at once, in Vietnamese, without asking Microsoft's CDN for office.js", async () => {
    if (!page) return;
    const { tab, requests, workers } = await open();
    await tab.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    const paint = await tab.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    );
    // Recorded, not asserted as time (npm run bench measures it); it must exist: the page is never blank.
    expect(Number.isFinite(paint)).toBe(true);
    expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe("Kiểm tra cán bộ công đoàn");
    expect(await tab.getByText("Đang làm việc trên tệp (không cần Excel).").count()).toBe(1);
    await tab.waitForLoadState("networkidle");
    expect(requests.filter((u) => u === OFFICE_JS)).toEqual([]);
    // The engine's worker starts once the page is idle, before any check asks for it (the first check then reuses it).
    for (let i = 0; i < 50 && workers.length === 0; i++) await tab.waitForTimeout(100);
    expect(workers.map((u) => u.split("/").pop())).toEqual(["checkWorker.js"]);
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
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "01-first-paint.png");
    // The switch to English is on the page, and back.
    await tab.getByRole("button", { name: "English" }).click();
    await tab.getByRole("button", { name: "Check", exact: true }).waitFor();
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe("en");
    await keepScreenshot(tab, "02-english.png");
    await tab.getByRole("button", { name: "Tiếng Việt" }).click();
    await tab.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await tab.close();
  });

  it("refuses a year that is not one, at the field, and checks nothing", async () => {
    if (!page) return;
    const { tab } = await open();
    const year = tab.getByLabel("Năm báo cáo", { exact: true });
    await year.fill("");
    await tab.getByText("Hãy nhập năm báo cáo.").first().waitFor();
    await year.fill("19");
    await tab.getByText("Năm báo cáo gồm bốn chữ số. Hãy nhập lại, ví dụ 2019.").first().waitFor();
    await year.fill("2300");
    await tab.getByText("Năm báo cáo phải từ 1950 đến 2100. Hãy nhập lại.").first().waitFor();
    expect(await year.getAttribute("aria-invalid")).toBe("true");
    await tab.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await check(tab);
    // Kiểm tra takes the user to the field that says what is wrong.
    expect(await tab.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("2300");
    expect(await tab.getByText("Chưa có kết quả.", { exact: false }).count()).toBe(1);
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "03-year.png");
    // Nothing chosen at all: said next to the button, not a dead click.
    await year.fill("2019");
    await tab.getByRole("button", { name: "Bỏ tệp cdcs-truong-thcs-an-thoi.xlsx" }).click();
    await check(tab);
    await tab
      .getByRole("alert")
      .getByText("Hãy chọn ít nhất một trang tính danh sách hoặc một tệp để kiểm tra.")
      .waitFor();
    await tab.close();
  });

  it("gives every file a line, checks in the worker, and shows findings with their person, value and suggestion", async () => {
    if (!page) return;
    const { tab, requests, workers, consoleLines } = await open();
    await tab
      .locator('input[type="file"]')
      .first()
      .setInputFiles([SAMPLE, path.join(BAD, "cu.xls"), path.join(BAD, "mat-khau.xlsx")]);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    await tab.getByText(COUNTS).first().waitFor({ timeout: 30_000 });
    // Each file its line, the ones canbo cannot read with what to do.
    await tab
      .getByText(
        "Phần mềm không đọc được tệp Excel đời cũ (.xls). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
      )
      .waitFor();
    await tab.getByText("Tệp được đặt mật khẩu", { exact: false }).waitFor();
    // Focus went to the results.
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    expect(workers.map((u) => u.split("/").pop())).toEqual(["checkWorker.js"]);
    expect(requests.some((u) => /\/xlsx\.[0-9a-f]+\.js$/.test(u))).toBe(false);
    // A finding tells the whole story: the person, the value found, the suggestion.
    const e14 = tab.locator("li.finding", { has: tab.locator('button[data-cell="E14"]') });
    expect(await e14.locator("dd").allTextContents()).toEqual([
      "Dương Văn Khoa",
      "Phó Chủ tjch",
      "Phó Chủ tịch",
    ]);
    await tab.locator('button[data-cell="B5"]').click();
    await tab.getByText("Tệp cdcs-truong-thcs-an-thoi.xlsx, trang tính “BCH CĐCS”, ô B5").waitFor();
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "04-results.png");

    // Arrow keys move inside the list; it is one Tab stop.
    await tab.locator('button[data-cell="B5"]').focus();
    await tab.keyboard.press("ArrowDown");
    expect(await tab.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe("B7");
    // One Tab stop per section that names cells ("Ghi chú" has only a sheet-level finding).
    expect(await tab.locator("li.finding button.select[tabindex='0']").count()).toBe(1);

    // Search ignores diacritics and case, over the message, the name and the value.
    const search = tab.getByLabel("Tìm trong kết quả");
    await search.fill("duong van khoa");
    await tab.getByText("Đang hiện 1 / 13 dòng kết quả").waitFor();
    await search.fill("CHUA GHI CHUC");
    await tab.getByText("Đang hiện 1 / 13 dòng kết quả").waitFor();
    expect(await tab.locator("li.finding button.select").getAttribute("data-cell")).toBe("E8");
    await search.fill("không có ai như vậy");
    await tab.getByText("Không có kết quả nào khớp bộ lọc.").waitFor();
    await keepScreenshot(tab, "05-search.png");
    await tab.getByRole("button", { name: "Bỏ lọc" }).click();
    await tab.getByText("Đang hiện 13 / 13 dòng kết quả").waitFor();
    // A filter left over is reset by a new check.
    await tab.getByLabel("Mức độ").selectOption("info");
    await check(tab);
    await tab.getByText("Đang hiện 13 / 13 dòng kết quả").waitFor({ timeout: 30_000 });
    expect(await tab.getByLabel("Mức độ").inputValue()).toBe("all");

    // Changing the year marks the results out of date; the report then checks again first.
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2020");
    await tab.getByText("Kết quả này đã cũ", { exact: false }).waitFor();
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "06-stale.png");
    await tab.getByLabel("Cơ quan ban hành").fill("Liên đoàn Lao động tỉnh Bến Tre");
    await tab.getByLabel("Địa danh").fill("Bến Tre");
    const [download] = await Promise.all([
      tab.waitForEvent("download", { timeout: 60_000 }),
      tab.getByRole("button", { name: "Lập báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("cdcs-truong-thcs-an-thoi-bao-cao.xlsx");
    await tab.getByRole("status").getByText("Đã lập cdcs-truong-thcs-an-thoi-bao-cao.xlsx.").waitFor();
    expect(await tab.getByText("Kết quả này đã cũ", { exact: false }).count()).toBe(0);
    const saved = path.join(root, "test-output", download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Thông tin báo cáo",
      "KQ Kiểm tra",
      "Chỉ tiêu 2020",
      "Phụ lục 2020",
      "Thống kê 2020",
      "Phụ lục 2016-2020",
    ]);
    const texts = (name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => void out.push(String(c.value))));
      return out;
    };
    expect(texts("Chỉ tiêu 2020")).toEqual(expect.arrayContaining(["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE"]));
    expect(texts("Chỉ tiêu 2020").some((t) => t.startsWith("Bến Tre, ngày"))).toBe(true);
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "07-report.png");

    // Nothing left the machine, nothing was kept in the browser or written to the console.
    expect(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(u))).toEqual([]);
    expect(
      await tab.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        cookie: document.cookie,
      })),
    ).toEqual({ local: 0, session: 0, databases: 0, cookie: "" });
    const grid = await (await readXlsxStream(readFileSync(SAMPLE))).readSheet("BCH CĐCS");
    const names = grid.values
      .slice(4)
      .map((r) => r[1])
      .filter((v): v is string => typeof v === "string" && v.length > 3);
    expect(names.length).toBeGreaterThan(10);
    expect(consoleLines.filter((line) => names.some((n) => line.includes(n)))).toEqual([]);
    await tab.close();
  }, 120_000);

  it("takes last year's roster and the finance workbook as report inputs, and says what it read", async () => {
    if (!page) return;
    const { tab } = await open();
    await tab
      .getByLabel("Danh sách năm trước", { exact: false })
      .setInputFiles(path.join(root, "samples", "danh-sach-can-bo-tinh-2018.xlsx"));
    await tab
      .getByText("danh-sach-can-bo-tinh-2018.xlsx: đã đọc", { exact: false })
      .waitFor({ timeout: 30_000 });
    await tab
      .getByLabel("Tệp kinh phí", { exact: false })
      .setInputFiles(path.join(root, "samples", "kinh-phi.xlsx"));
    await tab.getByText("kinh-phi.xlsx: đã đọc 4 năm").waitFor({ timeout: 30_000 });
    // A roster given as the finance workbook is refused with what the finance table needs.
    await tab.getByLabel("Tệp kinh phí", { exact: false }).setInputFiles(SAMPLE);
    await tab
      .getByText("Không thấy dòng tiêu đề của bảng kinh phí", { exact: false })
      .waitFor({ timeout: 30_000 });
    await tab
      .getByLabel("Tệp kinh phí", { exact: false })
      .setInputFiles(path.join(root, "samples", "kinh-phi.xlsx"));
    await tab.getByText("kinh-phi.xlsx: đã đọc 4 năm").waitFor({ timeout: 30_000 });
    await tab
      .locator('input[type="file"]')
      .first()
      .setInputFiles(path.join(root, "samples", "danh-sach-can-bo-tinh-2019.xlsx"));
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    const [download] = await Promise.all([
      tab.waitForEvent("download", { timeout: 60_000 }),
      tab.getByRole("button", { name: "Lập báo cáo" }).click(),
    ]);
    const saved = path.join(root, "test-output", "bao-cao-voi-nam-truoc.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const cells: string[] = [];
    wb.getWorksheet("Chỉ tiêu 2019")!.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
    expect(cells.join(" ")).not.toContain("Chưa có danh sách năm trước");
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "08-report-inputs.png");
    await tab.close();
  }, 120_000);

  it("shows a sheet typed in TCVN3 as one line per column, not one per cell", async () => {
    if (!page) return;
    const dir = path.join(os.tmpdir(), `canbo-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "vntime.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["STT", "Họ và tên", "Năm sinh", "Đơn vị", "Cấp công đoàn", "Chức danh", "Chuyên trách"]);
    const people = ["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Võ Thị Hồng"];
    people.forEach((name, i) => {
      const row = ws.addRow([
        i + 1,
        toTcvn3(name),
        1980,
        "CĐCS Trường An Thới",
        "Cơ sở",
        "Ủy viên BCH",
        "Không",
      ]);
      row.getCell(2).font = { name: ".VnTime" };
    });
    await wb.xlsx.writeFile(file);
    const { tab } = await open();
    await tab.locator('input[type="file"]').first().setInputFiles(file);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    await tab
      .getByText("Cột B có 5 ô gõ bằng bảng mã TCVN3 (phông chữ cũ), đã đọc được; nên chuyển sang Unicode")
      .waitFor({ timeout: 30_000 });
    expect(await tab.locator("li.finding", { hasText: "Phông chữ cũ (TCVN3, VNI)" }).count()).toBe(1);
    await keepScreenshot(tab, "09-legacy-column.png");
    await tab.close();
  }, 60_000);

  it("shows progress with a count from the first byte, and Hủy stops a large check at once", async () => {
    if (!page) return;
    const file = path.join(os.tmpdir(), `canbo-e2e-${process.pid}`, "lon.xlsx");
    mkdirSync(path.dirname(file), { recursive: true });
    await writeGridXlsx(syntheticGrid(60_000), file);
    const { tab } = await open();
    await tab.locator('input[type="file"]').first().setInputFiles(file);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    const bar = tab.getByRole("progressbar").first();
    try {
      await bar.waitFor();
      await tab
        .getByText(/Đang đọc lon\.xlsx/)
        .first()
        .waitFor({ timeout: 30_000 });
      await tab
        .getByText(/\d+,\d \/ \d+,\d MB/)
        .first()
        .waitFor({ timeout: 30_000 });
    } catch (e) {
      // Once, in one CI run, the reading line never showed: what the pane showed instead is kept to tell why.
      await keepScreenshot(tab, "10-progress-failed.png");
      throw e;
    }
    await keepScreenshot(tab, "10-progress.png");
    await tab.getByRole("button", { name: "Hủy" }).click();
    await tab.getByText("Đã hủy.", { exact: false }).waitFor();
    expect(await bar.count()).toBe(0);
    expect(await tab.getByText("Chưa có kết quả.", { exact: false }).count()).toBe(1);
    await keepScreenshot(tab, "11-cancelled.png");
    // The next check runs in a new worker and ends.
    await tab.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await tab.getByRole("button", { name: "Bỏ tệp lon.xlsx" }).click();
    await check(tab);
    await tab.getByText(COUNTS).first().waitFor({ timeout: 30_000 });
    await tab.close();
  }, 180_000);

  it("uses the width of a wide window: inputs on the left, results on the right", async () => {
    if (!page) return;
    const { tab } = await open(page.url, 1280);
    await tab
      .locator('input[type="file"]')
      .first()
      .setInputFiles(path.join(root, "samples", "danh-sach-can-bo-tinh-2019.xlsx"));
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    await tab.getByText("Theo đơn vị (nhiều lỗi nhất trước)").waitFor({ timeout: 30_000 });
    const left = await tab.locator(".area-source").boundingBox();
    const right = await tab.locator(".area-results").boundingBox();
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(right!.width).toBeGreaterThan(600);
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "12-wide-1280.png", false);
    await tab.close();
  }, 60_000);

  it("works served from a sub-path of an intranet server, as README's deployment says", async () => {
    if (!page) return;
    const { tab, workers } = await open(page.url.replace("/taskpane.html", "/canbo/taskpane.html"));
    await tab.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    await tab.getByText(COUNTS).first().waitFor({ timeout: 30_000 });
    expect(workers.map((u) => new URL(u).pathname)).toEqual(["/canbo/checkWorker.js"]);
    await tab.close();
  }, 60_000);

  it("works opened from a folder (file://): the check runs in a worker started from its source", async () => {
    if (!page) return;
    const { tab, workers } = await open(page.fileUrl);
    await tab.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await check(tab);
    await tab.getByText(COUNTS).first().waitFor({ timeout: 30_000 });
    expect(workers.map((u) => u.split(":")[0])).toEqual(["blob"]);
    const [download] = await Promise.all([
      tab.waitForEvent("download", { timeout: 60_000 }),
      tab.getByRole("button", { name: "Lập báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("cdcs-truong-thcs-an-thoi-bao-cao.xlsx");
    await keepScreenshot(tab, "13-file-url.png");
    await tab.close();
  }, 60_000);
});

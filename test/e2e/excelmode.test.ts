import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { OFFICE_JS, root, startPage, type PageHarness } from "./page";

describe("the task pane in Excel mode (office.js replaced by a fake of the Excel object model)", () => {
  let page: PageHarness | undefined;
  beforeAll(async () => {
    page = await startPage();
  }, 180_000);
  afterAll(() => page?.close());

  it("checks the open workbook, jumps to a cell, highlights and clears, writes the reports and leaves the roster as it was", async () => {
    if (!page) return;
    const wb = await XlsxWorkbook.open(
      readFileSync(path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx")),
    );
    const seed = await Promise.all(
      (await wb.listSheets()).map(async (s) => ({
        name: s.name,
        values: (await wb.readSheet(s.name)).values,
      })),
    );
    const fakeOffice = buildSync({
      entryPoints: [path.join(__dirname, "fakeOfficeJs.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
    }).outputFiles[0].text;

    const tab = await page.browser.newPage({ viewport: { width: 360, height: 900 }, locale: "vi-VN" });
    await tab.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.__seed = ${JSON.stringify(seed)};\n${fakeOffice}`,
      }),
    );
    const workers: string[] = [];
    tab.on("worker", (w) => workers.push(w.url()));
    await tab.goto(page.url);

    await tab.getByText("Đang làm việc trên sổ tính đang mở trong Excel.").waitFor();
    await tab.getByRole("checkbox", { name: "BCH CĐCS" }).waitFor();
    expect(await tab.getByRole("checkbox", { name: "Ghi chú" }).count()).toBe(0);
    await tab.getByLabel("Năm báo cáo").fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra" }).click();
    // The fake has no fonts: the TCVN3 name is still recognised from its letters.
    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 1").waitFor({ timeout: 30_000 });
    // office.js read the sheets on the pane's thread; the engine ran in the page's worker.
    expect(workers.map((u) => u.split("/").pop())).toEqual(["checkWorker.js"]);

    await tab.locator('button[data-cell="B5"]').click();
    await tab.waitForFunction(
      () => (window as unknown as { __fake: { selected?: string } }).__fake.selected === "'BCH CĐCS'!B5",
    );

    const fills = () =>
      tab.evaluate(
        () =>
          [
            ...(
              window as unknown as {
                __fake: { sheets: { name: string; cells: Map<string, { fill: string | null }> }[] };
              }
            ).__fake.sheets[0].cells.values(),
          ].filter((c) => c.fill).length,
      );
    await tab.getByRole("button", { name: "Đánh dấu ô lỗi" }).click();
    await tab.getByRole("button", { name: "Xóa đánh dấu" }).waitFor();
    expect(await fills()).toBe(11);
    await tab.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await tab.getByRole("button", { name: "Đánh dấu ô lỗi" }).waitFor();
    expect(await fills()).toBe(0);

    await tab.getByRole("button", { name: "Tạo báo cáo" }).click();
    await tab.getByText("Đã ghi các trang báo cáo vào sổ tính.").waitFor({ timeout: 30_000 });
    const after = await tab.evaluate(() => {
      const fake = (
        window as unknown as {
          __fake: { sheets: { name: string; value: (r: number, c: number) => unknown }[] };
        }
      ).__fake;
      return { names: fake.sheets.map((s) => s.name), roster: fake.sheets[0] };
    });
    expect(after.names).toEqual([
      "BCH CĐCS",
      "Ghi chú",
      "Thông tin báo cáo",
      "KQ Kiểm tra",
      "Chỉ tiêu 2019",
      "Phụ lục 2019",
      "Thống kê 2019",
      "Phụ lục 2016-2020",
    ]);
    const roster = await tab.evaluate(() => {
      const s = (window as unknown as { __fake: { sheets: { value: (r: number, c: number) => unknown }[] } })
        .__fake.sheets[0];
      return Array.from({ length: 18 }, (_, r) => Array.from({ length: 15 }, (_, c) => s.value(r, c)));
    });
    const original = seed[0].values
      .slice(0, 18)
      .map((row) => Array.from({ length: 15 }, (_, c) => row[c] ?? ""));
    expect(roster).toEqual(original);

    mkdirSync(path.join(root, "test-output"), { recursive: true });
    await tab.screenshot({ path: path.join(root, "test-output", "taskpane-excel.png") });
  }, 120_000);
});

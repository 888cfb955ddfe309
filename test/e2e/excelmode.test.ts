import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import type { Page } from "playwright-core";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import type { Seed } from "./fakeOfficeJs";
import { axeViolations, keepScreenshot, OFFICE_JS, root, startPage, type PageHarness } from "./page";
import { YEARLY_REPORT_SHEETS } from "../helpers/reportSheets";

/** What the test reads of the fake: sheet names, each cell's value and fill, the custom XML parts. */
interface FakeState {
  sheets: Seed["sheets"];
  customXml: { id: string; xml: string }[];
  selected?: string;
}

const readFake = (tab: Page): Promise<FakeState> =>
  tab.evaluate(() => {
    const fake = (
      window as unknown as {
        __fake: {
          sheets: {
            name: string;
            cells: Map<string, { v: string | number | boolean; fill: string | null }>;
          }[];
          customXml: { id: string; xml: string }[];
          selected?: string;
        };
      }
    ).__fake;
    return {
      sheets: fake.sheets.map((s) => {
        const values: (string | number | boolean | null)[][] = [];
        const fills: [number, number, string][] = [];
        for (const [key, cell] of s.cells) {
          const [r, c] = key.split(",").map(Number);
          // Reading or colouring a cell makes an empty one in the fake: only values count.
          if (cell.v !== "") (values[r] ??= [])[c] = cell.v;
          if (cell.fill) fills.push([r, c, cell.fill]);
        }
        return {
          name: s.name,
          values: Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? null)),
          fills,
        };
      }),
      customXml: fake.customXml.map((p) => ({ ...p })),
      selected: fake.selected,
    };
  });

describe("the task pane in Excel mode (office.js replaced by a fake of the Excel object model)", () => {
  let page: PageHarness | undefined;
  let fakeOffice: string;
  let sample: Seed;
  beforeAll(async () => {
    page = await startPage();
    fakeOffice = buildSync({
      entryPoints: [path.join(__dirname, "fakeOfficeJs.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
    }).outputFiles[0].text;
    const wb = await XlsxWorkbook.open(
      readFileSync(path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx")),
    );
    sample = {
      sheets: await Promise.all(
        (await wb.listSheets()).map(async (s) => ({
          name: s.name,
          values: (await wb.readSheet(s.name)).values,
        })),
      ),
    };
  }, 180_000);
  afterAll(() => page?.close());

  /** The pane opened by Excel on a workbook in the given state. */
  async function openPane(seed: Seed) {
    const tab = await page!.browser.newPage({ viewport: { width: 360, height: 900 }, locale: "vi-VN" });
    await tab.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.__seed = ${JSON.stringify(seed)};\n${fakeOffice}`,
      }),
    );
    const workers: string[] = [];
    tab.on("worker", (w) => workers.push(w.url()));
    await tab.goto(`${page!.url}?host=office`);
    await tab.getByText("Đang làm việc trên sổ làm việc đang mở trong Excel.").waitFor();
    await tab.getByRole("checkbox", { name: "BCH CĐCS" }).waitFor();
    return { tab, workers };
  }

  const cellFills = (state: FakeState) => state.sheets[0].fills!.map(([, , fill]) => fill).sort();

  it("checks the open workbook, colours errors and warnings apart, and a later session clears them", async () => {
    if (!page) return;
    const { tab, workers } = await openPane(sample);
    expect(await tab.getByRole("checkbox", { name: "Ghi chú" }).count()).toBe(0);
    // Office shows the pane's title: the page's own heading is for screen readers only.
    expect(await tab.getByRole("heading", { level: 1 }).evaluate((h) => h.className)).toBe("sr-only");
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "20-excel-start.png");

    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    // The fake has no fonts: the TCVN3 name is still recognised from its letters.
    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 1").waitFor({ timeout: 30_000 });
    // office.js read the sheets on the pane's thread; the engine ran in the page's worker.
    expect(workers.map((u) => u.split("/").pop())).toEqual(["checkWorker.js"]);
    await tab.locator('button[data-cell="B5"]').click();
    await tab.waitForFunction(
      () => (window as unknown as { __fake: { selected?: string } }).__fake.selected === "'BCH CĐCS'!B5",
    );

    // How many cells, in which colours, is said before anything is coloured.
    await tab.getByText("Sẽ tô màu 7 ô có lỗi và 4 ô có cảnh báo.", { exact: false }).waitFor();
    expect(
      await tab.getByRole("list", { name: "Tô màu ô có lỗi" }).getByRole("listitem").allTextContents(),
    ).toEqual(["Lỗi", "Cảnh báo"]);
    expect(cellFills(await readFake(tab))).toEqual([]);
    await tab.getByRole("button", { name: "Tô màu 11 ô" }).click();
    await tab.getByRole("status").getByText("Đã tô màu 11 ô.").waitFor();
    const lit = await readFake(tab);
    expect(cellFills(lit)).toEqual([...Array(7).fill("#FFC7CE"), ...Array(4).fill("#FFEB9C")]);
    expect(lit.customXml).toHaveLength(1);
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "21-highlight.png");
    await tab.close();

    // The pane (or Excel) is closed and opened again: the workbook itself remembers the original fills.
    const later = await openPane(lit);
    await later.tab
      .getByText("Sổ làm việc đang có 11 ô do canbo tô màu; màu nền cũ của các ô này đã được ghi lại.")
      .waitFor();
    await keepScreenshot(later.tab, "22-highlight-next-session.png");
    await later.tab.getByRole("button", { name: "Xóa màu đánh dấu" }).click();
    await later.tab.getByRole("status").getByText("Đã xóa màu đánh dấu, trả lại màu nền cũ.").waitFor();
    const cleared = await readFake(later.tab);
    expect(cellFills(cleared)).toEqual([]);
    expect(cleared.customXml).toEqual([]);
    expect(cleared.sheets.map((s) => s.values)).toEqual(lit.sheets.map((s) => s.values));
    await later.tab.close();
  }, 120_000);

  it("remembers the bodies and the place in the workbook, not the signer, and re-checks stale results before a report", async () => {
    if (!page) return;
    const { tab } = await openPane(sample);
    const before = await readFake(tab);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 1").waitFor({ timeout: 30_000 });
    // New standards make the results out of date.
    await tab.getByRole("button", { name: "Chèn mẫu tiêu chuẩn" }).click();
    await tab.getByText("Kết quả này đã cũ", { exact: false }).waitFor();
    await keepScreenshot(tab, "23-excel-stale.png");
    await tab.getByLabel("Cơ quan cấp trên").fill("TỔNG LĐLĐ VIỆT NAM");
    await tab.getByLabel("Cơ quan ban hành").fill("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE");
    await tab.getByLabel("Địa danh").fill("Bến Tre");
    await tab.getByLabel("Người ký").fill("Nguyễn Văn Ký");
    await tab.getByRole("button", { name: "Lập báo cáo" }).click();
    await tab
      .getByRole("status")
      .getByText("Đã ghi các trang tính báo cáo vào sổ làm việc.")
      .waitFor({ timeout: 60_000 });
    // The report checked again first, with the workbook's new "Tiêu chuẩn" sheet.
    await tab.getByText("Tiêu chuẩn: theo trang tính “Tiêu chuẩn” của sổ làm việc.").waitFor();
    expect(await tab.getByText("Kết quả này đã cũ", { exact: false }).count()).toBe(0);
    expect(await axeViolations(tab)).toEqual([]);
    await keepScreenshot(tab, "24-excel-report.png");
    const after = await readFake(tab);
    expect(after.sheets.map((s) => s.name)).toEqual([
      "BCH CĐCS",
      "Ghi chú",
      "Tiêu chuẩn",
      ...YEARLY_REPORT_SHEETS(2019),
    ]);
    // The roster is as it was.
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    const settings = after.customXml.map((p) => p.xml).join("");
    expect(settings).toContain("<issuer>LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE</issuer>");
    expect(settings).toContain("<place>Bến Tre</place>");
    expect(settings).not.toContain("Nguyễn Văn Ký");
    await tab.close();

    const next = await openPane(after);
    await next.tab
      .getByLabel("Cơ quan ban hành")
      .and(next.tab.locator('[value="LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE"]'))
      .waitFor();
    expect(await next.tab.getByLabel("Cơ quan cấp trên").inputValue()).toBe("TỔNG LĐLĐ VIỆT NAM");
    expect(await next.tab.getByLabel("Địa danh").inputValue()).toBe("Bến Tre");
    expect(await next.tab.getByLabel("Người ký").inputValue()).toBe("");
    await next.tab.close();
  }, 180_000);
});

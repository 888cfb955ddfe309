import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endlessRow, lyingBomb } from "../helpers/hostileCorpus";
import { makeTempDir } from "../helpers/tempDir";
import { OFFICE_JS, root, startPage, type PageHarness } from "./page";

/**
 * The page reads opened files with the command's streaming reader, under the same bounds: a file over them gets the
 * command's sentence, and the tab lives on to check the next one. Before the bounds, the XFD1048576 file crashed the
 * tab without a word and the lying bomb held gigabytes.
 */
describe("the page under the reader's bounds (file mode)", () => {
  let page: PageHarness | undefined;
  const temp = makeTempDir("canbo-page-hostile-");
  const at = (name: string) => path.join(temp.dir, name);
  beforeAll(async () => {
    writeFileSync(at("bom-noi-doi.xlsx"), lyingBomb(2_000_000));
    writeFileSync(at("dong-vo-tan.xlsx"), endlessRow(20_000_000));
    copyFileSync(path.join(root, "test", "fixtures", "bad", "o-cuoi-trang.xlsx"), at("o-cuoi-trang.xlsx"));
    copyFileSync(path.join(root, "test", "fixtures", "bad", "3000-trang.xlsx"), at("3000-trang.xlsx"));
    page = await startPage();
  }, 180_000);
  afterAll(async () => {
    await page?.close();
    temp.cleanup();
  });

  it("refuses each hostile file with the command's sentence and still checks the roster beside them", async () => {
    if (!page) return;
    const tab = await page.browser.newPage({ viewport: { width: 360, height: 900 }, locale: "vi-VN" });
    await tab.route(OFFICE_JS, (route) => route.abort());
    let crashed = false;
    tab.on("crash", () => (crashed = true));
    await tab.goto(page.url);
    await tab.getByText("Đang làm việc trên tệp (không cần Excel).", { exact: false }).waitFor();
    await tab
      .locator('input[type="file"]')
      .first()
      .setInputFiles([
        path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx"),
        at("o-cuoi-trang.xlsx"),
        at("dong-vo-tan.xlsx"),
        at("bom-noi-doi.xlsx"),
        at("3000-trang.xlsx"),
      ]);
    await tab.getByLabel("Năm báo cáo", { exact: true }).fill("2019");
    await tab.getByRole("button", { name: "Kiểm tra", exact: true }).click();

    const sentences = [
      "o-cuoi-trang.xlsx: Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại. Vị trí: trang tính “Danh sách”, ô XFD1048576.",
      "dong-vo-tan.xlsx: Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại. Vị trí: trang tính “Danh sách”, ô AMK1.",
      "bom-noi-doi.xlsx: Tệp giải nén ra lớn quá giới hạn an toàn (hơn 512 MB, nén hơn 200 lần, hoặc lớn hơn cỡ chính tệp khai báo) nên không đọc. Hãy đề nghị đơn vị kiểm tra và gửi lại tệp.",
      "3000-trang.xlsx: Sổ làm việc có hơn 1.000 trang tính, vượt giới hạn. Hãy chia thành nhiều tệp nhỏ hơn.",
    ];
    // Each file its line, "<name>: <sentence>".
    for (const line of sentences) {
      const [name, sentence] = [line.slice(0, line.indexOf(": ")), line.slice(line.indexOf(": ") + 2)];
      await tab.locator("li", { hasText: name }).getByText(sentence).waitFor({ timeout: 60_000 });
    }
    await tab.getByText("15 cán bộ — Lỗi: 7, Cảnh báo: 4, Thông tin: 2").first().waitFor({ timeout: 60_000 });
    expect(crashed).toBe(false);
    expect(await tab.evaluate(() => document.title.length >= 0)).toBe(true);
  }, 180_000);
});

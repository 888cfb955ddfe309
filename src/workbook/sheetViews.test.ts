import { xlsxBytes } from "../../test/helpers/excelFiles";
import { readZipText } from "../../test/helpers/zipReader";
import { XlsxWorkbook } from "./xlsxFile";

/** Three sheets; the first is selected (as Excel saves it), the third is frozen, plus a hidden one. */
const book = async () =>
  XlsxWorkbook.open(
    await xlsxBytes((wb) => {
      wb.addWorksheet("Một", { views: [{ tabSelected: true } as never] }).getCell("A1").value = 1;
      wb.addWorksheet("Hai").getCell("A1").value = 2;
      wb.addWorksheet("Ba", { views: [{ state: "frozen", ySplit: 2, zoomScale: 85 }] }).getCell("A1").value =
        3;
      const hidden = wb.addWorksheet("Ẩn");
      hidden.state = "hidden";
      wb.views = [
        { x: 100, y: 50, width: 20000, height: 10000, firstSheet: 0, activeTab: 0, visibility: "visible" },
      ];
    }),
  );

const sheetView = (bytes: Uint8Array, n: number) =>
  /<sheetView[^>]*>.*?<\/sheetView>|<sheetView[^>]*\/>/.exec(
    readZipText(bytes, `xl/worksheets/sheet${n}.xml`) ?? "",
  )?.[0] ?? "";

describe("select and activate", () => {
  it("activates a sheet: active tab in the workbook view, only that tab selected", async () => {
    const b = await book();
    await b.activate("Hai");
    const out = await b.toBytes();
    expect(readZipText(out, "xl/workbook.xml")).toContain(
      '<workbookView xWindow="100" yWindow="50" windowWidth="20000" windowHeight="10000" firstSheet="0" activeTab="1"/>',
    );
    expect(sheetView(out, 1)).not.toContain("tabSelected");
    expect(sheetView(out, 2)).toContain('tabSelected="1"');
    expect(sheetView(out, 3)).not.toContain("tabSelected");
  });

  it("selects a cell, keeping frozen panes and zoom", async () => {
    const b = await book();
    await b.select({ sheet: "Ba", cell: "$c$17" });
    const out = await b.toBytes();
    expect(readZipText(out, "xl/workbook.xml")).toContain('activeTab="2"');
    const view = sheetView(out, 3);
    expect(view).toContain('tabSelected="1"');
    expect(view).toContain('zoomScale="85"');
    expect(view).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(view).toContain('<selection pane="bottomLeft" activeCell="C17" sqref="C17"/>');
  });

  it("selects a cell on a sheet without a view", async () => {
    const b = XlsxWorkbook.create();
    await b.writeSheet({ name: "KQ", blocks: [], page: { orientation: "portrait" } });
    await b.select({ sheet: "KQ", cell: "B15" });
    const out = await b.toBytes();
    expect(sheetView(out, 1)).toContain('<selection activeCell="B15" sqref="B15"/>');
    expect(readZipText(out, "xl/workbook.xml")).toContain('activeTab="0"');
  });

  it("refuses missing and hidden sheets, and bad addresses", async () => {
    const b = await book();
    await expect(b.activate("Bốn")).rejects.toMatchObject({ problem: "sheet-missing", sheet: "Bốn" });
    await expect(b.activate("Ẩn")).rejects.toMatchObject({
      problem: "sheet-missing",
      sheet: "Ẩn",
      detail: "hidden",
    });
    await expect(b.select({ sheet: "Một", cell: "ZZZZ1" })).rejects.toMatchObject({ problem: "not-found" });
  });
});

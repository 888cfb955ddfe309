import { readFileSync } from "node:fs";
import path from "node:path";
import type { Grid } from "../../core/grid";
import { DEFAULT_FRAMEWORK, standardsSheetSpec } from "../../core/standards";
import { xlsxBytes } from "../../../test/helpers/excelFiles";
import { WorkbookError } from "../port";
import { XlsxWorkbook } from "../xlsxFile";
import { readXlsxStream } from "./readXlsxStream";

const root = path.join(__dirname, "..", "..", "..");
const FILES = [
  "samples/danh-sach-can-bo-tinh-2019.xlsx",
  "samples/danh-sach-can-bo-tinh-2018.xlsx",
  "samples/cdcs-truong-thcs-an-thoi.xlsx",
  "samples/kinh-phi.xlsx",
  "test/fixtures/libreoffice/cdcs-saved-by-libreoffice.xlsx",
];

/** Every sheet, as both readers see it: the streamed grid must be the ExcelJS adapter's grid, cell for cell. */
async function bothReads(bytes: Uint8Array) {
  const full = await XlsxWorkbook.open(bytes);
  const streamed = await readXlsxStream(bytes);
  const sheets = await full.listSheets();
  expect(await streamed.listSheets()).toEqual(sheets);
  for (const s of sheets) {
    const a = await streamed.readSheet(s.name, { fonts: true });
    const b = await full.readSheet(s.name, { fonts: true });
    expect({ ...a, fonts: undefined }).toEqual({ ...b, fonts: undefined });
    // Fonts matter only where there is a value (the streamed grid shares one font row among rows of one font).
    const fontsAtValues = (g: Grid) =>
      g.values.map((row, r) => row.map((v, c) => (v === "" ? "" : g.fonts?.[r]?.[c])));
    expect(fontsAtValues(a)).toEqual(fontsAtValues(b));
    expect(await streamed.readSheet(s.name, { rows: 5 })).toEqual(await full.readSheet(s.name, { rows: 5 }));
  }
}

describe("reading an .xlsx by streaming", () => {
  it.each(FILES)("gives the same sheets and grids as the ExcelJS adapter: %s", async (file) => {
    await bothReads(new Uint8Array(readFileSync(path.join(root, file))));
  });

  it("reads rich text, inline strings, errors, booleans, formulas with and without results, merges, hidden sheets and owned report sheets alike", async () => {
    const bytes = await xlsxBytes(async (wb) => {
      const ws = wb.addWorksheet("DS");
      ws.getCell("A1").value = { richText: [{ text: "Họ và " }, { font: { bold: true }, text: "tên" }] };
      ws.getCell("B2").value = { error: "#N/A" };
      ws.getCell("C3").value = true;
      ws.getCell("D3").value = false;
      ws.getCell("E4").value = { formula: "1+1", result: 2 };
      ws.getCell("F4").value = { formula: 'A1&""', result: "Họ và tên" };
      ws.getCell("G4").value = { formula: "1/0" };
      ws.getCell("H5").value = new Date(Date.UTC(1980, 4, 17));
      ws.getCell("A6").value = "Nguyễn\tVăn\r\nAn _x0041_";
      ws.getCell("B7").value = "x";
      ws.getCell("B7").font = { name: ".VnTime" };
      ws.mergeCells("A9:C10");
      ws.getCell("A9").value = "gộp";
      const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
      hidden.getCell("A1").value = 1;
      wb.addWorksheet("Trống");
    });
    await bothReads(bytes);
    // And what both must be, written by hand.
    const g = await (await readXlsxStream(bytes)).readSheet("DS", { fonts: true });
    expect(g.values[0][0]).toBe("Họ và tên");
    expect(g.values[1][1]).toBe("#N/A");
    expect([g.values[2][2], g.values[2][3]]).toEqual([true, false]);
    // G4, a formula without a result, holds no value: the row ends at F4.
    expect(g.values[3].slice(4)).toEqual([2, "Họ và tên"]);
    expect(g.values[4][7]).toBe(29358); // 17/5/1980 as an Excel serial number
    expect(g.fonts?.[6][1]).toBe(".VnTime");
    // A9:C10, cut at the last row with a value (row 9).
    expect(g.merges).toEqual([{ top: 8, left: 0, bottom: 8, right: 2 }]);
    expect(g.values[8][0]).toBe("gộp");
    const wb = XlsxWorkbook.create();
    // A report sheet with a title block and a table, owned through a defined name.
    await wb.writeSheet({ ...standardsSheetSpec(DEFAULT_FRAMEWORK), name: "KQ Kiểm tra" });
    await bothReads(await wb.toBytes());
  });

  it("refuses what the ExcelJS adapter refuses, with the same problem", async () => {
    const problem = async (bytes: Uint8Array) => {
      try {
        await readXlsxStream(bytes);
        return "read";
      } catch (e) {
        return e instanceof WorkbookError ? e.problem : String(e);
      }
    };
    const good = new Uint8Array(readFileSync(path.join(root, FILES[2])));
    expect(await problem(good.subarray(0, good.length >> 1))).toBe("corrupted");
    expect(await problem(new TextEncoder().encode("STT;Họ và tên\n1;An\n"))).toBe("csv");
    expect(await problem(new Uint8Array(0))).toBe("empty");
    // Inflating more than the budget stops at once, whatever the directory declared.
    expect(await problem(good)).toBe("read");
    await expect(readXlsxStream(good, { limits: { maxUncompressedBytes: 10_000 } })).rejects.toMatchObject({
      problem: "zip-bomb",
    });
  });
});

describe("reading hostile and unlucky files by streaming (the command's and the page's reader)", () => {
  const bad = (name: string) =>
    new Uint8Array(readFileSync(path.join(root, "test", "fixtures", "bad", name)));
  const refusal = async (bytes: Uint8Array, options: Parameters<typeof readXlsxStream>[1] = {}) => {
    try {
      await readXlsxStream(bytes, options);
      return "read";
    } catch (e) {
      return e instanceof WorkbookError ? { problem: e.problem, sheet: e.sheet, cell: e.cell } : e;
    }
  };

  it("gives 1900-system serials for the dates of a 1904-system workbook, and only for dates", async () => {
    const g = await (await readXlsxStream(bad("nam-1904.xlsx"))).readSheet("Danh sách");
    // 01/03/1950, 15/06/1985, 20/11/1990 as Excel's 1900 system counts them; the STT column stays 1, 2, 3.
    expect(g.values.slice(1).map((r) => [r[0], r[2]])).toEqual([
      [1, 18_323],
      [2, 31_213],
      [3, 33_197],
    ]);
  });

  it("reads parts saved in UTF-16 and an archive followed by other bytes as the plain file", async () => {
    const plain = await (await readXlsxStream(bad("du-byte.xlsx"))).readSheet("Danh sách");
    expect(plain.values[1]).toEqual([1, "Nguyễn Văn Hùng", 18_323, "Chủ tịch"]);
    expect(await (await readXlsxStream(bad("utf16-phan.xlsx"))).readSheet("Danh sách")).toEqual(plain);
  });

  it("refuses, with the limit and the place, what would cost too much", async () => {
    expect(await refusal(bad("o-cuoi-trang.xlsx"))).toEqual({
      problem: "too-many-columns",
      sheet: "Danh sách",
      cell: "XFD1048576",
    });
    expect(await refusal(bad("3000-trang.xlsx"))).toMatchObject({ problem: "too-many-sheets" });
    expect(await refusal(bad("hoa-thuong.xlsx"))).toMatchObject({ problem: "ambiguous-parts" });
    const roster = bad("du-byte.xlsx");
    expect(await refusal(roster, { limits: { maxCells: 10 } })).toMatchObject({ problem: "too-many-cells" });
    expect(await refusal(roster, { limits: { maxTextChars: 20 } })).toMatchObject({
      problem: "too-much-text",
    });
  });

  it("bounds a comment the parser would gather whole", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("DS").getCell("A1").value = "x";
    });
    const { rewriteXlsx } = await import("../../../test/helpers/zipRewrite");
    const commented = rewriteXlsx(bytes, (name, text) =>
      name === "xl/worksheets/sheet1.xml"
        ? text.replace("<sheetData>", `<!--${"<!".repeat(600_000)}--><sheetData>`)
        : text,
    );
    expect(await refusal(commented)).toMatchObject({ problem: "too-much-text" });
  });

  it("stops when the page cancels, with the signal's reason", async () => {
    const controller = new AbortController();
    controller.abort(new Error("huỷ"));
    await expect(readXlsxStream(bad("du-byte.xlsx"), { signal: controller.signal })).rejects.toThrow("huỷ");
    const later = new AbortController();
    const reading = readXlsxStream(new Uint8Array(readFileSync(path.join(root, FILES[0]))), {
      signal: later.signal,
    });
    later.abort(new Error("huỷ giữa chừng"));
    await expect(reading).rejects.toThrow("huỷ giữa chừng");
  });
});

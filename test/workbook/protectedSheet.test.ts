import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { checkWorkbook } from "../../src/app/check";
import { writeReportSheets } from "../../src/app/writeReports";
import { buildReport } from "../../src/app/buildReport";
import { messagesFor } from "../../src/i18n";

const vi = messagesFor("vi");
import { describeFailure } from "../../src/app/describeFailure";
import { WorkbookError } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";

/**
 * A protected roster sheet (Review → Protect Sheet) can still be read and checked, but Excel will not let its
 * cells be recoloured: highlighting on it must fail with "protected" before any cell changes — also on the
 * sheets named before it in the same request — and the user must be told, in a sentence, what to do.
 */

const SAMPLE = path.join(__dirname, "..", "..", "samples", "cdcs-truong-thcs-an-thoi.xlsx");
const ROSTER = "BCH CĐCS";
const OPEN = "Mở";
const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

/** An unprotected sheet first ("Mở", B2 yellow), then the sample roster, protected with a password. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const open = wb.addWorksheet(OPEN);
  open.getCell("A1").value = "không tô";
  open.getCell("B2").value = "vàng";
  open.getCell("B2").fill = YELLOW;
  // Put "Mở" first, as the sheet a request names before the protected one.
  (open as unknown as { orderNo: number }).orderNo = -1;
  const roster = wb.getWorksheet(ROSTER)!;
  roster.getCell("B6").fill = YELLOW;
  await roster.protect("pw", {});
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell's fill of every sheet, read back from the bytes with ExcelJS. */
async function fills(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const ws of (await loadWithExcelJs(bytes)).worksheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => (out[`${ws.name}!${cell.address}`] = cell.style?.fill)),
    );
  return out;
}

/** ExcelJS reads <sheetProtection> into `sheetProtection`, which its typings do not declare. */
const protection = (ws: ExcelJS.Worksheet | undefined) =>
  (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection ?? undefined;

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("a protected roster sheet through the .xlsx adapter", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbook();
  });

  it("is really protected in the file (the fixture is what the test is about)", async () => {
    const wb = await loadWithExcelJs(bytes);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([OPEN, ROSTER, "Ghi chú"]);
    expect(protection(wb.getWorksheet(ROSTER))).toMatchObject({ sheet: true });
    expect(protection(wb.getWorksheet(OPEN))).toBeUndefined();
  });

  it("is still read and checked: 15 cadres and the planted mistakes", async () => {
    const port = await XlsxWorkbook.open(bytes);
    const result = await checkWorkbook(port, { year: 2019, sheets: [ROSTER] });
    expect(result.cadres).toHaveLength(15);
    // samples/README.md: E8 has no position, K16 a training in 2021, after the report year 2019.
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual(
      expect.arrayContaining([
        ["missing-value", "E8"],
        ["future-training", "K16"],
      ]),
    );
  });

  it("refuses a highlight on it with WorkbookError('protected', sheet) and changes no cell", async () => {
    const port = await XlsxWorkbook.open(bytes);
    const e = await failure(port.highlight([{ sheet: ROSTER, cell: "E8" }]));
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ problem: "protected", sheet: ROSTER });
    expect(await fills(await port.toBytes())).toEqual(await fills(bytes));
  });

  it("half-applies nothing when the request names an unprotected sheet first and the protected one second", async () => {
    const port = await XlsxWorkbook.open(bytes);
    const e = await failure(
      port.highlight([
        { sheet: OPEN, cell: "A1" },
        { sheet: OPEN, cell: "B2" },
        { sheet: ROSTER, cell: "E8" },
        { sheet: ROSTER, cell: "B6" },
      ]),
    );
    expect((e as WorkbookError).problem).toBe("protected");
    expect(await fills(await port.toBytes())).toEqual(await fills(bytes));

    // Nothing was remembered either: clearing changes nothing, and the open sheet can still be highlighted.
    await port.clearHighlight();
    expect(await fills(await port.toBytes())).toEqual(await fills(bytes));
    await port.highlight([{ sheet: OPEN, cell: "B2" }]);
    const lit = await fills(await port.toBytes());
    expect(lit[`${OPEN}!B2`]).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(lit[`${ROSTER}!E8`]).toEqual((await fills(bytes))[`${ROSTER}!E8`]);
  });

  it("takes the report sheets, and the roster stays protected and unchanged in the saved file", async () => {
    const port = await XlsxWorkbook.open(bytes);
    const result = await checkWorkbook(port, { year: 2019, sheets: [ROSTER] });
    const report = buildReport(result.cadres, result.findings, {
      year: 2019,
      standards: result.standards,
      messages: vi,
      date: new Date(2019, 11, 20),
    });
    await writeReportSheets(port, report);
    const saved = await port.toBytes();
    const wb = await loadWithExcelJs(saved);
    expect(wb.getWorksheet("KQ Kiểm tra")).toBeDefined();
    expect(protection(wb.getWorksheet(ROSTER))).toMatchObject({ sheet: true });
    const before = await fills(bytes);
    const after = await fills(saved);
    for (const key of Object.keys(before)) expect([key, after[key]]).toEqual([key, before[key]]);
  });
});

describe("the sentence the task pane shows for a protected sheet", () => {
  it("names the sheet, says nothing was coloured and where Excel unprotects it, in Excel's words of each language", () => {
    const error = new WorkbookError("protected", undefined, { sheet: "DS" });
    expect(describeFailure(error, vi)).toBe(
      "Trang tính “DS” đang được bảo vệ nên không tô màu được. Hãy bỏ bảo vệ (thẻ Xem lại > Bỏ bảo vệ Trang tính) rồi thử lại.",
    );
    expect(describeFailure(error, messagesFor("en"))).toBe(
      "The sheet “DS” is protected, so nothing was coloured. Unprotect it (Review > Unprotect Sheet) and try again.",
    );
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CheckResult } from "../../src/app/types";
import { messagesFor } from "../../src/i18n";

const vi = messagesFor("vi");
import { buildReport } from "../../src/app/buildReport";
import { checkWorkbook, detectRosterSheets } from "../../src/app/check";
import { highlightFindings } from "../../src/app/highlightFindings";
import { writeReportSheets } from "../../src/app/writeReports";
import { toCellValue } from "../../src/workbook/cellValue";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";
import { YEARLY_REPORT_SHEETS } from "../helpers/reportSheets";

/**
 * The promise of Excel mode: checking, highlighting then clearing, and writing the reports leave every cell of
 * the user's sheets — value, formula, fill, number format, font — exactly as it was; only the add-in's own
 * sheets change.
 */

const SAMPLE = path.join(__dirname, "..", "..", "samples", "cdcs-truong-thcs-an-thoi.xlsx");
const ROSTER = "BCH CĐCS";
const NOTES = "Ghi chú";
const YEAR = 2019;
/** The report sheets of a yearly report with the built-in plan (samples/README.md, docs of buildReport). */
const REPORTS = YEARLY_REPORT_SHEETS(YEAR);
/**
 * The planted mistakes of samples/README.md that are errors or warnings, by cell: the cells "Đánh dấu ô lỗi"
 * must colour. N3 (unknown column) is information and is not coloured.
 */
const PLANTED = ["B5", "B7", "E8", "M9", "M10", "I11", "C12", "C13", "E14", "I15", "K16"];
/** Of those, the warnings (legacy-encoding, duplicate-person, implausible-age, future-training): amber, not red. */
const WARNINGS = ["B5", "B7", "C13", "K16"];
const fillOf = (address: string) => (WARNINGS.includes(address) ? "FFEB9C" : "FFC7CE");

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const YELLOW = "FFFFFF00";
const GREEN = "FFC6EFCE";
const BLUE = "FFBDD7EE";
const GREY = "FFD9D9D9";
const ORANGE = "FFFFC000";

/**
 * The sample roster with what real rosters carry on top: a merged title, a grey header, coloured cells (some of
 * them cells the check will highlight), formulas with cached results, a hyperlink, and a notes sheet with
 * formulas, a date, a percentage and a link.
 */
async function richRoster(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(ROSTER)!;
  ws.mergeCells("A1:O1");
  for (let c = 1; c <= 15; c++) ws.getCell(3, c).fill = solid(GREY);
  ws.getCell("B5").fill = solid(YELLOW); // highlighted, then back to yellow
  ws.getCell("E8").fill = solid(GREEN); // highlighted, then back to green
  ws.getCell("A4").fill = solid(BLUE); // never highlighted
  ws.getCell("O17").fill = solid(ORANGE);
  // Formulas in the free-text "Ghi chú" column, with the results Excel would have cached.
  ws.getCell("O5").value = { formula: "YEAR(TODAY())-YEAR(C5)", result: 34 } as ExcelJS.CellFormulaValue;
  ws.getCell("O6").value = { formula: "SUM(K5,L4)", result: 4035 } as ExcelJS.CellFormulaValue;
  ws.getCell("O10").value = { text: "hồ sơ", hyperlink: "https://example.org/ho-so/7" };

  const notes = wb.getWorksheet(NOTES)!;
  notes.getCell("A1").fill = solid(ORANGE);
  notes.getCell("A3").value = "Số cán bộ";
  notes.getCell("B3").value = {
    formula: "COUNTA('BCH CĐCS'!B4:B18)",
    result: 15,
  } as ExcelJS.CellFormulaValue;
  notes.getCell("A4").value = "Hạn nộp";
  notes.getCell("B4").value = new Date(Date.UTC(2019, 11, 15));
  notes.getCell("B4").numFmt = "dd/mm/yyyy";
  notes.getCell("A5").value = "Tỉ lệ nữ";
  notes.getCell("B5").value = { formula: "B3/20", result: 0.75 } as ExcelJS.CellFormulaValue;
  notes.getCell("B5").numFmt = "0%";
  notes.getCell("B5").fill = solid(GREEN);
  notes.getCell("A6").value = { text: "Hướng dẫn", hyperlink: "https://example.org/huong-dan" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One cell as ExcelJS reads it from a file. */
interface CellShot {
  type: number;
  value: unknown;
  formula?: string;
  fill?: ExcelJS.Fill;
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
}
interface SheetShot {
  state: string;
  merges: string[];
  cells: Map<string, CellShot>;
}
/** What a cell that is not there looks like (highlighting a blank cell may leave an empty, unstyled one). */
const BLANK: CellShot = { type: ExcelJS.ValueType.Null, value: null };

/** Every cell, including empty styled ones, of every sheet but the add-in's. */
function snapshot(wb: ExcelJS.Workbook): Map<string, SheetShot> {
  const out = new Map<string, SheetShot>();
  for (const ws of wb.worksheets) {
    if (REPORTS.includes(ws.name)) continue;
    const cells = new Map<string, CellShot>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(cell.address, {
          type: cell.type,
          value: cell.value,
          formula: cell.formula || undefined,
          fill: cell.style?.fill,
          numFmt: cell.style?.numFmt,
          font: cell.style?.font,
        });
      }),
    );
    out.set(ws.name, { state: ws.state, merges: [...ws.model.merges].sort(), cells });
  }
  return out;
}

/** Cell by cell over both snapshots; `changed` says which cells may differ and how. */
function compare(
  before: Map<string, SheetShot>,
  after: Map<string, SheetShot>,
  changed: (sheet: string, address: string, was: CellShot, now: CellShot) => boolean = () => false,
): void {
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [name, was] of before) {
    const now = after.get(name)!;
    expect([name, now.state, now.merges]).toEqual([name, was.state, was.merges]);
    for (const address of new Set([...was.cells.keys(), ...now.cells.keys()])) {
      const a = was.cells.get(address) ?? BLANK;
      const b = now.cells.get(address) ?? BLANK;
      if (!changed(name, address, a, b)) expect([name, address, b]).toEqual([name, address, a]);
    }
  }
}

/** The cells the task pane colours: errors and warnings that name a cell. */
const highlighted = (result: CheckResult) =>
  result.findings
    .filter((f) => f.severity !== "info" && f.sheet && f.cell)
    .map((f) => `${f.sheet}!${f.cell}`)
    .sort();

/** The yearly report of a check, written into the workbook as the task pane does. */
const writeReports = (port: WorkbookPort, result: CheckResult) =>
  writeReportSheets(
    port,
    buildReport(result.cadres, result.findings, {
      year: YEAR,
      standards: result.standards,
      messages: vi,
      date: new Date(),
    }),
  );

/** The task pane's Excel mode: find the roster sheets, check them, highlight; returns the check. */
async function checkAndHighlight(port: WorkbookPort): Promise<CheckResult> {
  const sheets = (await detectRosterSheets(port)).filter((s) => s.isRoster).map((s) => s.name);
  expect(sheets).toEqual([ROSTER]);
  const result = await checkWorkbook(port, { year: YEAR, sheets });
  expect(result.cadres).toHaveLength(15);
  expect(highlighted(result)).toEqual(PLANTED.map((c) => `${ROSTER}!${c}`).sort());
  await highlightFindings(port, result.findings);
  return result;
}

/**
 * The workbook's default font (ExcelJS's, which wrote the sample). A cell without a style of its own that gets a
 * fill is written with a style of its own whose font is this default one: the same font, now spelled out.
 */
const DEFAULT_FONT = { name: "Calibri", size: 11, family: 2, scheme: "minor", color: { theme: 1 } };

const isPlanted = (sheet: string, address: string) => sheet === ROSTER && PLANTED.includes(address);

describe("nothing of the user's is lost, through the .xlsx adapter", () => {
  let input: Uint8Array;
  let before: Map<string, SheetShot>;
  beforeAll(async () => {
    input = await richRoster();
    before = snapshot(await loadWithExcelJs(input));
  });

  it("starts from a workbook that really has formulas, fills, a date, links and a merged title", () => {
    const roster = before.get(ROSTER)!;
    const notes = before.get(NOTES)!;
    expect(roster.merges).toEqual(["A1:O1"]);
    expect(roster.cells.get("O5")).toMatchObject({ formula: "YEAR(TODAY())-YEAR(C5)", type: 6 });
    expect(roster.cells.get("B5")!.fill).toMatchObject({ pattern: "solid", fgColor: { argb: YELLOW } });
    expect(roster.cells.get("C5")!.value).toEqual(new Date(Date.UTC(1985, 8, 2)));
    expect(roster.cells.get("O10")!.value).toEqual({
      text: "hồ sơ",
      hyperlink: "https://example.org/ho-so/7",
    });
    expect(notes.cells.get("B3")).toMatchObject({ formula: "COUNTA('BCH CĐCS'!B4:B18)" });
    expect(notes.cells.get("B4")).toMatchObject({
      value: new Date(Date.UTC(2019, 11, 15)),
      numFmt: "dd/mm/yyyy",
    });
  });

  it("colours only the cells of findings, and changes nothing else", async () => {
    const port = await XlsxWorkbook.open(input, { fileName: "cdcs.xlsx" });
    await checkAndHighlight(port);
    const lit = snapshot(await loadWithExcelJs(await port.toBytes()));
    compare(before, lit, (sheet, address, was, now) => {
      if (!isPlanted(sheet, address)) return false;
      expect(now.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${fillOf(address)}` },
      });
      expect({ ...now, fill: undefined, font: undefined }).toEqual({
        ...was,
        fill: undefined,
        font: undefined,
      });
      expect(now.font).toEqual(was.font ?? DEFAULT_FONT);
      return true;
    });
  });

  it("checks, highlights, clears and writes the reports twice in one session, changing no cell of the user's", async () => {
    const port = await XlsxWorkbook.open(input, { fileName: "cdcs.xlsx" });
    const result = await checkAndHighlight(port);
    await port.clearHighlight();
    await writeReports(port, result);
    // A second round: the check skips the add-in's sheets, and the reports, being its own, are replaced.
    const again = await checkAndHighlight(port);
    await port.clearHighlight();
    await writeReports(port, again);

    const saved = await loadWithExcelJs(await port.toBytes());
    compare(before, snapshot(saved));
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([ROSTER, NOTES, ...REPORTS]);
    const reopened = await XlsxWorkbook.open(await port.toBytes());
    expect((await reopened.listSheets()).map((s) => [s.name, s.owned])).toEqual([
      [ROSTER, false],
      [NOTES, false],
      ...REPORTS.map((n) => [n, true]),
    ]);
  });

  // ExcelJS keeps each cell's style index from the last save; a cleared cell must not be saved under the stale
  // one (B7, without a fill of its own, once came back with E8's green). FillMemory forgets the index.
  it("keeps every fill when the workbook is saved while highlighted, then cleared and saved again", async () => {
    const port = await XlsxWorkbook.open(input, { fileName: "cdcs.xlsx" });
    await checkAndHighlight(port);
    await port.toBytes();
    await port.clearHighlight();
    compare(before, snapshot(await loadWithExcelJs(await port.toBytes())));
  });
});

/** The fake's cell when it has never been touched. */
const FAKE_BLANK = { v: "", nf: "General", fill: null };

/** The same rich workbook in the fake of Excel: values as Excel gives them, formulas, fills, formats, fonts, merges. */
async function fakeOf(bytes: Uint8Array): Promise<FakeExcel> {
  const fake = new FakeExcel();
  for (const ws of (await loadWithExcelJs(bytes)).worksheets) {
    const s = new FakeSheet(ws.name);
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const fill = cell.style?.fill;
        const argb = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
        Object.assign(s.cell(r - 1, c - 1), {
          v: toCellValue(cell),
          nf: cell.style?.numFmt ?? "General",
          fill: argb ? `#${argb.slice(2)}` : null,
          ...(cell.formula ? { f: `=${cell.formula}` } : {}),
          ...(cell.style?.font?.name ? { font: cell.style.font.name } : {}),
        });
      }),
    );
    s.merges = ws.model.merges.map((m) => `'${ws.name}'!${m}`);
    fake.sheets.push(s);
  }
  return fake;
}

type FakeShot = Map<string, { merges: string[]; visibility: string; cells: Map<string, object> }>;

function fakeSnapshot(fake: FakeExcel): FakeShot {
  return new Map(
    fake.sheets
      .filter((s) => !REPORTS.includes(s.name))
      .map((s) => [
        s.name,
        {
          merges: [...s.merges],
          visibility: s.visibility,
          cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }])),
        },
      ]),
  );
}

function compareFake(
  before: FakeShot,
  after: FakeShot,
  changed: (sheet: string, address: string, was: object, now: object) => boolean = () => false,
): void {
  expect([...after.keys()]).toEqual([...before.keys()]);
  const address = (key: string) => {
    const [r, c] = key.split(",").map(Number);
    return `${String.fromCharCode(65 + c)}${r + 1}`;
  };
  for (const [name, was] of before) {
    const now = after.get(name)!;
    expect([name, now.merges, now.visibility]).toEqual([name, was.merges, was.visibility]);
    for (const key of new Set([...was.cells.keys(), ...now.cells.keys()])) {
      const a = was.cells.get(key) ?? FAKE_BLANK;
      const b = now.cells.get(key) ?? FAKE_BLANK;
      if (!changed(name, address(key), a, b))
        expect([name, address(key), b]).toEqual([name, address(key), a]);
    }
  }
}

describe("nothing of the user's is lost, through the Office adapter (fake of Excel)", () => {
  it("colours only the cells of findings, then clears and writes the reports twice, changing no cell of the user's", async () => {
    const fake = await fakeOf(await richRoster());
    const roster = fake.sheet(ROSTER)!;
    // The seed carries what the test is about: a formula with its cached result, fills, a date format, a font.
    expect([roster.cell(4, 14).f, roster.cell(4, 14).v]).toEqual(["=YEAR(TODAY())-YEAR(C5)", 34]);
    expect([roster.cell(4, 1).fill, roster.cell(7, 4).fill, roster.cell(3, 0).fill]).toEqual([
      "#FFFF00",
      "#C6EFCE",
      "#BDD7EE",
    ]);
    expect([roster.cell(4, 2).nf, roster.cell(4, 1).font]).toEqual(["dd/mm/yyyy", ".VnTime"]);
    expect(fake.sheet(NOTES)!.cell(2, 1).f).toBe("=COUNTA('BCH CĐCS'!B4:B18)");
    const before = fakeSnapshot(fake);
    const port = new OfficeWorkbook(fake.run);

    const result = await checkAndHighlight(port);
    compareFake(before, fakeSnapshot(fake), (sheet, address, was, now) => {
      if (!isPlanted(sheet, address)) return false;
      expect(now).toEqual({ ...was, fill: `#${fillOf(address)}` });
      return true;
    });

    await port.clearHighlight();
    await writeReports(port, result);
    const again = await checkAndHighlight(port);
    await port.clearHighlight();
    await writeReports(port, again);

    compareFake(before, fakeSnapshot(fake));
    expect(fake.sheets.map((s) => s.name)).toEqual([ROSTER, NOTES, ...REPORTS]);
    expect((await port.listSheets()).map((s) => [s.name, s.owned])).toEqual([
      [ROSTER, false],
      [NOTES, false],
      ...REPORTS.map((n) => [n, true]),
    ]);
  });
});

import fc from "fast-check";
import type ExcelJS from "exceljs";
import { buildReport } from "../src/app/buildReport";
import { checkWorkbook } from "../src/app/check";
import { writeReportSheets } from "../src/app/writeReports";
import type { Finding } from "../src/core/findings";
import { cellAddress, parseAddress } from "../src/core/grid";
import type { CellArea, CellValue, Grid } from "../src/core/grid";
import { readRoster } from "../src/core/roster";
import { DEFAULT_FRAMEWORK } from "../src/core/standards";
import { checkStandards, findDuplicatePersons } from "../src/core/validate";
import { messagesFor } from "../src/i18n";
import { GridWorkbook } from "../src/workbook/gridWorkbook";
import { XlsxWorkbook } from "../src/workbook/xlsxFile";
import { loadWithExcelJs } from "./helpers/excelFiles";

// Extreme shapes and contents: the engine must never throw, point only at cells of the sheet, and be deterministic.

const YEAR = 2019;
const HEADER: CellValue[] = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Đảng viên",
  "Số CCCD",
  "Đơn vị",
  "Cấp công đoàn",
  "Chức danh",
  "Chuyên trách/Không chuyên trách",
  "Biên chế/HĐLĐ",
  "Trình độ chuyên môn",
  "LLCT",
  "Nghiệp vụ công đoàn",
];
const NAME_COL = 1;
const UNIT_COL = 6;
const POSITION_COL = 8;

const CADRES: CellValue[][] = [
  [
    1,
    "Nguyễn Văn An",
    "12/05/1975",
    "Nam",
    "x",
    "083075000123",
    "CĐCS Trường THCS An Thới",
    "Cơ sở",
    "Chủ tịch",
    "Chuyên trách",
    "Biên chế",
    "Đại học",
    "Trung cấp",
    2016,
  ],
  [
    2,
    "Trần Thị Bình",
    1982,
    "Nữ",
    "",
    "",
    "LĐLĐ huyện Ba Tri",
    "Cấp trên cơ sở",
    "Phó Chủ tịch",
    "Không chuyên trách",
    "",
    "Cao đẳng",
    "Sơ cấp",
    "",
  ],
  [
    3,
    "Lê Văn Cường",
    "1980",
    "Nam",
    "2005",
    "83080000789",
    "CĐCS Công ty Giao Long",
    "Cơ sở",
    "Ủy viên BCH",
    "Kiêm nhiệm",
    "HĐLĐ",
    "Dai hocc",
    "",
    "x",
  ],
];

const ERRORS = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Values of the wrong type for every column: names as numbers, years as words, booleans, error values. */
const wrongTyped: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    true,
    false,
    0,
    -0,
    -1,
    1975,
    1e308,
    -1e308,
    Number.NaN,
    Infinity,
    -Infinity,
    2958466,
    1e-300,
  ),
  fc.constantFrom(...ERRORS),
  fc.constantFrom(
    "một chín tám mươi",
    "mười hai tháng năm",
    "năm 1980",
    "Chủ tịch",
    "Đại học",
    "x",
    "TRUE",
    "1/1/1",
    "0",
  ),
  fc.double(),
  fc.integer(),
);

const SPECIAL = [
  "\u0000\u0001\u0007\b\t\n\r\u001b\u007f\u0085\u200b\ufeff",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "👨🏽‍💻",
  "🇻🇳",
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202eNguyễn\u202c",
  "Nguye\u0302\u0303n Thi\u0323 Ha\u0300",
  "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308",
  "\ud800",
  "NguyÔn ThÞ Hoa",
  "Vieät Nam",
];

/** Excel's longest cell: 32,767 UTF-16 units, made of whole repeats of a unit (no split surrogate pairs). */
function longText(unit: string): string {
  return unit.repeat(Math.floor(32_767 / unit.length)).padEnd(32_767, "a");
}
const strangeText: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.constantFrom(...SPECIAL, "Nguyễn Văn An ", "Chủ tịch, ", "CĐCS ", "x").map(longText),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
);

/** Where a finding may point: a cell of the sheet, or a cell inside one of its merged areas. */
function expectInside(grid: Grid, findings: readonly Finding[]): void {
  let width = 0;
  grid.values.forEach((row) => (width = Math.max(width, row?.length ?? 0)));
  const inMerge = (r: number, c: number) =>
    grid.merges.some((m: CellArea) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
  for (const f of findings) {
    if (f.cell === undefined) continue;
    const at = parseAddress(f.cell);
    expect(at).toBeDefined();
    const inside = at!.row < grid.values.length && at!.col < width;
    if (!inside && !inMerge(at!.row, at!.col))
      throw new Error(`${f.code} at ${f.cell} lies outside the sheet`);
  }
}

function runEngine(grid: Grid) {
  const roster = readRoster(grid, { year: YEAR });
  const findings = [
    ...roster.findings,
    ...findDuplicatePersons(roster.cadres),
    ...checkStandards(roster.cadres, DEFAULT_FRAMEWORK, YEAR),
  ];
  return { roster, findings };
}

/** No exception, every cell inside the sheet, and the same answer (in the same order) twice. */
function checkEngine(grid: Grid) {
  const a = runEngine(grid);
  expectInside(grid, a.findings);
  expect(runEngine(grid)).toEqual(a);
  return a;
}

/** The same through checkWorkbook over a GridWorkbook (findings ordered, duplicates and standards included). */
async function checkThroughWorkbook(grid: Grid): Promise<void> {
  const run = () => checkWorkbook(new GridWorkbook([{ grid, visible: true, owned: false }]), { year: YEAR });
  const a = await run();
  expectInside(grid, a.findings);
  expect(await run()).toEqual(a);
}

const pad = (row: CellValue[], width: number): CellValue[] => [...row, ...Array(width - row.length).fill("")];

describe("the engine on extreme sheets", () => {
  it("reads a sheet 16,384 columns wide with a stray value in column XFD", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(CADRES.length + 1), fc.oneof(wrongTyped, strangeText), async (at, stray) => {
        const values = [HEADER, ...CADRES, ["", "Phạm Thị Dung"]].map((r) => [...r]);
        values[at] = pad(values[at], 16_384);
        values[at][16_383] = stray;
        const grid: Grid = { name: "Rộng", values, merges: [] };
        const { roster } = checkEngine(grid);
        // A stray cell far right neither hides the header nor the cadres under it.
        expect(roster.header?.top).toBe(0);
        expect(roster.cadres.slice(0, 3).map((c) => c.row)).toEqual([2, 3, 4]);
        await checkThroughWorkbook(grid);
      }),
      { numRuns: 15, seed: 16_384 },
    );
  });

  it("reads a sparse sheet whose last value sits in row 1,048,576, quickly", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant<CellValue[]>(CADRES[0]),
          fc.array(fc.oneof(wrongTyped, strangeText), { maxLength: 16 }),
          fc.tuple(fc.nat(16_383), fc.oneof(wrongTyped, strangeText)).map(([c, v]) => {
            const row: CellValue[] = Array(c + 1).fill(null);
            row[c] = v;
            return row;
          }),
        ),
        async (last) => {
          const values: CellValue[][] = [];
          values[0] = HEADER;
          CADRES.forEach((r, i) => (values[i + 1] = r));
          values[1_048_575] = last;
          const grid: Grid = { name: "Dài", values, merges: [] };
          const { roster } = checkEngine(grid);
          expect(roster.cadres.slice(0, 3).map((c) => c.row)).toEqual([2, 3, 4]);
          expect(roster.cadres.every((c) => c.row <= 4 || c.row === 1_048_576)).toBe(true);
          await checkThroughWorkbook(grid);
        },
      ),
      { numRuns: 6, seed: 1_048_576 },
    );
    // jest's own default timeout (the config allows 60 s): a million missing rows must cost next to nothing.
  }, 5_000);

  it("reads a sheet where every 2×2 block is merged, the header included", () => {
    const mixedCell = fc.oneof(wrongTyped, fc.constantFrom<CellValue>(...CADRES.flat()));
    fc.assert(
      fc.property(
        fc.array(fc.array(mixedCell, { maxLength: 16 }), { maxLength: 20 }),
        fc.nat(1),
        fc.nat(1),
        (rows, dr, dc) => {
          const values = [HEADER, ...CADRES, ...rows];
          let width = 0;
          for (const r of values) width = Math.max(width, r.length);
          const merges: CellArea[] = [];
          for (let top = dr; top < values.length; top += 2)
            for (let left = dc; left < width; left += 2)
              merges.push({ top, left, bottom: top + 1, right: left + 1 });
          checkEngine({ name: "Gộp", values, merges });
        },
      ),
      { numRuns: 100, seed: 22 },
    );
  });

  it("reads numbers where text belongs, text where numbers belong, booleans and errors in every column", async () => {
    const row = fc.array(wrongTyped, { minLength: HEADER.length, maxLength: HEADER.length });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const grid: Grid = { name: "Sai kiểu", values: [HEADER, ...rows], merges: [] };
        const { findings } = checkEngine(grid);
        await checkThroughWorkbook(grid);
        // Every row is full, so none is a section, total or signature: each error value is reported at its cell.
        const errorCells = rows.flatMap((row, r) =>
          row.flatMap((v, c) => (ERRORS.includes(v as string) ? [cellAddress(r + 1, c)] : [])),
        );
        const reported = findings.filter((f) => f.code === "error-value").map((f) => f.cell);
        expect(reported.sort()).toEqual(errorCells.sort());
      }),
      { numRuns: 150, seed: 1980 },
    );
  });

  it("reads 32,767-character cells, control characters, emoji, right-to-left text and combining marks", async () => {
    const row = fc
      .record({
        base: fc.constantFrom(...CADRES),
        name: strangeText,
        unit: strangeText,
        position: strangeText,
      })
      .map(({ base, name, unit, position }) => {
        const r = [...base];
        r[NAME_COL] = name;
        r[UNIT_COL] = unit;
        r[POSITION_COL] = position;
        return r;
      });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 4 }), async (rows) => {
        const grid: Grid = { name: "Chữ lạ", values: [HEADER, ...rows], merges: [] };
        const { roster } = checkEngine(grid);
        expect(roster.cadres).toHaveLength(rows.length);
        await checkThroughWorkbook(grid);
      }),
      { numRuns: 40, seed: 32_767 },
    );
  });

  // A whole header in another layout starts a second table, read by that header (see readRoster.test.ts); the header
  // repeated as it is, or a few header words that make no whole header, must not cost a cadre.
  it("reads header words in the middle of the data as no person, losing no cadre around them", () => {
    const headerish = fc.oneof(
      fc.constant(HEADER),
      fc.array(fc.constantFrom<CellValue>("Họ và tên", "Chức danh", "STT", "Năm sinh", "Đơn vị", ""), {
        minLength: 1,
        maxLength: 4,
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...CADRES.keys()), headerish), { maxLength: 12 }),
        (body) => {
          const values = [HEADER, ...body.map((b) => (typeof b === "number" ? CADRES[b] : b))];
          const { roster } = checkEngine({ name: "Lặp tiêu đề", values, merges: [] });
          const genuine = body.flatMap((b, i) =>
            typeof b === "number" ? [{ row: i + 2, name: CADRES[b][1] }] : [],
          );
          const read = roster.cadres.map((c) => ({ row: c.row, name: c.fullName }));
          expect(read).toEqual(expect.arrayContaining(genuine));
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});

/**
 * What a person sees in a workbook: sheets in order with their views and column widths, every cell's value,
 * formula, fill, font and format, the merges, the defined names and the active sheet.
 */
function snapshot(wb: ExcelJS.Workbook) {
  const sheets = wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        cells[c.address] = {
          value: c.value,
          formula: c.formula,
          fill: c.style.fill,
          font: c.style.font,
          numFmt: c.style.numFmt,
        };
      }),
    );
    const widths = ws.columns?.map((c) => c.width) ?? [];
    return {
      name: ws.name,
      state: ws.state,
      views: ws.views,
      widths,
      merges: [...(ws.model.merges ?? [])].sort(),
      cells,
    };
  });
  return { sheets, names: wb.definedNames.model, views: wb.views };
}

describe("writing the report", () => {
  const cadreRow = fc.tuple(
    fc.constantFrom(...CADRES),
    fc.constantFrom<CellValue>("Nguyễn Văn An", "Trần Thị Bình", "Võ Thị Lan", "", 1975, "#N/A"),
    fc.constantFrom<CellValue>("Chủ tịch", "Phó Chủ tịch", "Ủy viên BCH", "Phó Chủ tjch", ""),
    fc.constantFrom<CellValue>(1960, 1975, "12/05/1990", "31/02/1980", 2010, ""),
  );

  it("twice gives the same workbook as writing it once", async () => {
    const messages = messagesFor("vi");
    await fc.assert(
      fc.asyncProperty(fc.array(cadreRow, { maxLength: 8 }), async (rows) => {
        const values = [
          HEADER,
          ...rows.map(([base, name, position, born]) => {
            const r = [...base];
            r[NAME_COL] = name;
            r[POSITION_COL] = position;
            r[2] = born;
            return r;
          }),
        ];
        const port = new GridWorkbook([
          { grid: { name: "Danh sách", values, merges: [] }, visible: true, owned: false },
        ]);
        const result = await checkWorkbook(port, { year: YEAR, file: "ba-tri.xlsx" });
        const report = buildReport(result.cadres, result.findings, {
          year: YEAR,
          standards: result.standards,
          messages,
          date: new Date(2019, 11, 31),
        });

        const once = XlsxWorkbook.create();
        await writeReportSheets(once, report);
        const twice = XlsxWorkbook.create();
        await writeReportSheets(twice, report);
        await writeReportSheets(twice, report);

        const a = snapshot(await loadWithExcelJs(await once.toBytes()));
        const b = snapshot(await loadWithExcelJs(await twice.toBytes()));
        expect(a.sheets.map((s) => s.name)).toEqual(report.sheets.map((s) => s.name));
        expect(b).toEqual(a);
      }),
      { numRuns: 6, seed: 2 },
    );
  });
});

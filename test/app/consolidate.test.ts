import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFiles, type BatchResult } from "../../src/app/checkFiles";
import { checkWorkbook } from "../../src/app/check";
import { consolidate, type Consolidation } from "../../src/app/consolidate";
import { findingKey, rosterSheetName } from "../../src/core/consolidate";
import { DEFAULT_FRAMEWORK } from "../../src/core/standards";
import { messagesFor } from "../../src/i18n";

const vi = messagesFor("vi");
import { readXlsxStream } from "../../src/workbook/stream/readXlsxStream";
import { XlsxWorkbook } from "../../src/workbook/xlsxFile";
import { readXlsxGrids } from "../../src/workbook/xlsxNode";

/**
 * The consolidated roster (issue 13) proven on the real-layout corpus (test/fixtures/rosters): every person of
 * the 18 files once, in Unicode and canonical spellings, dates as dates, CCCD as 12-digit text, grouped by upper
 * unit under section rows; the check of the written file finds only what its "Cần xem lại" lists; consolidating
 * it again gives the same roster. Expected figures come from the corpus README (251 rows, 4 of them a person
 * listed again: file 05's pasted row, file 07's miner on two sheets, file 08's cadre on two district sheets, file
 * 18's chair also in file 08).
 */

const folder = path.join(__dirname, "..", "fixtures", "rosters");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((f) => path.join(folder, f));
const YEAR = 2024;
const SHEET = rosterSheetName(YEAR);

async function run(
  paths: string[],
): Promise<{ batch: BatchResult; result: Consolidation; bytes: Uint8Array }> {
  const batch = await checkFiles(paths, (p) => readXlsxGrids(p), { year: YEAR });
  const result = consolidate(batch, {
    year: YEAR,
    messages: vi,
    standards: DEFAULT_FRAMEWORK,
    linkFile: (f) => (f ? path.basename(f) : undefined),
  });
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(result.sheets);
  return { batch, result, bytes: await wb.toBytes() };
}

/** Every cell of the roster sheet as the engine reads it. */
async function rosterCells(bytes: Uint8Array): Promise<unknown[][]> {
  const grid = await (await readXlsxStream(bytes)).readSheet(SHEET);
  return grid.values.map((row) => row.map((v) => (v === "" ? null : v)));
}

let first: Awaited<ReturnType<typeof run>>;
let temp: string;

beforeAll(async () => {
  first = await run(files);
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  temp = await fs.mkdtemp(path.join(os.tmpdir(), "canbo-consolidate-"));
  await fs.writeFile(path.join(temp, `tong-hop-${YEAR}.xlsx`), first.bytes);
}, 120_000);

afterAll(async () => {
  const fs = await import("node:fs/promises");
  await fs.rm(temp, { recursive: true, force: true });
});

describe("canbo consolidate on the real-layout corpus", () => {
  it("lists every person once: 251 rows read, 4 repeated, 247 people", () => {
    expect(first.batch.summary.cadres).toBe(251);
    expect(first.result.roster.duplicates).toBe(4);
    expect(first.result.roster.count).toBe(247);
  });

  it("reads back as one roster of 247 cadres, all its text in Unicode NFC, with no legacy text left", async () => {
    const port = await readXlsxStream(first.bytes);
    const check = await checkWorkbook(port, { year: YEAR, file: "tong-hop.xlsx" });
    expect(check.cadres).toHaveLength(247);
    expect(check.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(check.findings.filter((f) => f.code === "legacy-encoding")).toEqual([]);
    for (const row of await rosterCells(first.bytes))
      for (const v of row) if (typeof v === "string") expect(v).toBe(v.normalize("NFC"));
  });

  it("writes canonical values: a TCVN3 name decoded, an initials spelling in full, the CCCD's lost 0 back as text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(first.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    const byName = (name: string) => rows.find((r) => r.getCell(2).value === name);
    // File 04, typed in .VnTime: "Nguyễn Thị Hoài Thương", born 1976, Phó Chủ tịch (scripts/rosters/r04HuongSon.ts).
    const thuong = byName("Nguyễn Thị Hoài Thương")!;
    expect(thuong.getCell(3).value).toBe(1976);
    expect(thuong.getCell(11).value).toBe("Phó Chủ tịch");
    // File 02's planted E24: a CCCD typed as a number that lost its 0 (083089001968), written as text.
    const ids = rows.map((r) => r.getCell(7).value);
    expect(ids).toContain("083089001968");
    for (const id of ids) if (typeof id === "number") throw new Error(`CCCD written as a number: ${id}`);
    // File 01: "Ủy viên BCH" is written Ủy viên Ban Chấp hành; no "BCH" initials are left in the position column.
    const positions = rows.map((r) => String(r.getCell(11).value ?? ""));
    expect(positions).toContain("Ủy viên Ban Chấp hành");
    expect(positions.filter((p) => /\bBCH\b/.test(p))).toEqual([]);
  });

  it("writes a whole birth date as a real date", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(first.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    const birth = (name: string) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((r) => {
        if (r.getCell(2).value === name) found = r.getCell(3);
      });
      return found!;
    };
    // File 17 typed "05/01/79" and "7/9/1985" (scripts/rosters/r17LamDong.ts): day/month/year, as Vietnamese dates are.
    const hong = birth("Nguyễn Thị Hồng");
    expect(hong.value).toEqual(new Date(Date.UTC(1979, 0, 5)));
    expect(hong.numFmt).toBe("dd/mm/yyyy");
    expect(birth("Trần Văn Hải").value).toEqual(new Date(Date.UTC(1985, 8, 7)));
    // A year alone stays a number, not a day of 1905.
    const year = birth("Nguyễn Thị Hoài Thương");
    expect(year.value).toBe(1976);
    expect(year.numFmt).not.toMatch(/yy/);
  });

  it("groups people by upper unit under section rows, numbering each group from 1", async () => {
    const cells = await rosterCells(first.bytes);
    const sections = cells.filter((r) => typeof r[0] === "string" && /^[IVXLC]+$/.test(r[0] as string));
    expect(sections.length).toBe(first.result.roster.groups.filter((g) => g.upperUnit).length);
    expect(sections.length).toBeGreaterThan(5);
    const firstNumbers: unknown[] = [];
    cells.forEach((r, i) => {
      if (sections.includes(r)) firstNumbers.push(cells[i + 1][0]);
    });
    expect(new Set(firstNumbers)).toEqual(new Set([1]));
  });

  it("is checked to find only what its rows' Cần xem lại lists", async () => {
    const check = await checkWorkbook(await readXlsxStream(first.bytes), {
      year: YEAR,
      file: "tong-hop.xlsx",
    });
    const rows = first.result.roster.groups.flatMap((g) => g.rows);
    const byRow = new Map(check.cadres.map((c, i) => [c.row, rows[i]]));
    const unlisted = check.findings.filter((f) => {
      const row = f.row !== undefined ? byRow.get(f.row) : undefined;
      return !row || !row.open.some((o) => findingKey(o) === findingKey(f));
    });
    expect(unlisted.map((f) => `${f.cell} ${f.code} ${f.field ?? ""}`)).toEqual([]);
    // And every finding listed is in words in the cell.
    for (const row of rows) expect(row.review).toHaveLength(row.open.length);
  });

  it("gives the same roster when its own output is consolidated again", async () => {
    const again = await run([path.join(temp, `tong-hop-${YEAR}.xlsx`)]);
    expect(again.result.roster.count).toBe(247);
    expect(again.result.roster.duplicates).toBe(0);
    expect(await rosterCells(again.bytes)).toEqual(await rosterCells(first.bytes));
  }, 60_000);

  it("writes birth years under Năm sinh Nam | Nữ when the form wants it, read back as the same people", async () => {
    const batch = await checkFiles([files[0]], (p) => readXlsxGrids(p), { year: YEAR });
    const { sheets } = consolidate(batch, {
      year: YEAR,
      messages: vi,
      standards: DEFAULT_FRAMEWORK,
      namNu: true,
    });
    const wb = XlsxWorkbook.create();
    await wb.writeSheets(sheets);
    const back = await checkWorkbook(await readXlsxStream(await wb.toBytes()), { year: YEAR });
    const people = (cadres: typeof back.cadres) =>
      cadres.map((c) => `${c.fullName} ${c.gender} ${c.birthDate?.year}`).sort();
    const source = batch.files.flatMap((f) => ("result" in f ? f.result.cadres : []));
    expect(people(back.cadres)).toEqual(people(source));
    expect(Object.keys(back.sheets[0].columns)).toEqual(
      expect.arrayContaining(["birthYearMale", "birthYearFemale"]),
    );
  });

  it("lists on its first sheet each file that went in and its cadres", async () => {
    const info = await (await readXlsxStream(first.bytes)).readSheet("Thông tin báo cáo");
    const text = info.values.flat().filter((v) => typeof v === "string");
    for (const f of files)
      expect(text.filter((t) => (t as string).endsWith(path.basename(f)))).not.toEqual([]);
  });
});

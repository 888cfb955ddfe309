import { readFileSync } from "node:fs";
import path from "node:path";
import { findFixes } from "../../src/app/findFixes";
import { checkWorkbook } from "../../src/app/check";
import { cellAddress, parseAddress } from "../../src/core/grid";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook/port";
import { readXlsxStream } from "../../src/workbook/stream/readXlsxStream";
import { FakeExcel, FakeSheet } from "../helpers/fakeExcel";

/**
 * Fixes inside Excel, through the fake (issue 13): the certain fixes of three corpus rosters (a sheet typed in
 * TCVN3, initials spellings, a CCCD that lost its 0) are applied, the originals recorded in the workbook; a new
 * pane session (a new adapter over the same workbook) undoes them and every cell is again exactly what it was:
 * value, number format and font. A formula and a cell edited since are never touched; a protected sheet is refused
 * before any change.
 */

const corpus = (f: string) => path.join(__dirname, "..", "fixtures", "rosters", f);
const FILES = [
  "04-ldld-huyen-huong-son-tcvn3-2017.xlsx",
  "01-ldld-huyen-nghi-loc-2019.xlsx",
  "02-ldld-tinh-ben-tre-chuyen-trach-2019.xlsx",
];

/** The three rosters' first sheets as an Excel workbook: values and each cell's font. */
async function workbook(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  for (const file of FILES) {
    const wb = await readXlsxStream(new Uint8Array(readFileSync(corpus(file))));
    const [first] = await wb.listSheets();
    const grid = await wb.readSheet(first.name, { fonts: true });
    const sheet = new FakeSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = sheet.cell(r, c);
        cell.v = v;
        const font = grid.fonts?.[r]?.[c];
        if (font) cell.font = font;
      }),
    );
    fake.sheets.push(sheet);
  }
  return fake;
}

/** Every cell's value, number format and font, by "sheet!A1". */
function snapshot(fake: FakeExcel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fake.sheets)
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(",").map(Number);
      out.set(
        `${s.name}!${cellAddress(r, col)}`,
        JSON.stringify([c.v, c.nf, c.font ?? "Calibri", c.f ?? null]),
      );
    }
  return out;
}

const cellOf = (fake: FakeExcel, sheet: string, a1: string) => {
  const at = parseAddress(a1)!;
  return fake.sheet(sheet)!.cell(at.row, at.col);
};

describe("fixes in Excel, with undo in a later session", () => {
  it("fixes, then a new session undoes every cell exactly", async () => {
    const fake = await workbook();
    const before = snapshot(fake);
    const port = new OfficeWorkbook(fake.run);
    const { fixes } = await findFixes(port, { year: 2019 });
    const out = await port.applyFixes(fixes);
    expect(out.skipped).toEqual([]);
    expect(out.applied.length).toBe(fixes.length);

    // The TCVN3 name of file 04's row 8, decoded, its font now a Unicode one (scripts/rosters/r04HuongSon.ts).
    const thuong = cellOf(fake, "DS can bo", "B8");
    expect(thuong.v).toBe("Nguyễn Thị Hoài Thương");
    expect(thuong.font).toBe("Times New Roman");
    // File 01's "Ủy viên BCH", in full.
    expect(cellOf(fake, "DS CB CĐ", "E19").v).toBe("Ủy viên Ban Chấp hành");
    // File 02's planted CCCD, 12 digits as text.
    const id = out.applied.find((f) => f.steps.some((s) => s.kind === "invalid-id"))!;
    const idCell = cellOf(fake, id.sheet, id.cell);
    expect([idCell.v, idCell.nf]).toEqual(["083089001968", "@"]);
    // Only the listed cells changed.
    const after = snapshot(fake);
    const listed = new Set(out.applied.map((f) => `${f.sheet}!${f.cell}`));
    for (const [k, v] of before) if (!listed.has(k)) expect([k, after.get(k)]).toEqual([k, v]);
    // Checked again: no finding of the fixed kinds.
    const again = await checkWorkbook(port, { year: 2019 });
    expect(again.findings.filter((f) => f.code === "legacy-encoding" || f.code === "invalid-id")).toEqual([]);

    const later = new OfficeWorkbook(fake.run);
    expect(await later.fixedCells()).toBe(out.applied.length);
    expect(await later.undoFixes()).toEqual({ restored: out.applied.length, kept: 0 });
    const undone = snapshot(fake);
    for (const [k, v] of before) expect([k, undone.get(k)]).toEqual([k, v]);
    expect(await later.fixedCells()).toBe(0);
  });

  it("never touches a formula, and keeps on undo a cell the user edited since", async () => {
    const fake = await workbook();
    const port = new OfficeWorkbook(fake.run);
    const { fixes } = await findFixes(port, { year: 2019 });
    const [asFormula, edited] = fixes.filter((f) => f.sheet === "DS CB CĐ");
    // The user typed a formula in one listed cell after the check.
    Object.assign(cellOf(fake, asFormula.sheet, asFormula.cell), { f: "=E18", v: "Ủy viên BTV" });
    const out = await port.applyFixes(fixes);
    expect(out.skipped.map((s) => [s.fix.cell, s.reason])).toEqual([[asFormula.cell, "formula"]]);
    expect(cellOf(fake, asFormula.sheet, asFormula.cell).f).toBe("=E18");
    cellOf(fake, edited.sheet, edited.cell).v = "Phó Chủ tịch";
    const undo = await new OfficeWorkbook(fake.run).undoFixes();
    expect(undo).toEqual({ restored: out.applied.length - 1, kept: 1 });
    expect(cellOf(fake, edited.sheet, edited.cell).v).toBe("Phó Chủ tịch");
  });

  it("refuses a protected sheet before changing any cell", async () => {
    const fake = await workbook();
    const port = new OfficeWorkbook(fake.run);
    const { fixes } = await findFixes(port, { year: 2019 });
    const before = snapshot(fake);
    fake.sheet("DS CB CĐ")!.protected = true;
    await expect(port.applyFixes(fixes)).rejects.toEqual(new WorkbookError("protected", "DS CB CĐ"));
    expect(snapshot(fake)).toEqual(before);
    expect(await port.fixedCells()).toBe(0);
  });
});

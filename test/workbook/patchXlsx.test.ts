import { readFileSync } from "node:fs";
import path from "node:path";
import { findFixes } from "../../src/app/findFixes";
import { checkWorkbook } from "../../src/app/check";
import { fixedText, type FixKind } from "../../src/core/fixes";
import { cellAddress } from "../../src/core/grid";
import { patchXlsx } from "../../src/workbook/patch";
import { readXlsxStream } from "../../src/workbook/stream/readXlsxStream";
import { readZipDirectory, type ZipEntry } from "../../src/workbook/zipDirectory";
import { loadWithExcelJs } from "../helpers/excelFiles";
import { readZipText } from "../helpers/zipReader";

/**
 * The fixed copy outside Excel (issue 13): on files written as Excel writes them, by ExcelJS and by LibreOffice,
 * the output differs from the input only in the listed cells — every other part of the package is the same bytes
 * (compressed data included), every other cell of a changed sheet holds what it held — and the input is untouched.
 * Expected texts are the corpus modules' Unicode (scripts/rosters), written by hand.
 */

const corpus = (name: string) => path.join(__dirname, "..", "fixtures", "rosters", name);

interface Case {
  file: string;
  writer: string;
  year: number;
  /** Cells whose fixed text is known from the module that wrote the file. */
  expected: Record<string, string>;
}

const CASES: Case[] = [
  {
    file: "04-ldld-huyen-huong-son-tcvn3-2017.xlsx",
    writer: "xml (as Excel writes)",
    year: 2017,
    expected: {
      "DS can bo!A1": "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HƯƠNG SƠN",
      "DS can bo!B5": "HỌ VÀ TÊN",
      "DS can bo!B8": "Nguyễn Thị Hoài Thương",
      "DS can bo!E10": "CĐCS Trường THPT Hương Sơn",
      "DS can bo!I23": "CHỦ TỊCH",
    },
  },
  {
    file: "05-cd-nganh-y-te-an-giang-vni-2020.xlsx",
    writer: "exceljs",
    year: 2020,
    expected: {},
  },
  {
    file: "15-ldld-tp-song-cong-tcvn3-libreoffice-2018.xlsx",
    writer: "libreoffice",
    year: 2018,
    expected: {},
  },
  {
    file: "01-ldld-huyen-nghi-loc-2019.xlsx",
    writer: "exceljs",
    year: 2019,
    expected: {
      "DS CB CĐ!E18": "Ủy viên Ban Thường vụ",
      "DS CB CĐ!E19": "Ủy viên Ban Chấp hành",
    },
  },
];

/** An entry's local record as it lies in the package: header, compressed bytes. */
function record(bytes: Uint8Array, e: ZipEntry): Buffer {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localHeaderOffset;
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  return b.subarray(p, start + e.compressedSize);
}

function entries(bytes: Uint8Array): ZipEntry[] {
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(dir.kind);
  return dir.entries;
}

/** Every non-empty cell of every sheet, by "sheet!A1". */
async function cells(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const wb = await readXlsxStream(bytes);
  const out = new Map<string, unknown>();
  for (const s of await wb.listSheets()) {
    const grid = await wb.readSheet(s.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") out.set(`${s.name}!${cellAddress(r, c)}`, v);
      }),
    );
  }
  return out;
}

describe.each(CASES)("canbo fix patches $file ($writer)", ({ file, year, expected }) => {
  let input: Uint8Array;
  let copy: Uint8Array;
  let result: Awaited<ReturnType<typeof patchXlsx>>;

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(corpus(file)));
    copy = input.slice();
    const { fixes } = await findFixes(await readXlsxStream(input), { year, file, wholeSheets: true });
    result = await patchXlsx(input, fixes);
  });

  it("fixes some cells and never writes its input", () => {
    expect(result.applied.length).toBeGreaterThan(0);
    expect(Buffer.compare(Buffer.from(input), Buffer.from(copy))).toBe(0);
  });

  it("copies every part it does not change byte for byte, in the same order", () => {
    const before = entries(input);
    const after = entries(result.bytes);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    const changed = new Set(result.changedParts);
    for (const name of changed) expect(name).toMatch(/^xl\/(worksheets\/[^/]+\.xml|styles\.xml)$/);
    for (const [i, e] of before.entries()) {
      if (changed.has(e.name)) continue;
      expect(Buffer.compare(record(result.bytes, after[i]), record(input, e))).toBe(0);
    }
  });

  it("changes exactly the listed cells, each to its fixed text", async () => {
    const was = await cells(input);
    const now = await cells(result.bytes);
    const listed = new Map(result.applied.map((f) => [`${f.sheet}!${f.cell}`, fixedText(f)]));
    for (const [key, text] of Object.entries(expected)) expect(listed.get(key)).toBe(text);
    for (const key of new Set([...was.keys(), ...now.keys()])) {
      if (listed.has(key)) expect([key, now.get(key)]).toEqual([key, listed.get(key)]);
      else expect([key, now.get(key)]).toEqual([key, was.get(key)]);
    }
  });

  it("leaves no finding of the fixed kinds when checked again", async () => {
    const kinds: readonly FixKind[] = ["legacy-encoding", "invalid-id"];
    const again = await checkWorkbook(await readXlsxStream(result.bytes), { year, file });
    expect(again.findings.filter((f) => (kinds as readonly string[]).includes(f.code))).toEqual([]);
    const { fixes } = await findFixes(await readXlsxStream(result.bytes), { year, file, wholeSheets: true });
    expect(fixes).toEqual([]);
  });

  it("opens in ExcelJS, a converted cell in a Unicode font with its size and weight kept", async () => {
    const wb = await loadWithExcelJs(result.bytes);
    const legacy = result.applied.find((f) => f.font);
    if (!legacy) return;
    const before = (await loadWithExcelJs(input)).getWorksheet(legacy.sheet)!.getCell(legacy.cell).font;
    const after = wb.getWorksheet(legacy.sheet)!.getCell(legacy.cell).font;
    expect(after.name).toBe(legacy.font);
    expect(["Times New Roman", "Arial"]).toContain(after.name);
    expect([after.size, Boolean(after.bold)]).toEqual([before.size, Boolean(before.bold)]);
  });
});

describe("patchXlsx on an 11-digit CCCD", () => {
  it("writes the 12 digits as text in a text format, the stylesheet gaining one format", async () => {
    // File 02's planted mistake: a CCCD typed as a number, its leading 0 lost (README of the corpus).
    const input = new Uint8Array(readFileSync(corpus("02-ldld-tinh-ben-tre-chuyen-trach-2019.xlsx")));
    const { fixes } = await findFixes(await readXlsxStream(input), { year: 2019, kinds: ["invalid-id"] });
    const result = await patchXlsx(input, fixes);
    expect(result.applied.map((f) => [f.cell, fixedText(f)])).toEqual([["E24", "083089001968"]]);
    expect(result.changedParts).toContain("xl/styles.xml");
    const styles = readZipText(result.bytes, "xl/styles.xml")!;
    expect(styles).toMatch(/numFmtId="49"/);
    const now = await cells(result.bytes);
    for (const f of result.applied) expect(now.get(`${f.sheet}!${f.cell}`)).toBe(fixedText(f));
  });
});

/**
 * `npx tsx scripts/make-bad-fixtures.ts`: writes the corpus of unusable submitted files into test/fixtures/bad/ —
 * the files a provincial Labour Federation really receives by mistake (a damaged or half-downloaded .xlsx, a
 * password-protected one, an old .xls, an .ods, CSV exports in Windows-1258 and UTF-16, an empty workbook, a
 * workbook holding only a title, a zip bomb). test/cli/badFiles.test.ts runs `canbo check` on each and asserts
 * the exact sentence. Deterministic: fixed workbook dates, zip entries without dates (buildZip writes none),
 * so the same bytes come out on every run on the same Node/zlib.
 * It also writes the small hostile files (test/helpers/hostileCorpus.ts: cells and merges at the sheet's edge,
 * ambiguous parts, UTF-16 parts, bytes after the archive, the 1904 date system …), which
 * test/cli/hostileFiles.test.ts runs. The file over the size limit, and the hostile files that are big on disk or
 * inflate to gigabytes, are not written here: the tests make them at run time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import type ExcelJS from "exceljs";
import { readZipDirectory } from "../src/workbook/zipDirectory";
import { buildCfb } from "../test/helpers/cfbWriter";
import { SMALL_HOSTILE } from "../test/helpers/hostileCorpus";
import { xlsxBytes } from "../test/helpers/excelFiles";
import { readZipText, zipNames } from "../test/helpers/zipReader";
import { buildZip, type ZipInput } from "../test/helpers/zipWriter";

const root = path.dirname(__dirname);
const out = path.join(root, "test", "fixtures", "bad");
const FIXED_DATE = new Date(Date.UTC(2019, 11, 15));

/** The little roster every CSV holds and the damaged workbooks started from. */
const HEADER = ["STT", "Họ và tên", "Năm sinh", "Chức danh"];
const ROWS: (string | number)[][] = [
  [1, "Nguyễn Văn Hùng", 1978, "Chủ tịch"],
  [2, "Trần Thị Lan", 1985, "Phó Chủ tịch"],
  [3, "Phạm Đức Lợi", 1990, "Ủy viên"],
];

/**
 * An ExcelJS workbook as .xlsx bytes without the writer's clock: document dates fixed, and every part re-zipped
 * by buildZip (JSZip would stamp each entry with the current time).
 */
async function stableXlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bytes = await xlsxBytes((wb) => {
    wb.creator = "canbo";
    wb.lastModifiedBy = "canbo";
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    build(wb);
  });
  return buildZip(
    zipNames(bytes).map((name) => ({ name, data: readZipText(bytes, name) ?? "", deflate: true })),
  );
}

function rosterWorkbook(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
}

/**
 * A valid .xlsx with bytes in the middle of its sheet's compressed data overwritten: the zip directory still
 * reads, so the sniffer lets it through, but the sheet (the part every reader needs) no longer inflates.
 * Deflate shrugs off much damage (garbage often inflates to garbage), so the first of a fixed list of
 * patterns that really breaks the stream is used, and a fixture that still inflates is never written.
 */
function damage(bytes: Uint8Array): Uint8Array {
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error("the workbook to damage must be a readable zip");
  const sheet = dir.entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
  if (!sheet || sheet.method !== 8) throw new Error("the workbook to damage needs a deflated sheet1.xml");
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = sheet.localHeaderOffset + 30 + view.readUInt16LE(sheet.localHeaderOffset + 26);
  for (const fill of [0xaa, 0x55, 0x00, 0xff]) {
    for (const length of [32, 64, 128]) {
      const copy = new Uint8Array(bytes);
      const from = start + Math.floor((sheet.compressedSize - length) / 2);
      copy.fill(fill, from, from + length);
      try {
        inflateRawSync(copy.subarray(start, start + sheet.compressedSize));
      } catch {
        return copy;
      }
    }
  }
  throw new Error("no damage pattern breaks the sheet's deflate stream");
}

/** A zip bomb: the parts of a real workbook, with a sheet of 60 MB (an opening tag, then spaces) deflated to ~60 KB. */
async function zipBomb(): Promise<Uint8Array> {
  const base = await stableXlsx(rosterWorkbook);
  const sheet = "xl/worksheets/sheet1.xml";
  const inflated = Buffer.alloc(60 * 1024 * 1024, 0x20);
  const open = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  );
  open.copy(inflated, 0);
  Buffer.from("</sheetData></worksheet>").copy(inflated, inflated.length - 24);
  const parts: ZipInput[] = zipNames(base).map((name) =>
    name === sheet
      ? { name, data: inflated, deflate: true }
      : { name, data: readZipText(base, name) ?? "", deflate: true },
  );
  return buildZip(parts);
}

/**
 * Windows-1258 by hand, for the letters of the roster: the code page has precomposed à á ó ù â ê ô ă ơ ư đ Đ …,
 * and writes the other Vietnamese letters as a base letter followed by a combining tone mark:
 * grave 0xCC, acute 0xEC, hook above 0xD2, tilde 0xDE, dot below 0xF2.
 */
const CP1258: Record<string, number[]> = {
  à: [0xe0],
  ó: [0xf3],
  ù: [0xf9],
  ê: [0xea],
  ă: [0xe3],
  Đ: [0xd0],
  ọ: [0x6f, 0xf2], // o + dot below
  ạ: [0x61, 0xf2], // a + dot below
  ị: [0x69, 0xf2], // i + dot below
  ủ: [0x75, 0xd2], // u + hook above
  Ủ: [0x55, 0xd2], // U + hook above
  ễ: [0xea, 0xde], // ê + tilde
  ầ: [0xe2, 0xcc], // â + grave
  ắ: [0xe3, 0xec], // ă + acute
  ứ: [0xfd, 0xec], // ư + acute
  ợ: [0xf5, 0xf2], // ơ + dot below
};

function encodeCp1258(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else if (CP1258[ch]) bytes.push(...CP1258[ch]);
    else throw new Error(`no Windows-1258 bytes for "${ch}" in the table`);
  }
  return Buffer.from(bytes);
}

function csvText(): string {
  return [HEADER, ...ROWS].map((r) => r.join(",")).join("\r\n") + "\r\n";
}

export async function makeBadFixtures(dir = out): Promise<Record<string, Uint8Array>> {
  const roster = await stableXlsx(rosterWorkbook);
  const files: Record<string, Uint8Array> = {
    "hong.xlsx": damage(roster),
    "cat-ngan.xlsx": roster.subarray(0, Math.floor(roster.length / 2)),
    "mat-khau.xlsx": buildCfb(["EncryptionInfo", "EncryptedPackage"]),
    "cu.xls": buildCfb(["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]),
    "libreoffice.ods": buildZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
      {
        name: "content.xml",
        data:
          '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
          '<office:body><office:spreadsheet><table:table table:name="Danh sách">' +
          [HEADER, ...ROWS]
            .map(
              (r) =>
                "<table:table-row>" +
                r.map((v) => `<table:table-cell><text:p>${v}</text:p></table:table-cell>`).join("") +
                "</table:table-row>",
            )
            .join("") +
          "</table:table></office:spreadsheet></office:body></office:document-content>",
        deflate: true,
      },
      {
        name: "META-INF/manifest.xml",
        data:
          '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
          '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
          "</manifest:manifest>",
        deflate: true,
      },
    ]),
    "windows-1258.csv": encodeCp1258(csvText()),
    "utf16.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText(), "utf16le")]),
    "trong.xlsx": await stableXlsx((wb) => {
      wb.addWorksheet("Sheet1");
    }),
    "chi-tieu-de.xlsx": await stableXlsx((wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.getCell("A1").value = "DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM 2019";
      ws.getCell("A1").font = { bold: true, size: 14 };
      ws.mergeCells("A1:H1");
    }),
    "bom-zip.xlsx": await zipBomb(),
    ...Object.fromEntries(Object.entries(SMALL_HOSTILE).map(([name, make]) => [name, make()])),
  };
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    if (bytes.length > 200 * 1024) throw new Error(`${name} is ${bytes.length} bytes, over 200 KB`);
    writeFileSync(path.join(dir, name), bytes);
  }
  return files;
}

if (require.main === module) {
  makeBadFixtures().then(
    (files) => {
      for (const [name, bytes] of Object.entries(files)) console.log(`${name}\t${bytes.length} bytes`);
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

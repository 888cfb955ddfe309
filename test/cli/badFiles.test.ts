import { closeSync, existsSync, openSync, readFileSync, statSync, truncateSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { readZipDirectory, type ZipEntry } from "../../src/workbook/zipDirectory";
import { runCli } from "../helpers/cli";
import { makeTempDir } from "../helpers/tempDir";

/**
 * The corpus of unusable submitted files (test/fixtures/bad/, made by scripts/make-bad-fixtures.ts) through the
 * real command: every file gets one line, "<path>: <sentence>", with the sentence of src/i18n/vi.ts written out
 * here by hand, and the command exits 2. The file over the size limit is made here, as a sparse file.
 */

const bad = (name: string) => path.join("test", "fixtures", "bad", name);
const good = "samples/cdcs-truong-thcs-an-thoi.xlsx";

// The sentences of vi.fileProblems, as a clerk must read them.
const VI = {
  corrupted: "Tệp .xlsx bị hỏng hoặc chưa tải về đủ. Hãy đề nghị đơn vị gửi lại tệp.",
  encrypted:
    "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại.",
  legacyXls:
    "Phần mềm không đọc được tệp Excel đời cũ (.xls). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
  ods: "Phần mềm không đọc được tệp LibreOffice (.ods). Hãy mở tệp rồi lưu lại dạng Excel (.xlsx).",
  csv: "Phần mềm không đọc được tệp văn bản (.csv). Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Tệp > Lưu Như > Sổ làm việc Excel).",
  empty: "Sổ làm việc không có trang tính nào có dữ liệu. Hãy kiểm tra xem đơn vị đã gửi đúng tệp chưa.",
  noRoster:
    "Tệp không có danh sách cán bộ vì không trang tính nào có dòng tiêu đề (Họ và tên, Chức danh…). Hãy kiểm tra xem đơn vị đã gửi đúng tệp chưa.",
  tooLarge: "Tệp lớn hơn 100 MB, vượt giới hạn cho phép. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
  zipBomb:
    "Tệp giải nén ra lớn quá giới hạn an toàn (hơn 512 MB, nén hơn 200 lần, hoặc lớn hơn cỡ chính tệp khai báo) nên không đọc. Hãy đề nghị đơn vị kiểm tra và gửi lại tệp.",
};

/** Each unusable fixture and the one sentence it must produce. */
const UNUSABLE: [file: string, what: string, sentence: string][] = [
  ["hong.xlsx", "a damaged .xlsx (its sheet no longer inflates)", VI.corrupted],
  ["cat-ngan.xlsx", "the first half of an .xlsx (download cut short)", VI.corrupted],
  ["mat-khau.xlsx", "a password-protected .xlsx (CFB with EncryptionInfo/EncryptedPackage)", VI.encrypted],
  ["cu.xls", "an old binary .xls (CFB with a Workbook stream)", VI.legacyXls],
  ["libreoffice.ods", "a LibreOffice .ods", VI.ods],
  ["windows-1258.csv", "a CSV roster in Windows-1258", VI.csv],
  ["utf16.csv", "a CSV roster in UTF-16LE with a byte-order mark", VI.csv],
  ["bom-zip.xlsx", "a zip bomb (sheet1.xml inflates to 60 MB)", VI.zipBomb],
];

/** The summary line of a batch in which every file was unusable. */
const allUnusable = (n: number) => `Tổng cộng ${n} tệp, 0 cán bộ: ${n} lỗi, 0 cảnh báo, 0 thông tin.`;

/** The per-file lines of a readable summary: neither the indented findings nor the closing total. */
const fileLines = (stdout: string) =>
  stdout.split("\n").filter((l) => l && !l.startsWith("  ") && !l.startsWith("Tổng cộng"));

/** The directory entry of a fixture's xl/worksheets/sheet1.xml and its data as stored (still deflated). */
function sheetPart(name: string): { entry: ZipEntry; data: Buffer } {
  const bytes = new Uint8Array(readFileSync(bad(name)));
  const dir = readZipDirectory(bytes);
  if (dir.kind !== "ok") throw new Error(`${name}: zip directory ${dir.kind}`);
  const entry = dir.entries.find((e) => e.name === "xl/worksheets/sheet1.xml");
  if (!entry) throw new Error(`${name}: no sheet1.xml`);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localHeaderOffset + 30 + view.readUInt16LE(entry.localHeaderOffset + 26);
  return { entry, data: view.subarray(start, start + entry.compressedSize) };
}

const temp = makeTempDir("canbo-bad-");
/** Over the 100 MB limit, but sparse: no data block is written, so it costs no disk. */
const tooLarge = path.join(temp.dir, "qua-lon.xlsx");

beforeAll(() => {
  closeSync(openSync(tooLarge, "w"));
  truncateSync(tooLarge, 101 * 1024 * 1024);
});
afterAll(() => temp.cleanup());

describe("the bad-file corpus on disk", () => {
  it("holds every fixture, each under 200 KB", () => {
    for (const name of [...UNUSABLE.map(([f]) => f), "trong.xlsx", "chi-tieu-de.xlsx"]) {
      expect(existsSync(bad(name))).toBe(true);
      expect(statSync(bad(name)).size).toBeLessThan(200 * 1024);
    }
    expect(statSync(tooLarge).size).toBe(101 * 1024 * 1024);
  });

  it("has a real zip bomb: sheet1.xml truly inflates to 60 MB from well under 200 KB", () => {
    const { entry, data } = sheetPart("bom-zip.xlsx");
    expect(entry.uncompressedSize).toBe(60 * 1024 * 1024);
    expect(entry.uncompressedSize / entry.compressedSize).toBeGreaterThan(200);
    expect(inflateRawSync(data).length).toBe(60 * 1024 * 1024);
  });

  it("has a damaged workbook whose zip directory still reads but whose sheet no longer inflates", () => {
    expect(() => inflateRawSync(sheetPart("hong.xlsx").data)).toThrow();
    expect(readZipDirectory(new Uint8Array(readFileSync(bad("cat-ngan.xlsx")))).kind).toBe("truncated");
  });
});

describe("canbo check answers each unusable file with one Vietnamese sentence and exit 2", () => {
  it.each(UNUSABLE)("%s (%s)", (name, _what, sentence) => {
    const file = bad(name);
    const r = runCli(["check", file, "--year", "2019"]);
    expect(r.stdout).toBe(`${file}: ${sentence}\n${allUnusable(1)}\n`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
  });

  it("refuses a file over 100 MB by its size, before reading it", () => {
    const r = runCli(["check", tooLarge, "--year", "2019"]);
    expect(r.stdout).toBe(`${tooLarge}: ${VI.tooLarge}\n${allUnusable(1)}\n`);
    expect(r.code).toBe(2);
  });

  it("finishes on the zip bomb without inflating it, and calls it a zip bomb in the JSON too", () => {
    const r = runCli(["check", bad("bom-zip.xlsx"), "--year", "2019", "--json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { files: { error?: { code: string; message: string } }[] };
    expect(doc.files[0].error).toEqual({ code: "unreadable-file", message: VI.zipBomb });
  });

  it("speaks English on request", () => {
    const r = runCli(["check", bad("mat-khau.xlsx"), bad("cu.xls"), "--year", "2019", "--lang", "en"]);
    expect(r.stdout).toBe(
      `${bad("mat-khau.xlsx")}: The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it.\n` +
        `${bad("cu.xls")}: Old Excel files (.xls) cannot be read. Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).\n` +
        "In all 2 files, 0 cadres: 2 errors, 0 warnings, 0 infos.\n",
    );
    expect(r.code).toBe(2);
  });

  it("gives one line per bad file in a batch and still checks the good roster", () => {
    const noRoster = [bad("trong.xlsx"), bad("chi-tieu-de.xlsx")];
    const files = [...UNUSABLE.map(([f]) => bad(f)), tooLarge, ...noRoster, good];
    const r = runCli(["check", ...files, "--year", "2019"]);
    expect(r.code).toBe(2);
    const lines = fileLines(r.stdout);
    expect(lines).toHaveLength(files.length);
    expect(lines.slice(0, UNUSABLE.length + 1)).toEqual([
      ...UNUSABLE.map(([f, , sentence]) => `${bad(f)}: ${sentence}`),
      `${tooLarge}: ${VI.tooLarge}`,
    ]);
    expect(lines[UNUSABLE.length + 1]).toBe(`${noRoster[0]}: ${VI.empty}`);
    expect(lines[UNUSABLE.length + 2]).toBe(`${noRoster[1]}: ${VI.noRoster}`);
    expect(lines[files.length - 1]).toBe(`${good}: 15 cán bộ — 7 lỗi, 4 cảnh báo, 2 thông tin`);
    // 11 unusable files, each one error, plus the roster's own 7 errors, 4 warnings and 2 infos.
    expect(r.stdout).toContain("Tổng cộng 12 tệp, 15 cán bộ: 18 lỗi, 4 cảnh báo, 2 thông tin.");
  });
});

/**
 * A workbook with no roster in it (an empty sheet, or only a title) is not damaged, but it is not a roster either:
 * the clerk must be told, and the batch exits 2 like any file that cannot be used.
 */
describe("canbo check on workbooks that hold no roster", () => {
  it("says the empty workbook has no data and exits 2", () => {
    const file = bad("trong.xlsx");
    const r = runCli(["check", file, "--year", "2019"]);
    expect(r.stdout).toBe(`${file}: ${VI.empty}\n${allUnusable(1)}\n`);
    expect(r.code).toBe(2);
  });

  it("says the title-only workbook holds no roster and exits 2", () => {
    const file = bad("chi-tieu-de.xlsx");
    const r = runCli(["check", file, "--year", "2019"]);
    expect(r.stdout).toBe(`${file}: ${VI.noRoster}\n${allUnusable(1)}\n`);
    expect(r.code).toBe(2);
  });
});

import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadWithExcelJs, xlsxBytes } from "../helpers/excelFiles";
import { makeTempDir } from "../helpers/tempDir";
import { runCli } from "../helpers/cli";

/**
 * What the command writes, and what it must never write over: an output that is an input is refused before
 * anything runs, a default name never replaces a file, canbo's own report is skipped as an input, a missing folder
 * is named as the user wrote it, option files get the file sentences in the chosen language, and the results
 * workbook stays within Excel's rules (32,767 characters a cell, links only to relative local paths, a stated cap
 * on its rows) — written within a bounded heap even for tens of thousands of findings.
 */

const root = path.join(__dirname, "..", "..");
const good = path.join(root, "samples", "cdcs-truong-thcs-an-thoi.xlsx");
const bad = (name: string) => path.join(root, "test", "fixtures", "bad", name);
const temp = makeTempDir("canbo-out-");
const at = (name: string) => path.join(temp.dir, name);
const inTemp = (args: string[], nodeArgs?: string[]) => runCli(args, { cwd: temp.dir, nodeArgs });

/** The rows of the "KQ Kiểm tra" table (under its header STT | Tệp | …), as cell D (a value or a link formula), B and G. */
async function resultRows(
  file: string,
): Promise<{ cell: ExcelJS.CellValue; file: string; message: string }[]> {
  const wb = await loadWithExcelJs(new Uint8Array(readFileSync(file)));
  const ws = wb.getWorksheet("KQ Kiểm tra")!;
  let header = 1;
  while (header <= ws.rowCount && ws.getRow(header).getCell(1).value !== "STT") header++;
  const rows: { cell: ExcelJS.CellValue; file: string; message: string }[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push({
      cell: row.getCell(4).value,
      file: String(row.getCell(2).value ?? ""),
      message: String(row.getCell(7).value ?? ""),
    });
  }
  return rows;
}

beforeAll(() => copyFileSync(good, at("a.xlsx")));
afterAll(() => temp.cleanup());

describe("never writing over what the user gave", () => {
  it("refuses --out naming an input, however it is spelt, before checking anything", () => {
    linkSync(at("a.xlsx"), at("cung-tep.xlsx"));
    const before = readFileSync(at("a.xlsx"));
    for (const out of ["a.xlsx", "./a.xlsx", "cung-tep.xlsx"]) {
      const r = inTemp(["check", "a.xlsx", "--year", "2019", "--out", out]);
      expect(r.stderr).toBe(
        `Không ghi báo cáo vào ${out} vì đó là một tệp đầu vào. Hãy chọn tên khác với --out.\n`,
      );
      expect(r.stdout).toBe("");
      expect(r.code).toBe(2);
    }
    expect(readFileSync(at("a.xlsx"))).toEqual(before);
  });

  it("never replaces a file with the report's default name: the next free name is taken and said", () => {
    copyFileSync(good, at("bao-cao-2019.xlsx")); // a unit's roster that happens to bear that name
    const before = readFileSync(at("bao-cao-2019.xlsx"));
    const r = inTemp(["report", "a.xlsx", "--year", "2019"]);
    expect(r.stdout).toContain(
      "Tệp bao-cao-2019.xlsx đã có nên không ghi đè; đã ghi bao-cao-2019 (2).xlsx (dùng --force để ghi đè).\n",
    );
    expect(readFileSync(at("bao-cao-2019.xlsx"))).toEqual(before);
    expect(existsSync(at("bao-cao-2019 (2).xlsx"))).toBe(true);
  });

  it("skips its own report met again as an input, with an info line", () => {
    const r = inTemp(["check", "a.xlsx", "bao-cao-2019 (2).xlsx", "--year", "2019"]);
    expect(r.stdout).toContain(
      "\nbao-cao-2019 (2).xlsx: Tệp này là báo cáo do canbo lập, không phải danh sách của đơn vị, nên được bỏ qua. Nếu cần kiểm tra, hãy chọn tệp danh sách gốc.\n",
    );
    // The roster's errors decide: a skipped report is no unusable file.
    expect(r.code).toBe(1);
  });

  it("names a missing output folder as the user wrote it, and writes nothing", () => {
    const r = inTemp(["check", "a.xlsx", "--year", "2019", "--out", "chua-co/ket-qua.xlsx"]);
    expect(r.stderr).toBe(
      "Không có thư mục chua-co để ghi chua-co/ket-qua.xlsx. Hãy tạo thư mục đó trước, hoặc chọn nơi khác cho --out.\n",
    );
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
    expect(readdirSync(temp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("option files get the file sentences, in the chosen language", () => {
  it.each([
    [
      "--plan",
      bad("mat-khau.xlsx"),
      "vi",
      "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại.",
    ],
    [
      "--plan",
      bad("mat-khau.xlsx"),
      "en",
      "The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it.",
    ],
    [
      "--finance",
      bad("o-cuoi-trang.xlsx"),
      "vi",
      "Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại. Vị trí: trang tính “Danh sách”, ô XFD1048576.",
    ],
    [
      "--previous",
      bad("lap-ten.xlsx"),
      "en",
      "The file's structure is ambiguous (parts whose names repeat or differ only in case, or two sheets sharing one part), so which content Excel shows is unknown. Ask the unit to open it in Excel, save it and send it again.",
    ],
    ["--previous", at("khong-co.xlsx"), "vi", "Không tìm thấy tệp. Hãy kiểm tra lại đường dẫn và tên tệp."],
  ])("report %s %s (%s)", (option, file, lang, sentence) => {
    const r = inTemp(["report", "a.xlsx", "--year", "2019", option, file, "--lang", lang, "--out", "r.xlsx"]);
    expect(r.stderr).toBe(
      lang === "vi"
        ? `Không dùng được tệp ${option} ${file}: ${sentence}\n`
        : `Cannot use the ${option} file ${file}: ${sentence}\n`,
    );
    expect(r.code).toBe(2);
  });

  it("check --standards on a file that is not there", () => {
    const r = inTemp(["check", "a.xlsx", "--year", "2019", "--standards", "khong-co.xlsx"]);
    expect(r.stderr).toBe(
      "Không dùng được tệp --standards khong-co.xlsx: Không tìm thấy tệp. Hãy kiểm tra lại đường dẫn và tên tệp.\n",
    );
    expect(r.code).toBe(2);
  });
});

describe("a results workbook within Excel's rules", () => {
  it("keeps 20,000 of 48,000 findings, says how many more and where, in a 256 MB heap", async () => {
    // 12,000 people, each with an unreadable birth date, an unknown position and no unit: 4 errors a row.
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("DS");
      ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Chức danh", "Đơn vị", "Cấp công đoàn", "Chuyên trách"]);
      for (let i = 0; i < 12_000; i++) ws.addRow([i + 1, `Nguyễn Văn ${i}`, "ngày xưa", "zzz", "", "", ""]);
    });
    writeFileSync(at("nhieu-loi.xlsx"), bytes);
    const r = inTemp(
      ["check", "nhieu-loi.xlsx", "--year", "2019", "--out", "nhieu-loi-kq.xlsx"],
      ["--max-old-space-size=256"],
    );
    expect(r.stdout).toContain("nhieu-loi.xlsx: 12000 cán bộ — 48000 lỗi, 0 cảnh báo, 0 thông tin\n");
    expect(r.stdout.endsWith("Đã ghi nhieu-loi-kq.xlsx\n")).toBe(true);
    expect(r.code).toBe(1);
    const rows = (await resultRows(at("nhieu-loi-kq.xlsx"))).filter((x) => x.file);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toMatchObject({
      file: "nhieu-loi.xlsx",
      message:
        "… và 28.000 phát hiện khác của tệp này không ghi ở đây (trang tính chỉ ghi một phần khi có quá nhiều). Hãy xem đủ bằng lệnh canbo check --json hoặc trong ngăn kết quả.",
    });
  }, 120_000);

  it("cuts a cell at Excel's 32,767 characters, with a marker", async () => {
    copyFileSync(bad("chu-dai.xlsx"), at("chu-dai.xlsx"));
    const r = inTemp(["check", "chu-dai.xlsx", "--year", "2019", "--out", "chu-dai-kq.xlsx"]);
    expect(r.code).toBe(1);
    const long = (await resultRows(at("chu-dai-kq.xlsx"))).find((x) => x.message.startsWith("Cột E "));
    expect(long?.message.length).toBeLessThanOrEqual(32_767);
    expect(long?.message).toMatch(/…\(\+\d+\)$/);
  });

  it("links only to relative local paths: a file named like a network share gets its cell as text", async () => {
    const unc = "\\\\may-chu\\chia-se\\don-vi.xlsx"; // a legal file name on Linux
    copyFileSync(good, at(unc));
    const r = inTemp(["check", unc, "a.xlsx", "--year", "2019", "--out", "lien-ket.xlsx"]);
    expect(r.code).toBe(1);
    const rows = (await resultRows(at("lien-ket.xlsx"))).filter((x) =>
      /^[A-Z]+\d+$/.test(String((x.cell as { result?: unknown })?.result ?? x.cell)),
    );
    const fromUnc = rows.filter((x) => x.file === unc);
    const fromA = rows.filter((x) => x.file === "a.xlsx");
    expect(fromUnc.length).toBeGreaterThan(0);
    expect(fromA.length).toBeGreaterThan(0);
    for (const x of fromUnc) expect(typeof x.cell).toBe("string");
    for (const x of fromA) expect((x.cell as { formula?: string }).formula).toMatch(/^HYPERLINK\("a\.xlsx#'/);
  });
});

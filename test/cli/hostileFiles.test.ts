import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endlessRow, heavyRoster, lyingBomb } from "../helpers/hostileCorpus";
import { makeTempDir } from "../helpers/tempDir";
import { runCli } from "../helpers/cli";

/**
 * The hostile and unlucky files of issue 16 through the real command, each in a 64 MB heap (the reader before
 * these bounds needed 0.5–4.5 GB for most of them, or hung): every file gets its sentence (written out here by
 * hand, from src/i18n/vi.ts) and the exit code, and a batch of good and hostile files still checks the good ones.
 * Time is not asserted (npm run bench measures it); a guard only kills a command that hangs.
 */

const bad = (name: string) => path.join("test", "fixtures", "bad", name);
const good = "samples/cdcs-truong-thcs-an-thoi.xlsx";
const provincial = "samples/danh-sach-can-bo-tinh-2019.xlsx";
const SMALL_HEAP = ["--max-old-space-size=64"];
const GUARD_MS = 120_000;

const VI = {
  wide: "Có dữ liệu ở quá xa bên phải (quá 1.024 cột) nên đây không thể là một danh sách. Hãy xóa các ô thừa bên phải bảng rồi lưu lại.",
  tall: "Có dòng vượt giới hạn 1.048.576 dòng của Excel, tức là tệp không do Excel lưu hoặc đã hỏng. Hãy đề nghị đơn vị gửi lại tệp.",
  sheets: "Sổ làm việc có hơn 1.000 trang tính, vượt giới hạn. Hãy chia thành nhiều tệp nhỏ hơn.",
  ambiguous:
    "Cấu trúc tệp không rõ ràng (có các phần trùng tên hoặc chỉ khác chữ hoa, chữ thường, hay hai trang tính dùng chung một phần) nên không biết chắc Excel hiển thị nội dung nào. Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại.",
  bomb: "Tệp giải nén ra lớn quá giới hạn an toàn (hơn 512 MB, nén hơn 200 lần, hoặc lớn hơn cỡ chính tệp khai báo) nên không đọc. Hãy đề nghị đơn vị kiểm tra và gửi lại tệp.",
  noRoster:
    "Tệp không có danh sách cán bộ vì không trang tính nào có dòng tiêu đề (Họ và tên, Chức danh…). Hãy kiểm tra xem đơn vị đã gửi đúng tệp chưa.",
  notAFile:
    "Đây không phải một tệp thông thường (mà là thiết bị hoặc kênh truyền dữ liệu) nên không đọc. Hãy chỉ đúng tệp .xlsx.",
  noAccess:
    "Không có quyền đọc tệp này. Hãy kiểm tra quyền truy cập, hoặc chép tệp vào thư mục của mình rồi kiểm tra lại.",
  disk: "Không đọc được tệp từ ổ đĩa hoặc mạng. Hãy chép tệp vào máy rồi kiểm tra lại.",
  memory:
    "Kiểm tra tệp này cần quá nhiều bộ nhớ nên đã dừng; các tệp khác vẫn được kiểm tra. Hãy chia danh sách thành nhiều tệp nhỏ hơn.",
};
const inSheet = (cell: string, sentence: string) => `${sentence} Vị trí: trang tính “Danh sách”, ô ${cell}.`;
const oneBad = "Tổng cộng 1 tệp, 0 cán bộ: 1 lỗi, 0 cảnh báo, 0 thông tin.";
/**
 * The small roster of hostileCorpus.ts: three cadres, and no Đơn vị, Cấp công đoàn or Chuyên trách column (the last
 * is optional: many rosters have none).
 */
const ROSTER_LINE = "3 cán bộ — 2 lỗi, 0 cảnh báo, 0 thông tin";
const GOOD_LINE = `${good}: 15 cán bộ — 7 lỗi, 4 cảnh báo, 2 thông tin`;

const temp = makeTempDir("canbo-hostile-");
const at = (name: string) => path.join(temp.dir, name);
const asRoot = process.getuid?.() === 0;

beforeAll(() => {
  // Nobody else may read the folder itself when the tests run as another user below: let them in.
  chmodSync(temp.dir, 0o755);
  // 2 million rows of 20 cells behind a directory that says 1 MB; one row of 20 million cells.
  writeFileSync(at("bom-noi-doi.xlsx"), lyingBomb(2_000_000));
  writeFileSync(at("dong-vo-tan.xlsx"), endlessRow(20_000_000));
  writeFileSync(at("qua-nang.xlsx"), heavyRoster(5));
  execFileSync("mkfifo", [at("ong.xlsx")]);
  symlinkSync("/dev/zero", at("zero.xlsx"));
  symlinkSync(at("vong-b.xlsx"), at("vong-a.xlsx"));
  symlinkSync(at("vong-a.xlsx"), at("vong-b.xlsx"));
  writeFileSync(at("khong-quyen.xlsx"), readFileSync(good));
  chmodSync(at("khong-quyen.xlsx"), 0o000);
  mkdirSync(at("dong\nmoi"), { recursive: true });
  copyFileSync(provincial, at("dong\nmoi/tinh.xlsx"));
});
afterAll(() => temp.cleanup());

/** `canbo check <file> --year 2019` in a 64 MB heap. */
const check = (files: string[], more: string[] = []) =>
  runCli(["check", ...files, "--year", "2019", ...more], { nodeArgs: SMALL_HEAP, killAfterMs: GUARD_MS });

describe("files that would cost gigabytes are refused with the sentence of the limit they reach", () => {
  const cases: [name: string, what: string, file: () => string, line: (f: string) => string][] = [
    [
      "o-cuoi-trang.xlsx",
      "one cell at XFD1048576",
      () => bad("o-cuoi-trang.xlsx"),
      (f) => `${f}: ${inSheet("XFD1048576", VI.wide)}`,
    ],
    [
      "dong-2-ty.xlsx",
      "a cell at row 2,000,000,000",
      () => bad("dong-2-ty.xlsx"),
      (f) => `${f}: ${inSheet("A2000000000", VI.tall)}`,
    ],
    [
      "dong-vo-tan.xlsx",
      "one row of 20 million cells",
      () => at("dong-vo-tan.xlsx"),
      (f) => `${f}: ${inSheet("AMK1", VI.wide)}`,
    ],
    [
      "bom-noi-doi.xlsx",
      "a directory declaring 1 MB for 600 MB of rows",
      () => at("bom-noi-doi.xlsx"),
      (f) => `${f}: ${VI.bomb}`,
    ],
    [
      "3000-trang.xlsx",
      "3,000 sheets on one 9 MB part",
      () => bad("3000-trang.xlsx"),
      (f) => `${f}: ${VI.sheets}`,
    ],
    [
      "gop-ca-trang.xlsx",
      "a title merged over the whole sheet",
      () => bad("gop-ca-trang.xlsx"),
      (f) => `${f}: ${VI.noRoster}`,
    ],
  ];
  it.each(cases)("%s (%s)", (_name, _what, file, line) => {
    const r = check([file()]);
    expect(r.stdout).toBe(`${line(file())}\n${oneBad}\n`);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
  });
});

describe("ambiguous archives are refused, not checked on a guess", () => {
  it.each([
    ["hoa-thuong.xlsx", "two parts differing only by case"],
    ["lap-ten.xlsx", "one part name twice"],
    ["chung-phan.xlsx", "two sheets sharing one part"],
  ])("%s (%s)", (name) => {
    const r = check([bad(name)]);
    expect(r.stdout).toBe(`${bad(name)}: ${VI.ambiguous}\n${oneBad}\n`);
    expect(r.code).toBe(2);
  });
});

describe("unlucky files that are rosters all the same are read as rosters", () => {
  it.each([
    ["utf16-phan.xlsx", "every part in UTF-16"],
    ["du-byte.xlsx", "4 KB after the end of the archive"],
    ["nam-1904.xlsx", "the 1904 date system of Excel for Mac: Hùng, born 1/3/1950, is 69 in 2019, not 73"],
  ])("%s (%s)", (name) => {
    const r = check([bad(name)]);
    expect(r.stdout).toBe(
      `${bad(name)}: ${ROSTER_LINE}\n` +
        "  Lỗi: [Danh sách] Danh sách không có cột “Đơn vị”. Hãy thêm cột này rồi kiểm tra lại.\n" +
        "  Lỗi: [Danh sách] Danh sách không có cột “Cấp công đoàn”. Hãy thêm cột này rồi kiểm tra lại.\n" +
        "Tổng cộng 1 tệp, 3 cán bộ: 2 lỗi, 0 cảnh báo, 0 thông tin.\n",
    );
    expect(r.code).toBe(1);
  });

  it("checks the roster above a stray value at Z1048576 instead of padding a million rows", () => {
    const r = check([bad("o-le-cuoi.xlsx")], ["--json"]);
    const doc = JSON.parse(r.stdout) as {
      files: { sheets: { name: string; headerRows: number[] | null }[]; error?: unknown }[];
      findings: { cell: string; code: string }[];
    };
    expect(doc.files[0].error).toBeUndefined();
    expect(doc.files[0].sheets[0]).toMatchObject({ name: "Danh sách", headerRows: [1, 1] });
    expect(doc.findings.filter((f) => f.code === "missing-column")).toHaveLength(2);
    expect(r.code).toBe(1);
  });
});

describe("the disk: only ordinary files are read, and every error is the file's own line", () => {
  it("refuses a pipe named .xlsx at once instead of waiting for a writer", () => {
    const r = check([at("ong.xlsx")]);
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe(`${at("ong.xlsx")}: ${VI.notAFile}\n${oneBad}\n`);
    expect(r.code).toBe(2);
  });

  it("refuses a link to /dev/zero without reading it (whatever stat says, no read past the limit)", () => {
    const r = runCli(["check", at("zero.xlsx"), "--year", "2019"], {
      nodeArgs: SMALL_HEAP,
      killAfterMs: GUARD_MS,
      measureRss: true,
    });
    expect(r.stdout).toBe(`${at("zero.xlsx")}: ${VI.notAFile}\n${oneBad}\n`);
    expect(r.code).toBe(2);
    // Buffers live outside the heap: the process's own peak shows nothing was read.
    expect(r.peakRssMb).toBeLessThan(400);
  });

  it("names a loop of links by its system code", () => {
    const r = check([at("vong-a.xlsx")]);
    expect(r.stdout).toBe(`${at("vong-a.xlsx")}: ${VI.disk} (Chi tiết kỹ thuật: “ELOOP”.)\n${oneBad}\n`);
    expect(r.code).toBe(2);
  });

  it("says a file cannot be read for lack of permission", () => {
    // As root every file is readable: the command then runs as the unprivileged user "nobody".
    const r = runCli(["check", at("khong-quyen.xlsx"), "--year", "2019"], {
      nodeArgs: SMALL_HEAP,
      killAfterMs: GUARD_MS,
      ...(asRoot ? { uid: 65534 } : {}),
    });
    expect(r.stdout).toBe(`${at("khong-quyen.xlsx")}: ${VI.noAccess}\n${oneBad}\n`);
    expect(r.code).toBe(2);
  });
});

describe("a batch never stops for one file", () => {
  it("checks the good files of a batch of every hostile kind exactly as alone, one line per file", () => {
    const newline = at("dong\nmoi/tinh.xlsx");
    const alone = check([newline]).stdout.split("\n")[0];
    const hostile = [
      bad("o-cuoi-trang.xlsx"),
      bad("dong-2-ty.xlsx"),
      bad("gop-ca-trang.xlsx"),
      bad("hoa-thuong.xlsx"),
      bad("3000-trang.xlsx"),
      at("bom-noi-doi.xlsx"),
      at("dong-vo-tan.xlsx"),
      at("qua-nang.xlsx"),
      at("ong.xlsx"),
      at("zero.xlsx"),
      at("vong-a.xlsx"),
    ];
    const r = check([good, ...hostile, newline], ["--jobs", "2"]);
    const lines = r.stdout.split("\n").filter((l) => l && !l.startsWith("  ") && !l.startsWith("Tổng cộng"));
    expect(lines).toEqual([
      GOOD_LINE,
      `${bad("o-cuoi-trang.xlsx")}: ${inSheet("XFD1048576", VI.wide)}`,
      `${bad("dong-2-ty.xlsx")}: ${inSheet("A2000000000", VI.tall)}`,
      `${bad("gop-ca-trang.xlsx")}: ${VI.noRoster}`,
      `${bad("hoa-thuong.xlsx")}: ${VI.ambiguous}`,
      `${bad("3000-trang.xlsx")}: ${VI.sheets}`,
      `${at("bom-noi-doi.xlsx")}: ${VI.bomb}`,
      `${at("dong-vo-tan.xlsx")}: ${inSheet("AMK1", VI.wide)}`,
      // 300,000 cadres need far more than a 64 MB heap: its worker dies, the others go on.
      `${at("qua-nang.xlsx")}: ${VI.memory}`,
      `${at("ong.xlsx")}: ${VI.notAFile}`,
      `${at("zero.xlsx")}: ${VI.notAFile}`,
      `${at("vong-a.xlsx")}: ${VI.disk} (Chi tiết kỹ thuật: “ELOOP”.)`,
      // The name holds a line break: written as an escape, so the file is still one line.
      alone,
    ]);
    expect(alone).toMatch(/^".*dong\\nmoi\/tinh\.xlsx": 300 cán bộ — /);
    expect(r.code).toBe(2);
  });

  it("still ends with its JSON document", () => {
    // One worker: it holds the last file, given next, when the heavy one kills it; a fresh worker checks that file.
    const r = check([good, at("qua-nang.xlsx"), bad("o-cuoi-trang.xlsx")], ["--json", "--jobs", "1"]);
    const doc = JSON.parse(r.stdout) as { files: { path: string; error?: { message: string } }[] };
    expect(doc.files.map((f) => f.error?.message ?? "checked")).toEqual([
      "checked",
      VI.memory,
      inSheet("XFD1048576", VI.wide),
    ]);
    expect(r.code).toBe(2);
  });
});

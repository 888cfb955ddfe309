import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/cli";
import { rosterWorkbook } from "../helpers/rosterWorkbook";

const cdcs = "samples/cdcs-truong-thcs-an-thoi.xlsx";
const provincial = "samples/danh-sach-can-bo-tinh-2019.xlsx";
const savedByLibreOffice = "test/fixtures/libreoffice/cdcs-saved-by-libreoffice.xlsx";

interface Doc {
  files: {
    path: string;
    sheets: {
      name: string;
      headerRows: [number, number] | null;
      dataRows: number;
      columns: Record<string, string>;
    }[];
    error?: { code: string; message: string };
  }[];
  findings: {
    file: string;
    sheet: string;
    cell: string;
    code: string;
    severity: string;
    suggestion: string | null;
    message: string;
  }[];
  summary: { cadres: number; errors: number; warnings: number; infos: number };
}

function checkJson(...args: string[]): { code: number | null; doc: Doc; stderr: string } {
  const r = runCli(["check", ...args, "--year", "2019", "--json"]);
  return { code: r.code, doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
}

// The planted mistakes of the small CĐCS roster (samples/README.md), one per cell, with the suggestions a clerk needs.
const CDCS_FINDINGS = [
  "BCH CĐCS N3 unknown-column",
  "BCH CĐCS B5 legacy-encoding → Nguyễn Thị Hoa",
  "BCH CĐCS B7 duplicate-person",
  "BCH CĐCS E8 missing-value",
  "BCH CĐCS M9 invalid-id → 083188005678",
  "BCH CĐCS M10 invalid-id",
  "BCH CĐCS I11 error-value",
  "BCH CĐCS C12 invalid-date",
  "BCH CĐCS C13 implausible-age",
  "BCH CĐCS E14 invalid-value → Phó Chủ tịch",
  "BCH CĐCS I15 invalid-value → Đại học",
  "BCH CĐCS K16 future-training",
  "Ghi chú - no-roster",
];
const line = (f: Doc["findings"][number]) =>
  `${f.sheet} ${f.cell ?? "-"} ${f.code}${f.suggestion ? ` → ${f.suggestion}` : ""}`;

describe("canbo check on the sample rosters", () => {
  it("finds exactly the planted mistakes of the small CĐCS roster and exits 1", () => {
    const { code, doc } = checkJson(cdcs);
    expect(code).toBe(1);
    expect(doc.findings.map(line)).toEqual(CDCS_FINDINGS);
    expect(doc.summary).toEqual({ cadres: 15, errors: 7, warnings: 4, infos: 2 });
    expect(doc.files[0].sheets[0]).toMatchObject({ name: "BCH CĐCS", headerRows: [3, 3], dataRows: 15 });
  });

  it("reads the same findings from the copy LibreOffice saved", () => {
    const { doc } = checkJson(savedByLibreOffice);
    expect(doc.findings.map(line)).toEqual(CDCS_FINDINGS);
  });

  it("finds the planted mistakes of the messy provincial roster and no other error", () => {
    const { code, doc } = checkJson(provincial);
    expect(code).toBe(1);
    expect(doc.files[0].sheets[0]).toMatchObject({ name: "Danh sách", headerRows: [7, 8], dataRows: 300 });
    expect(doc.files[0].sheets[0].columns).toMatchObject({
      fullName: { column: "B", header: "Họ và tên" },
      birthYearMale: { column: "C", header: "Năm sinh / Nam" },
      birthYearFemale: { column: "D", header: "Năm sinh / Nữ" },
      unionTraining: { column: "R" },
      genderTraining: { column: "S" },
    });
    const planted = doc.findings.filter((f) => f.code !== "below-standard").map((f) => `${f.cell} ${f.code}`);
    expect(planted.sort()).toEqual(
      [
        "B18 missing-value",
        "J50 missing-value",
        "G82 invalid-id",
        "M114 error-value",
        "D146 conflicting-values",
        "I178 invalid-value",
        "L198 missing-value",
        "M241 invalid-value",
        "D273 invalid-date",
        "B305 duplicate-person",
        "B58 legacy-encoding",
        "R90 future-training",
      ].sort(),
    );
    expect(doc.summary.errors).toBe(9);
    expect(
      doc.findings.filter((f) => f.code === "below-standard").every((f) => f.severity === "warning"),
    ).toBe(true);
  });

  it("prints a readable summary in Vietnamese, or English on request", () => {
    const vi = runCli(["check", cdcs, "--year", "2019"]);
    expect(vi.stdout).toContain("15 cán bộ — 7 lỗi, 4 cảnh báo, 2 thông tin");
    expect(vi.stdout).toContain("Ô E8 chưa ghi chức danh.");
    const en = runCli(["check", cdcs, "--year", "2019", "--lang", "en"]);
    expect(en.stdout).toContain("15 cadres — 7 errors, 4 warnings, 2 infos");
  });
});

describe("canbo check on several cores", () => {
  it("gives the same document with worker threads as one by one, files in the order given", () => {
    // The 2019 and 2018 rosters share people, so the cross-file duplicates depend on joining the workers' results.
    const files = [provincial, "samples/danh-sach-can-bo-tinh-2018.xlsx", cdcs, savedByLibreOffice];
    const serial = checkJson(...files, "--jobs", "1");
    const parallel = checkJson(...files, "--jobs", "3");
    expect(parallel.doc.files.map((f) => f.path)).toEqual(files);
    expect(parallel.doc).toEqual(serial.doc);
    expect(parallel.code).toBe(serial.code);
    expect(serial.doc.findings.some((f) => f.code === "duplicate-person" && f.file !== provincial)).toBe(
      true,
    );
  });

  it("refuses a number of jobs that is not a whole number from 1 up, with a sentence", () => {
    const r = runCli(["check", cdcs, "--jobs", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Số luồng “0” không hợp lệ");
  });
});

describe("canbo check on bad input", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-cli-"));

  it("reports an unusable file in one line, still checks the rest, and exits 2", () => {
    const fake = path.join(dir, "bao-cao.xlsx");
    writeFileSync(
      fake,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    ); // a PNG header
    const r = runCli(["check", fake, cdcs, "--year", "2019"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${fake}: Tệp này không phải sổ làm việc Excel (.xlsx)`);
    expect(r.stdout).toContain("15 cán bộ — 7 lỗi");
    const { doc } = checkJson(fake);
    expect(doc.files[0].error?.code).toBe("unreadable-file");
  });

  it("exits 2 for a missing file and for a wrong year, with a sentence", () => {
    expect(runCli(["check", path.join(dir, "khong-co.xlsx")]).code).toBe(2);
    const bad = runCli(["check", cdcs, "--year", "19"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Năm “19” không hợp lệ");
  });

  it("exits 0 for a clean roster", async () => {
    const unit = "CĐCS Trường THCS An Thới";
    const wb = rosterWorkbook([
      {
        stt: 1,
        name: "Lê Văn Tám",
        born: 1980,
        unit,
        level: "Cơ sở",
        position: "Chủ tịch",
        employment: "Không chuyên trách",
        unionTraining: 2018,
      },
      {
        stt: 2,
        name: "Trần Thị Mai",
        born: 1985,
        unit,
        level: "Cơ sở",
        position: "UVBCH",
        employment: "Không chuyên trách",
      },
    ]);
    const file = path.join(dir, "sach.xlsx");
    await wb.xlsx.writeFile(file);
    const r = runCli(["check", file, "--year", "2019"]);
    expect(r.stdout).toContain("2 cán bộ — 0 lỗi, 0 cảnh báo");
    expect(r.code).toBe(0);
  });

  it("answers --help and an unknown command", () => {
    expect(runCli(["--help"]).stdout).toContain("canbo check");
    const r = runCli(["kiemtra"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không có lệnh “kiemtra”");
  });
});

describe("canbo check --out", () => {
  it("writes a workbook whose KQ Kiểm tra rows link to the cells of the submitted file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "canbo-out-"));
    const out = path.join(dir, "ket-qua.xlsx");
    const r = runCli(["check", path.resolve(cdcs), "--year", "2019", "--out", out]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tóm tắt kiểm tra", "KQ Kiểm tra"]);
    const kq = wb.getWorksheet("KQ Kiểm tra")!;
    // Title rows (a working list: no official header), then the table header and one row per finding.
    expect(kq.getCell("A1").value).toBe("KẾT QUẢ KIỂM TRA DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM 2019");
    expect(kq.getCell("D4").value).toBe("Ô");
    const link = kq.getCell("D6").value as ExcelJS.CellFormulaValue;
    expect(link.result).toBe("B5");
    const rel = path.relative(dir, path.resolve(cdcs)).split(path.sep).join("/");
    expect(link.formula).toBe(`HYPERLINK("${rel}#'BCH CĐCS'!B5","B5")`);
    // the code stays in the last column, hidden, for filtering
    expect(kq.getCell("J6").value).toBe("legacy-encoding");
    expect(kq.getColumn(10).hidden).toBe(true);
  });
});

/**
 * `npm run samples`: writes the sample rosters into samples/ — what a provincial Labour Federation receives:
 * a consolidated provincial roster in the messy two-row-header layout (with planted mistakes), last year's
 * roster, a small CĐCS roster in another layout with typical mistakes, and a finance sheet.
 * Deterministic (seeded), so tests can name the cells of every planted mistake.
 * `--libreoffice` also re-saves the CĐCS roster with LibreOffice into test/fixtures/libreoffice/.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { CDCS_EXPECTED, CDCS_FILE, writeCdcs } from "./samples/cdcsRoster";
import { Dice } from "./samples/prng";
import { provincialRows, type SampleRow } from "./samples/provincialRoster";
import { toTcvn3 } from "./samples/tcvn3";
import { COL, writeProvincial } from "./samples/writeProvincial";

const root = path.dirname(__dirname);
const out = path.join(root, "samples");
const YEAR = 2019;
const FIXED_DATE = new Date(Date.UTC(2019, 11, 15));

interface Planted {
  row: SampleRow;
  col: number;
  code: string;
  what: string;
}

/** Plants the mistakes of the provincial roster; each is one finding the check must report at its cell. */
function plant(blocks: { upper: string; rows: SampleRow[] }[]): Planted[] {
  const at = (b: number, i: number) => blocks[b].rows[i];
  const p: Planted[] = [];
  const add = (row: SampleRow, col: number, code: string, what: string, change: (r: SampleRow) => void) => {
    change(row);
    p.push({ row, col, code, what });
  };
  add(at(0, 7), COL.name, "missing-value", "họ tên bị xóa", (r) => (r.name = ""));
  add(at(1, 8), COL.position, "missing-value", "chưa ghi chức danh", (r) => (r.position = ""));
  add(
    at(2, 9),
    COL.id,
    "invalid-id",
    "số CCCD lưu dạng số, mất số 0 đầu (11 chữ số)",
    (r) => (r.id = Number(r.id)),
  );
  add(at(3, 10), COL.education, "error-value", "ô trình độ là lỗi #REF!", (r) => (r.education = "#REF!"));
  add(
    at(4, 11),
    COL.female,
    "conflicting-values",
    "năm sinh ghi ở cả cột Nam và cột Nữ",
    (r) => (r.bothBirth = true),
  );
  add(at(5, 12), COL.level, "invalid-value", "cấp công đoàn ghi “Xã”", (r) => (r.level = "Xã"));
  add(
    at(6, 1),
    COL.payroll,
    "missing-value",
    "cán bộ chuyên trách chưa ghi biên chế/HĐLĐ",
    (r) => (r.payroll = ""),
  );
  add(
    at(7, 13),
    COL.education,
    "invalid-value",
    "trình độ gõ “Daihoc” (gợi ý: Đại học)",
    (r) => (r.education = "Daihoc"),
  );
  const b8 = at(8, 14);
  add(
    b8,
    b8.sex === "nam" ? COL.male : COL.female,
    "invalid-date",
    "năm sinh gõ thiếu số “197”",
    (r) => (r.birth = "197"),
  );
  const original = at(0, 6);
  add(at(9, 15), COL.name, "duplicate-person", `trùng người với ${original.name} (khối I)`, (r) => {
    Object.assign(r, { name: original.name, sex: original.sex, birth: original.birth });
    r.id = original.id;
  });
  add(at(1, 16), COL.name, "legacy-encoding", "tên gõ bằng TCVN3, phông .VnTime", (r) => {
    r.name = toTcvn3(r.name.replace(/ư/g, "u").replace(/Ư/g, "U"));
    r.font = ".VnTime";
  });
  add(
    at(2, 17),
    COL.unionTraining,
    "future-training",
    "năm tập huấn 2020, sau năm báo cáo 2019",
    (r) => (r.unionTraining = 2020),
  );
  return p;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  wb.creator = "canbo samples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  await wb.xlsx.writeFile(path.join(out, file));
}

const letter = (c: number) => String.fromCharCode(64 + c);

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });

  const blocks = provincialRows(new Dice(2019), YEAR);
  const planted = plant(blocks);
  const wb2019 = new ExcelJS.Workbook();
  const rowOf = writeProvincial(wb2019, YEAR, blocks);
  await save(wb2019, "danh-sach-can-bo-tinh-2019.xlsx");

  // Last year: the same people, before the 2019 training and without this year's typing mistakes.
  const last = provincialRows(new Dice(2019), YEAR).map((b) => ({
    upper: b.upper,
    rows: b.rows.map((r) => ({
      ...r,
      unionTraining: r.unionTraining === YEAR ? "" : r.unionTraining,
      genderTraining: r.genderTraining === YEAR ? "" : r.genderTraining,
      politicalClass: r.politicalClass === YEAR ? "" : r.politicalClass,
    })),
  }));
  const wb2018 = new ExcelJS.Workbook();
  writeProvincial(wb2018, YEAR - 1, last);
  await save(wb2018, "danh-sach-can-bo-tinh-2018.xlsx");

  const cdcs = new ExcelJS.Workbook();
  writeCdcs(cdcs);
  await save(cdcs, CDCS_FILE);

  const finance = new ExcelJS.Workbook();
  const ws = finance.addWorksheet("Kinh phí");
  ws.getCell("A1").value = "KINH PHÍ CÔNG ĐOÀN VÀ CHI ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ";
  ws.getRow(3).values = ["Năm", "Tổng kinh phí công đoàn (đồng)", "Chi đào tạo, bồi dưỡng (đồng)"];
  [
    [2016, 4_100_000_000, 492_000_000],
    [2017, 4_450_000_000, 600_750_000],
    [2018, 4_800_000_000, 696_000_000],
    [2019, 5_200_000_000, 728_000_000],
  ].forEach((v, i) => (ws.getRow(4 + i).values = v));
  ws.getColumn(2).numFmt = ws.getColumn(3).numFmt = "#,##0";
  [8, 30, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await save(finance, "kinh-phi.xlsx");

  const provincialTable = planted
    .map((p) => `| ${letter(p.col)}${rowOf.get(p.row)} | \`${p.code}\` | ${p.what} |`)
    .join("\n");
  const cdcsTable = CDCS_EXPECTED.map((e) => `| ${e.cell} | \`${e.code}\` | ${e.what} |`).join("\n");
  writeFileSync(path.join(out, "README.md"), readme(provincialTable, cdcsTable));

  if (process.argv.includes("--libreoffice")) resaveWithLibreOffice();
  console.log(`samples written to ${out}`);
}

/** The LibreOffice fixture: the CĐCS roster opened and saved again by LibreOffice Calc. */
function resaveWithLibreOffice(): void {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "canbo-lo-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${tmp}/profile`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      tmp,
      path.join(out, CDCS_FILE),
    ],
    { stdio: "inherit" },
  );
  const dir = path.join(root, "test", "fixtures", "libreoffice");
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(tmp, CDCS_FILE), path.join(dir, "cdcs-saved-by-libreoffice.xlsx"));
}

function readme(provincial: string, cdcs: string): string {
  return `# Sample rosters

Written by \`npm run samples\` (scripts/make-samples.ts, seeded: the same content every run). Report year ${YEAR}.

| file | what |
|---|---|
| danh-sach-can-bo-tinh-2019.xlsx | consolidated provincial roster, sheet "Danh sách": title block, two-row merged header (rows 7–8: "Năm sinh" over Nam/Nữ, "Trình độ" over Chuyên môn/LLCT/QLNN, "Đã tập huấn" over Nghiệp vụ CĐ/Bình đẳng giới), numbering row 9, Roman-numbered section rows per upper unit (no upper-unit column), total row and signature block; 10 upper units × 30 cadres |
| danh-sach-can-bo-tinh-2018.xlsx | the same people a year earlier (without the 2019 training), for "higher than last year" |
| ${CDCS_FILE} | a small CĐCS roster in another layout (one-row header in row 3, other column names, dates as text and as Excel dates) with the typical mistakes below, and a sheet "Ghi chú" with no roster (\`no-roster\`) |
| kinh-phi.xlsx | finance sheet "Kinh phí": year, union funds, training spending (2016–2019) |

The provincial roster also has realistic shortfalls against the position standards (\`below-standard\` warnings).

## Planted mistakes — provincial roster (sheet "Danh sách")

| cell | finding | what |
|---|---|---|
${provincial}

## Planted mistakes — ${CDCS_FILE} (sheet "BCH CĐCS")

| cell | finding | what |
|---|---|---|
${cdcs}

## LibreOffice fixture

\`test/fixtures/libreoffice/cdcs-saved-by-libreoffice.xlsx\` is ${CDCS_FILE} opened and saved again by LibreOffice Calc
(\`npx tsx scripts/make-samples.ts --libreoffice\`, which runs \`soffice --headless --convert-to xlsx\`).
`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

/**
 * Synthetic rosters for the benchmark, in the realistic provincial layout: a title block, a two-row merged
 * header, a numbering row, Roman-numbered section rows per upper unit, 22 columns, a total row and the
 * signature block — and about 3 % of rows with a planted mistake of the kinds units really send.
 * The grid is built once and either handed to the core directly or streamed into an .xlsx file, so both
 * benchmarks see the same sheet.
 */
import ExcelJS from "exceljs";
import type { CellArea, CellValue, Grid } from "../../src/core/grid";
import { cccd, personName, type Sex } from "../samples/people";
import { Dice } from "../samples/prng";

export const WIDTH = 22;
const CADRES_PER_SECTION = 2_000;
const PLACES = [
  "An Thới",
  "Phú Lễ",
  "Tân Xuân",
  "Mỹ Nhơn",
  "An Hiệp",
  "Giao Long",
  "Phước Long",
  "Lương Hòa",
];
const KINDS = ["Trường THCS", "Trường Tiểu học", "Trạm Y tế xã", "UBND xã", "Công ty TNHH May"];
const POSITIONS = ["Chủ tịch", "Phó Chủ tịch", "UVBCH", "UVBCH", "UV UBKT", "Tổ trưởng công đoàn"];
const HEADER_1: CellValue[] = [
  "STT",
  "Họ và tên",
  "Năm sinh",
  "",
  "Dân tộc",
  "Đảng viên",
  "Số CCCD",
  "Đơn vị (tên CĐCS)",
  "Cấp công đoàn",
  "Chức danh",
  "Chuyên trách",
  "Biên chế/HĐLĐ",
  "Trình độ",
  "",
  "",
  "Ngoại ngữ",
  "Tin học",
  "Đã tập huấn",
  "",
  "Học TC chính trị",
  "Số điện thoại",
  "Ghi chú",
];
const HEADER_2: CellValue[] = [
  "",
  "",
  "Nam",
  "Nữ",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "Chuyên môn",
  "LLCT",
  "QLNN",
  "",
  "",
  "Nghiệp vụ CĐ",
  "Bình đẳng giới",
  "",
  "",
  "",
];
/** Header cells spanning two rows (every column but the three groups). */
const GROUPS: [number, number][] = [
  [2, 3],
  [12, 14],
  [17, 18],
];

/** The roster of `cadres` people as a grid, seeded (by its size unless told) so every run benchmarks the same sheet. */
export function syntheticGrid(cadres: number, year = 2019, seed = cadres): Grid {
  const dice = new Dice(seed);
  const values: CellValue[][] = [
    row({ 0: "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE", 9: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }),
    row({ 0: "BAN TỔ CHỨC", 9: "Độc lập - Tự do - Hạnh phúc" }),
    row({}),
    row({ 0: `DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM ${year}` }),
    row({}),
    row({}),
    [...HEADER_1],
    [...HEADER_2],
    Array.from({ length: WIDTH }, (_, c) => `(${c + 1})`),
  ];
  const merges: CellArea[] = [{ top: 3, left: 0, bottom: 3, right: WIDTH - 1 }];
  for (let c = 0; c < WIDTH; c++) {
    const group = GROUPS.find(([from, to]) => c >= from && c <= to);
    if (!group) merges.push({ top: 6, left: c, bottom: 7, right: c });
    else if (c === group[0]) merges.push({ top: 6, left: group[0], bottom: 6, right: group[1] });
  }
  let previous: CellValue[] | undefined;
  for (let i = 0; i < cadres; i++) {
    if (i % CADRES_PER_SECTION === 0) {
      const n = i / CADRES_PER_SECTION + 1;
      merges.push({ top: values.length, left: 0, bottom: values.length, right: WIDTH - 1 });
      values.push(row({ 0: `${n}. LĐLĐ khu vực ${n}` }));
    }
    const r = cadreRow(dice, i, year);
    // About 3 % planted mistakes, each a finding the check must report.
    const roll = dice.float();
    if (roll < 0.006) r[9] = "";
    else if (roll < 0.012) r[8] = "Xã";
    else if (roll < 0.018) r[12] = "#REF!";
    else if (roll < 0.024) r[r[2] === "" ? 2 : 3] = r[r[2] === "" ? 3 : 2];
    else if (roll < 0.03 && previous) for (const c of [1, 2, 3, 6]) r[c] = previous[c];
    values.push(r);
    previous = r;
  }
  values.push(row({ 1: `Tổng cộng: ${cadres} người` }));
  values.push(row({}));
  values.push(row({ 9: `Bến Tre, ngày 15 tháng 12 năm ${year}` }));
  values.push(row({ 1: "NGƯỜI LẬP BIỂU", 9: "TM. BAN THƯỜNG VỤ" }));
  return { name: "Danh sách", values, merges };
}

function cadreRow(dice: Dice, i: number, year: number): CellValue[] {
  const sex: Sex = dice.chance(0.5) ? "nu" : "nam";
  const birth = dice.int(1965, 1998);
  const unit = `CĐCS ${KINDS[(i >> 4) % KINDS.length]} ${PLACES[(i >> 6) % PLACES.length]} ${i >> 8}`;
  const trained = (p: number): CellValue =>
    dice.chance(p) ? (dice.chance(0.5) ? "x" : dice.int(2014, year)) : "";
  const position = dice.pick(POSITIONS);
  return [
    i + 1,
    personName(dice, sex),
    sex === "nam" ? birth : "",
    sex === "nu" ? birth : "",
    dice.chance(0.95) ? "Kinh" : "Khmer",
    dice.chance(0.5) ? "x" : "",
    cccd(dice, sex, birth),
    unit,
    "Cơ sở",
    position,
    "",
    "",
    dice.pick(["Đại học", "ĐH", "Cao đẳng", "Trung cấp", "12/12"]),
    dice.pick(["Sơ cấp", "", "Trung cấp"]),
    "",
    "",
    "",
    trained(position === "Chủ tịch" ? 0.8 : 0.6),
    trained(0.3),
    "",
    `09${dice.digits(8)}`,
    "",
  ];
}

function row(cells: Record<number, CellValue>): CellValue[] {
  const r = new Array<CellValue>(WIDTH).fill("");
  for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
  return r;
}

/**
 * Streams the grid into an .xlsx file with ExcelJS's streaming writer (shared strings on, as Excel saves),
 * so a 500,000-row file is written without holding the workbook in memory.
 */
export async function writeGridXlsx(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  wb.created = wb.modified = new Date(Date.UTC(2019, 11, 15));
  const ws = wb.addWorksheet(grid.name);
  // Each merge is declared when its first row comes: one declared far ahead makes the writer keep every row up to
  // it pending (and commits quadratic); rows are taken by number, as a merge creates the rows it spans.
  const mergesAt = new Map<number, CellArea[]>();
  for (const m of grid.merges) mergesAt.set(m.top, [...(mergesAt.get(m.top) ?? []), m]);
  grid.values.forEach((values, r) => {
    for (const m of mergesAt.get(r) ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      if (v !== "" && v !== null) row.getCell(c + 1).value = v === "#REF!" ? { error: "#REF!" } : v;
    });
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

import { cellAddress, type Grid } from "../grid";
import { sheetProblem, type SheetProblem } from "../messages/sheetProblem";
import { foldKey, normalizeText } from "../text";
import type { ScheduleRow } from "./scheduleRow";

const HEADERS = {
  year: ["nam", "thoi gian"],
  group: ["doi tuong"],
  count: ["so luong"],
  unit: ["don vi thuc hien"],
  content: ["noi dung", "noi dung boi duong tap huan"],
};

/**
 * Reads a phụ lục sheet a federation wrote for its own plan (the same columns as the 2016–2020 appendix:
 * Thời gian/Năm | Đối tượng | Số lượng | Đơn vị thực hiện | Nội dung). A year cell left empty continues the
 * year above ("Năm 2016" written once over two rows). Each row is linked to a training group by its wording,
 * so plan-against-actual can count who was trained.
 *
 * @example readPlanSheet(grid).rows[0] // { year: 2016, group: "Phó chủ tịch, UVBCH các CĐCS …", count: 600, groupId: "cdcs-pho-chu-tich-uvbch", … }
 */
export function readPlanSheet(grid: Grid): { rows: ScheduleRow[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  for (let h = 0; h < Math.min(30, grid.values.length); h++) {
    const keys = (grid.values[h] ?? []).map((v) => (typeof v === "string" ? foldKey(v) : ""));
    const col = (names: string[]) =>
      keys.findIndex((k) => names.some((n) => k === n || k.startsWith(`${n} `)));
    const c = {
      year: col(HEADERS.year),
      group: col(HEADERS.group),
      count: col(HEADERS.count),
      unit: col(HEADERS.unit),
      content: col(HEADERS.content),
    };
    if (c.year < 0 || c.group < 0 || c.count < 0) continue;

    const rows: ScheduleRow[] = [];
    let year: number | undefined;
    for (let r = h + 1; r < grid.values.length; r++) {
      const line = grid.values[r] ?? [];
      const text = (i: number) => (i < 0 ? "" : normalizeText(String(line[i] ?? "")));
      const group = text(c.group);
      if (!group) continue;
      const yearText = text(c.year);
      if (yearText) {
        const m = /(19|20)\d{2}/.exec(yearText);
        if (m) year = Number(m[0]);
        else problems.push(sheetProblem(cellAddress(r, c.year), "not-a-year", { text: yearText }));
      }
      const count = Number(text(c.count).replace(/[.,\s]/g, ""));
      if (year === undefined) {
        problems.push(sheetProblem(cellAddress(r, c.year), "no-year", {}));
        continue;
      }
      if (!Number.isFinite(count)) {
        problems.push(sheetProblem(cellAddress(r, c.count), "not-a-count", { text: text(c.count) }));
        continue;
      }
      rows.push({
        year,
        group,
        count,
        unit: text(c.unit),
        content: text(c.content),
        groupId: groupOf(group),
      });
    }
    return { rows, problems };
  }
  return { rows: [], problems: [sheetProblem("A1", "no-header", { table: "plan" })] };
}

/** The training group a plan row's wording names, following the seed's three kinds of row. */
function groupOf(group: string): string | undefined {
  const k = foldKey(group);
  if (/\bchuyen trach\b/.test(k)) return "chuyen-trach";
  if (/\b(pho chu tich|uvbch|uy vien ban chap hanh)\b/.test(k)) return "cdcs-pho-chu-tich-uvbch";
  if (/\bchu tich\b/.test(k) && /\b(cdcs|cong doan co so)\b/.test(k)) return "cdcs-chu-tich";
  if (/\bbinh dang gioi\b/.test(k) && /\bnu\b/.test(k)) return "nu-cap-tren-binh-dang-gioi";
  if (/\bbinh dang gioi\b/.test(k)) return "chu-chot-binh-dang-gioi";
  if (/\btrung cap chinh tri\b/.test(k)) return "hdld-trung-cap-chinh-tri";
  return undefined;
}

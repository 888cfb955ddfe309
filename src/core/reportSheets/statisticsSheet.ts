import { columnLetter } from "../grid";
import {
  MIN_PRINTED_SIZE,
  printableArea,
  printedColumnPoints,
  TABLE_LOOKS,
  type SheetSpec,
  type SpecValue,
  type TableColumn,
} from "../sheet";
import type { StatisticsTable } from "../statistics";
import { layoutReport, type ReportOptions } from "./layoutReport";

export interface StatisticsSheetOptions extends ReportOptions {
  /** Defaults to the table's year. */
  year?: number;
}

/** Columns before the units: STT, the section ("Nhóm", to filter one section) and the row title. */
const LEAD: TableColumn[] = [
  { header: "STT", width: 4.5, format: "integer", align: "center" },
  { header: "Nhóm", width: 13, format: "text", wrap: true },
  { header: "Nội dung", width: 22, format: "text", wrap: true },
];
// Wide enough for a unit name's longest word in capitals ("NGHIỆP") at 11 pt bold, so headers break between words.
const UNIT_WIDTH = 9;

/**
 * "Thống kê Y": one row per count (STT, section, title), one column per upper unit, and "Tổng cộng" as a formula
 * summing the unit columns (its value cached). A section's rows print on one page. The note under the table says
 * how age is counted and that each section adds up to the total. A province has more units than a page holds at
 * 10 pt: the units are then split into parts printed one under another, each with its labels and as wide as the
 * page, and "Tổng cộng" (in the last part) sums every part's cells of its row.
 *
 * @param table from `computeStatistics`
 * @param options the year and the report header
 * @returns the sheet "Thống kê {year}" with table "ThongKe{year}" (parts after the first: "ThongKe{year}_2" …)
 * @example statisticsSheet(computeStatistics(roster, { year: 2019 }), {}).name // "Thống kê 2019"
 */
export function statisticsSheet(table: StatisticsTable, options: StatisticsSheetOptions = {}): SheetSpec {
  const year = options.year ?? table.year;
  const units = table.columns.slice(0, -1);
  const perPart = unitsPerPage();
  const parts: { units: string[]; offset: number }[] = [];
  for (let i = 0; i < units.length; i += perPart)
    parts.push({ units: units.slice(i, i + perPart), offset: i });
  if (parts.length === 0) parts.push({ units: [], offset: 0 });
  const totalHeader = table.columns[table.columns.length - 1];
  // Consecutive rows of one section ("Giới tính", "Độ tuổi" …), as [first, count].
  const groups: [number, number][] = [];
  table.rows.forEach((r, i) => {
    if (i === 0 || table.rows[i - 1].group !== r.group) groups.push([i, 1]);
    else groups[groups.length - 1][1]++;
  });
  const split = parts.length > 1;
  // One table when the units fit a page (its header repeated on every page); otherwise one small table per section
  // and part, each with its own header and on one page, sections in order and each section's parts together.
  const blocks = split
    ? groups.flatMap(([first, count]) => parts.map((part, p) => ({ part, p, first, count })))
    : [{ part: parts[0], p: 0, first: 0, count: table.rows.length }];
  const indexOf = (g: number, p: number) => g * parts.length + p;
  const sections = blocks.map(({ part, p, first, count }, k) => {
    const last = p === parts.length - 1;
    const g = split ? Math.floor(k / parts.length) : 0;
    // Each part's unit cells of the row, for the total's SUM: "D{r:3}:M{r:3}" names the same row of an earlier part.
    const total = parts
      .filter((x) => x.units.length > 0)
      .map((x, q) => {
        const row = q === p ? "{r}" : `{r:${indexOf(g, q)}}`;
        return `${columnLetter(LEAD.length)}${row}:${columnLetter(LEAD.length + x.units.length - 1)}${row}`;
      })
      .join(",");
    const columns: TableColumn[] = [
      ...LEAD,
      ...part.units.map((unit, j): TableColumn => ({
        header: unit,
        width: UNIT_WIDTH,
        format: "integer",
        wrap: true,
        number: `(${LEAD.length + part.offset + j + 1})`,
      })),
      ...(last
        ? [
            {
              header: totalHeader,
              width: UNIT_WIDTH + 0.5,
              format: "integer",
              wrap: true,
              number: `(${LEAD.length + units.length + 1})`,
            } satisfies TableColumn,
          ]
        : []),
    ];
    const rows: SpecValue[][] = table.rows
      .slice(first, first + count)
      .map((r, i) => [
        first + i + 1,
        r.group,
        r.label,
        ...r.values.slice(part.offset, part.offset + part.units.length),
        ...(last
          ? [
              total
                ? { formula: `SUM(${total})`, result: r.values[r.values.length - 1] }
                : r.values[r.values.length - 1],
            ]
          : []),
      ]);
    const heading = split
      ? `${table.rows[first].group} — phần ${p + 1}/${parts.length}: ${part.units[0]} … ${part.units[part.units.length - 1]}`
      : undefined;
    return {
      heading,
      table: {
        name: k === 0 ? `ThongKe${year}` : `ThongKe${year}_${k + 1}`,
        columns,
        numbered: true,
        rows,
        groups: split ? [count] : groups.map(([, n]) => n),
      },
      notes: k === blocks.length - 1 ? [note(year, split ? parts.length : 1, totalHeader)] : undefined,
    };
  });
  const widest = sections.reduce(
    (a, s) => (s.table.columns.length > a.length ? s.table.columns : a),
    sections[0].table.columns,
  );
  return layoutReport(
    {
      sheetName: `Thống kê ${year}`,
      widths: widest.map((c) => c.width ?? 10),
      titleLines: [
        `THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG, ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ${year}`,
        `(Đơn vị tính: người; tuổi tính đến 31/12/${year})`,
      ],
      labelColumns: LEAD.length,
      // Split tables carry their own headers: repeating the first one's over the others would name the wrong units.
      repeatHeader: !split,
      sections,
    },
    options,
  );
}

function note(year: number, parts: number, totalHeader: string): string {
  return (
    `Đơn vị tính: người. Tuổi tính đến 31/12/${year} (năm ${year} trừ năm sinh). Các dòng của mỗi nhóm cộng lại ` +
    'bằng "Tổng số cán bộ" (nhóm "Biên chế, HĐLĐ" bằng số cán bộ chuyên trách), kể cả dòng ' +
    '"Chưa rõ" — số người mà danh sách không ghi hoặc ghi không rõ; nhóm "Đào tạo, bồi dưỡng" không cộng. ' +
    "Người trùng tên được tính một lần." +
    (parts > 1
      ? ` Các đơn vị chia thành ${parts} phần cho vừa trang; cột "${totalHeader}" cộng mọi phần.`
      : "")
  );
}

/** How many unit columns fit a landscape page beside the labels and the total, with no text below 10 pt. */
function unitsPerPage(): number {
  const area =
    printableArea("landscape").width / (Math.ceil((MIN_PRINTED_SIZE / TABLE_LOOKS.body.size) * 100) / 100);
  const lead = LEAD.reduce((s, c) => s + printedColumnPoints(c.width ?? 10), 0);
  return Math.max(
    1,
    Math.floor((area - lead - printedColumnPoints(UNIT_WIDTH + 0.5)) / printedColumnPoints(UNIT_WIDTH)),
  );
}

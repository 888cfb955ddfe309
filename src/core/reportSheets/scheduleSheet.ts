import type { ScheduleRow } from "../schedule";
import type { SheetSpec, SpecValue, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions, type ReportSection } from "./layoutReport";

export interface ScheduleSheetOptions extends ReportOptions {
  /** The report year Y: names the sheet ("Phụ lục 2019") and the tables. */
  year: number;
  /** Training groups (`groupId`) the plan has rows for: other groups' rows are proposals. */
  planGroups?: ReadonlySet<string>;
  /** What the plan is, for the headings ("Kế hoạch 14-KH/ĐĐ"). */
  planName?: string;
}

/** Marks what the plan does not contain: a unit, content or whole group the roster suggests. */
export const PROPOSED = "(đề xuất)";

/** Columns A…H of the plan table; the proposals' table uses A…G with "Ghi chú" in G. */
const COLUMNS: TableColumn[] = [
  { header: "STT", width: 4.5, format: "integer", align: "center" },
  // No number format: a year must not print as "2.016".
  { header: "Năm", width: 6, align: "center" },
  { header: "Đối tượng", width: 28, format: "text", wrap: true },
  { header: "Số lượng theo kế hoạch (người)", width: 9.5, format: "integer" },
  { header: "Đơn vị thực hiện", width: 16, format: "text", wrap: true },
  { header: "Nội dung bồi dưỡng, tập huấn", width: 42, format: "text", wrap: true },
  { header: "Thực hiện (người)", width: 9.5, format: "integer" },
  { header: "Tỷ lệ", number: "(8) = (7)/(4)", width: 8, format: "percent", wrap: true },
];
const PROPOSAL_COLUMNS: TableColumn[] = [
  ...COLUMNS.slice(0, 3),
  { ...COLUMNS[3], header: "Số lượng cần đào tạo (người)" },
  COLUMNS[4],
  COLUMNS[5],
  { header: "Ghi chú", width: 9.5, format: "text", wrap: true },
];

/**
 * "Phụ lục Y": the plan's rows for Y with how many of each group the roster shows trained in Y, with their own
 * total; then, apart and titled "Đề xuất", what the roster says is still needed in Y + 1, per training group, with
 * its own total. Units, content and groups the plan does not have are marked "(đề xuất)". A year the plan has no
 * row for says so instead of a table of zeros.
 *
 * @param done the plan's rows of year Y, `actual` filled (from `planAgainstActual`)
 * @param proposals the needs for Y + 1 (from `deriveSchedule`)
 * @param options year, header, which groups the plan has
 * @returns the sheet "Phụ lục {year}"
 * @example scheduleSheet(done, proposals, { year: 2019 }).name // "Phụ lục 2019"
 */
export function scheduleSheet(
  done: readonly ScheduleRow[],
  proposals: readonly ScheduleRow[],
  options: ScheduleSheetOptions,
): SheetSpec {
  const { year } = options;
  const plan = options.planName ?? "kế hoạch";
  const planSection: ReportSection = done.length
    ? {
        heading: `I. THỰC HIỆN ${plan.toLocaleUpperCase("vi")} NĂM ${year}`,
        table: {
          name: `PhuLuc${year}`,
          columns: COLUMNS,
          numbered: true,
          rows: done.map((r, i) => [
            i + 1,
            r.year,
            r.group,
            r.count,
            r.unit,
            r.content || null,
            r.actual ?? null,
            { formula: `IF(AND(D{r}>0,G{r}<>""),G{r}/D{r},"")`, result: share(r.actual, r.count) },
          ]),
          totals: [
            [
              ...countTotal(done),
              sum(
                "G",
                done.reduce((s, r) => s + (r.actual ?? 0), 0),
              ),
              { formula: `IF(D{r}>0,G{r}/D{r},"")`, result: ratio(done) },
            ],
          ],
        },
        notes: [
          `Cột (7): số người thuộc đối tượng của dòng mà danh sách ghi đã được tập huấn trong năm ${year} ` +
            "(ô có dấu x không ghi năm không xếp được vào năm nào nên không được tính); ô trống: danh sách không " +
            "cho biết được.",
        ],
      }
    : {
        heading: `I. THỰC HIỆN ${plan.toLocaleUpperCase("vi")} NĂM ${year}`,
        notes: [`Kế hoạch không có nội dung đào tạo, bồi dưỡng cho năm ${year}.`],
      };
  const proposalSection: ReportSection = proposals.length
    ? {
        heading: `II. ĐỀ XUẤT NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM ${year + 1} (THEO DANH SÁCH CÁN BỘ NĂM ${year})`,
        table: {
          name: `DeXuat${year + 1}`,
          columns: PROPOSAL_COLUMNS,
          numbered: true,
          rows: proposals.map((r, i) => proposalRow(i + 1, r, options.planGroups)),
          totals: [[...countTotal(proposals), null]],
        },
        notes: [
          `Đề xuất: số lượng là số cán bộ của nhóm chưa được tập huấn tính đến hết năm ${year}. ` +
            `Đơn vị thực hiện, nội dung và nhóm ghi "${PROPOSED}" không có trong kế hoạch.`,
        ],
      }
    : {
        heading: `II. ĐỀ XUẤT NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM ${year + 1}`,
        notes: [`Danh sách năm ${year} không còn ai thuộc các nhóm cần đào tạo, bồi dưỡng.`],
      };
  return layoutReport(
    {
      sheetName: `Phụ lục ${year}`,
      widths: COLUMNS.map((c) => c.width ?? 10),
      titleLines: [`PHỤ LỤC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ${year}`],
      // Two tables with different columns: each prints its own titles, kept with its first rows.
      repeatHeader: false,
      sections: [planSection, proposalSection],
    },
    options,
  );
}

function proposalRow(stt: number, r: ScheduleRow, planGroups?: ReadonlySet<string>): SpecValue[] {
  const inPlan = r.groupId !== undefined && planGroups?.has(r.groupId) === true;
  const mark = (s: string) => (inPlan || s === "" ? s || null : `${s} ${PROPOSED}`);
  return [
    stt,
    r.year,
    r.group,
    r.count,
    mark(r.unit),
    mark(r.content),
    inPlan ? "Nhóm có trong kế hoạch" : "Đề xuất thêm",
  ];
}

/** The first cells of a "Tổng cộng" row, alike in both tables: its label and the sum of the counts (column D). */
function countTotal(rows: readonly { count: number }[]): SpecValue[] {
  return [
    null,
    null,
    "Tổng cộng",
    sum(
      "D",
      rows.reduce((s, r) => s + r.count, 0),
    ),
    null,
    null,
  ];
}

function sum(col: string, value: number): SpecValue {
  return { formula: `SUM(${col}{first}:${col}{last})`, result: value };
}

function share(actual: number | undefined, count: number): number | string {
  return actual !== undefined && count > 0 ? actual / count : "";
}

function ratio(rows: readonly ScheduleRow[]): number | string {
  const count = rows.reduce((s, r) => s + r.count, 0);
  return count > 0 ? rows.reduce((s, r) => s + (r.actual ?? 0), 0) / count : "";
}

/** 3211 → "3.211", the Vietnamese thousands separator, without depending on the runtime's locale data. */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

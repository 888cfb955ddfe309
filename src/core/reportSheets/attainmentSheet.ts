import { INDICATOR_TITLES, TOTAL_UNIT, upperUnitOf, type Indicator, type IndicatorId } from "../attainment";
import type { Cadre } from "../cadre";
import type { ColumnFormat, SheetSpec, SpecValue, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions, type ReportSection } from "./layoutReport";

export interface AttainmentSheetOptions extends ReportOptions {
  /** The report year: names the sheet ("Chỉ tiêu 2019") and the table ("ChiTieu2019"). */
  year: number;
  /** Lines under the title, e.g. "(Theo Kế hoạch số 14-KH/ĐĐ ngày 29/04/2016)". */
  subtitles?: string[];
  /** I6: cadres at the upper levels whom no standard covers (counted in its total, named in a note). */
  withoutStandard?: readonly Cadre[];
  /** Where I6's standards came from, in words ("khung tiêu chuẩn mẫu của phần mềm"). */
  standardsNote?: string;
}

/** Short wording of each indicator for the rows; the plan's full wording (`INDICATOR_TITLES`) is in the note. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorId, string>> = {
  I1: "Chuyên trách được tập huấn nghiệp vụ",
  I2: "Không chuyên trách được tập huấn nghiệp vụ",
  I3: "Chủ chốt được tập huấn bình đẳng giới",
  I4: "Nữ cấp trên cơ sở được tập huấn bình đẳng giới",
  I5: "Chuyên trách HĐLĐ học trung cấp chính trị",
  I6: "Cấp trên cơ sở trở lên đạt chuẩn chức danh",
  I7: "Kinh phí chi cho đào tạo, bồi dưỡng, tập huấn cán bộ",
};

const INCREASE = "Cao hơn năm trước";
/** Formats of the I7 row: money columns (5), (6), (10) with one decimal. */
const MONEY_FORMATS: (ColumnFormat | undefined)[] = [4, 5, 9].reduce<(ColumnFormat | undefined)[]>(
  (out, j) => ((out[j] = "decimal"), out),
  Array.from({ length: 12 }, () => undefined),
);
const MET = "Đạt";
const NOT_MET = "Chưa đạt";
/** Names listed per note line, so no single row grows taller than a page. */
const NAMES_PER_LINE = 12;

/** Columns A…L; the formulas below use these letters. */
const COLUMNS: TableColumn[] = [
  { header: "STT", width: 4.5, format: "integer", align: "center" },
  { header: "Đơn vị", width: 20, format: "text", wrap: true },
  { header: "Mã", width: 4.5, format: "text", align: "center" },
  { header: "Nội dung chỉ tiêu", width: 27, format: "text", wrap: true },
  { header: "Số đạt", width: 7.5, format: "integer" },
  { header: "Tổng số", width: 7.5, format: "integer" },
  { header: "Tỷ lệ", number: "(7) = (5)/(6)", width: 7.5, format: "percent", wrap: true },
  { header: "Chỉ tiêu", width: 9, format: "percent", wrap: true },
  { header: "Kết quả", width: 8.5, format: "text", align: "center" },
  { header: "Còn thiếu", width: 7.5, format: "integer" },
  { header: "Năm trước", width: 7.5, format: "percent" },
  { header: "Ghi chú", width: 16, format: "text", wrap: true },
];

/**
 * "Chỉ tiêu Y": the plan's targets I1–I6 for every upper unit (the unit's rows kept on one page), then their
 * totals under the table, and I7 (money) on its own row, in million đồng as its label says. Share, result and gap are
 * formulas over the counts, with their values cached, so a corrected count updates the row and the totals;
 * totals are SUMIF over the unit rows, outside the Excel table. A result that cannot be judged (nobody the target
 * applies to, nothing to compare with) leaves share, result and gap empty.
 *
 * @param indicators from `computeAttainment` (units' I1–I6, then the total's I1–I7)
 * @param options the year, the report header, and I6's uncovered cadres
 * @returns the sheet "Chỉ tiêu {year}" with table "ChiTieu{year}"
 * @example attainmentSheet(computeAttainment(roster, opts), { year: 2019 }).name // "Chỉ tiêu 2019"
 */
export function attainmentSheet(
  indicators: readonly Indicator[],
  options: AttainmentSheetOptions,
): SheetSpec {
  const units = indicators.filter((i) => i.unit !== TOTAL_UNIT && i.id !== "I7");
  const totals = indicators.filter((i) => i.unit === TOTAL_UNIT && i.id !== "I7");
  const i7 = indicators.find((i) => i.id === "I7");

  const rows = units.map((i, k) => countRow(k + 1, i));
  const groups: number[] = [];
  units.forEach((i, k) => {
    if (k === 0 || units[k - 1].unit !== i.unit) groups.push(1);
    else groups[groups.length - 1]++;
  });
  const totalRows = totals.map((i) => totalRow(i));
  if (i7) totalRows.push(moneyRow(i7));

  const sections: ReportSection[] = [
    {
      table: {
        name: `ChiTieu${options.year}`,
        columns: COLUMNS,
        numbered: true,
        rows,
        totals: totalRows,
        // I7 is money: its row is in million đồng, with one decimal.
        ...(i7
          ? { totalsFormats: totalRows.map((_, k) => (k === totalRows.length - 1 ? MONEY_FORMATS : [])) }
          : {}),
        groups,
        flags: [
          { column: 8, equals: NOT_MET, style: "bad" },
          { column: 8, equals: MET, style: "good" },
        ],
      },
      notes: countNotes(options),
    },
  ];

  return layoutReport(
    {
      sheetName: `Chỉ tiêu ${options.year}`,
      widths: COLUMNS.map((c) => c.width ?? 10),
      titleLines: [
        `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ CÔNG ĐOÀN NĂM ${options.year}`,
        ...(options.subtitles ?? []),
      ],
      sections,
    },
    options,
  );
}

/** Share, result and gap of the row `{r}` as formulas over its counts (E, F), target (H) and last year (K). */
function judged(i: Indicator): SpecValue[] {
  const share = { formula: `IF(F{r}>0,E{r}/F{r},"")`, result: i.percent ?? "" };
  const gap =
    i.target === "increase"
      ? `IF(OR(F{r}=0,K{r}=""),"",MAX(0,IF(K{r}>=1,F{r},INT(K{r}*F{r}+0.000000001)+1)-E{r}))`
      : `IF(F{r}>0,MAX(0,ROUNDUP(H{r}*F{r}-0.000000001,0)-E{r}),"")`;
  return [
    share,
    i.target === "increase" ? INCREASE : i.target,
    { formula: `IF(J{r}="","",IF(J{r}=0,"${MET}","${NOT_MET}"))`, result: resultText(i) },
    { formula: gap, result: i.gap ?? "" },
  ];
}

function resultText(i: Indicator): string {
  return i.met === null ? "" : i.met ? MET : NOT_MET;
}

function countRow(stt: number, i: Indicator): SpecValue[] {
  const [share, target, result, gap] = judged(i);
  return [
    stt,
    i.unit,
    i.id,
    INDICATOR_LABELS[i.id],
    i.numerator,
    i.denominator,
    share,
    target,
    result,
    gap,
    i.id === "I6" ? (i.previous ?? null) : null,
    null,
  ];
}

/** A total row: counts summed over the unit rows of the same indicator (column C holds the code). */
function totalRow(i: Indicator): SpecValue[] {
  const range = (col: string) => `$${col}{first}:$${col}{last}`;
  const sum = (col: string, value: number): SpecValue => ({
    formula: `SUMIF(${range("C")},"${i.id}",${range(col)})`,
    result: value,
  });
  const [share, target, result, gap] = judged(i);
  return [
    null,
    TOTAL_UNIT,
    i.id,
    INDICATOR_LABELS[i.id],
    sum("E", i.numerator),
    sum("F", i.denominator),
    share,
    target,
    result,
    gap,
    i.id === "I6" ? (i.previous ?? null) : null,
    i.note ?? null,
  ];
}

/** I7 on its own row, in million đồng (its label says so): spending (5), funds (6), the rest as for people. */
function moneyRow(i7: Indicator): SpecValue[] {
  const known = i7.denominator > 0;
  const million = (v: number) => Math.round((v / 1_000_000) * 1000) / 1000;
  return [
    null,
    TOTAL_UNIT,
    "I7",
    `${INDICATOR_LABELS.I7} (đơn vị: triệu đồng)`,
    known ? million(i7.numerator) : null,
    known ? million(i7.denominator) : null,
    { formula: `IF(F{r}>0,E{r}/F{r},"")`, result: i7.percent ?? "" },
    i7.target === "increase" ? INCREASE : i7.target,
    { formula: `IF(J{r}="","",IF(J{r}=0,"${MET}","${NOT_MET}"))`, result: resultText(i7) },
    {
      formula: `IF(F{r}>0,MAX(0,ROUNDUP((H{r}*F{r}-E{r})*1000-0.000001,0)/1000),"")`,
      result: i7.gap === null ? "" : million(i7.gap),
    },
    null,
    i7.note ?? null,
  ];
}

function countNotes(options: AttainmentSheetOptions): string[] {
  const notes = [
    "Mã chỉ tiêu (Kế hoạch, mục II.2): " +
      (Object.keys(INDICATOR_TITLES) as IndicatorId[])
        .map((id) => `${id} — ${INDICATOR_TITLES[id]}`)
        .join("; ") +
      ".",
    "Đơn vị tính của các cột (5), (6), (10): người. Cột (7) = (5)/(6). Cột (10): số người còn thiếu để đạt chỉ tiêu, bằng (8) × (6) làm tròn lên trừ (5); với chỉ tiêu " +
      `"${INCREASE}": số người cần thêm để tỷ lệ vượt tỷ lệ năm trước (11). Ô để trống: không có người thuộc diện ` +
      "chỉ tiêu, hoặc chưa có số liệu năm trước để so sánh. Dòng Tổng cộng cộng các dòng đơn vị cùng mã.",
    "I6 tính trên toàn bộ cán bộ công đoàn cấp trên trực tiếp cơ sở trở lên; một người đạt chuẩn khi đạt mọi tiêu " +
      `chuẩn áp dụng cho chức danh của mình${options.standardsNote ? ` (${options.standardsNote})` : ""}.`,
  ];
  const missing = options.withoutStandard ?? [];
  if (missing.length) {
    notes.push(
      `Chưa có tiêu chuẩn áp dụng cho ${missing.length} người (vẫn tính vào Tổng số của I6, chưa tính là đạt chuẩn):`,
    );
    for (let k = 0; k < missing.length; k += NAMES_PER_LINE)
      notes.push(
        missing
          .slice(k, k + NAMES_PER_LINE)
          .map((c) => `${c.fullName} (${upperUnitOf(c)}; ${c.positionText ?? "chưa ghi chức danh"})`)
          .join("; ") + (k + NAMES_PER_LINE >= missing.length ? "." : ";"),
      );
  }
  return notes;
}

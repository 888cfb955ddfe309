import type { Indicator } from "../attainment";
import type { CellValue } from "../grid";
import type { SheetSpec, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions } from "./layoutReport";

export interface AttainmentSheetOptions extends ReportOptions {
  /** The report year: names the sheet ("Chỉ tiêu 2019") and the table ("ChiTieu2019"). */
  year: number;
  /** Lines under the title, e.g. "(Theo Kế hoạch số 14-KH/ĐĐ ngày 29/04/2016)". */
  subtitles?: string[];
}

/** Column of the result text, flagged red when "Chưa đạt". */
const RESULT_COLUMN = 7;
const PERCENT_COLUMN = 5;

const COLUMNS: TableColumn[] = [
  { header: "Đơn vị", width: 28, format: "text", wrap: true },
  { header: "Mã", width: 6, format: "text" },
  { header: "Chỉ tiêu", width: 56, format: "text", wrap: true },
  // Wide enough for money (I7 is in đồng: 780.000.000).
  { header: "Tử số", width: 15, format: "integer" },
  { header: "Mẫu số", width: 16, format: "integer" },
  { header: "Tỷ lệ", width: 10, format: "percent" },
  { header: "Mục tiêu", width: 17, format: "percent", wrap: true },
  { header: "Kết quả", width: 11, format: "text" },
  { header: "Còn thiếu", width: 15, format: "integer" },
  { header: "Năm trước", width: 11, format: "percent" },
  { header: "Ghi chú", width: 36, format: "text", wrap: true },
];

/**
 * The attainment report: one table row per indicator and unit, "Chưa đạt" marked red, data bars on the share.
 * A share target shows as a percentage; "increase" as the words "Cao hơn năm trước". An unknown result
 * (no one the indicator applies to, or nothing to compare with) shows "—". The "Ghi chú" column carries the
 * indicator's note (no finance data, I5 due later).
 *
 * @param indicators from `computeAttainment`
 * @param options year, issuer, place, date, signature
 * @returns the sheet "Chỉ tiêu {year}" with table "ChiTieu{year}"
 * @example attainmentSheet(computeAttainment(roster, opts), { year: 2019, org: "LĐLĐ tỉnh Bến Tre" }).name // "Chỉ tiêu 2019"
 */
export function attainmentSheet(
  indicators: readonly Indicator[],
  options: AttainmentSheetOptions,
): SheetSpec {
  const rows: CellValue[][] = indicators.map((i) => [
    i.unit,
    i.id,
    i.title,
    i.numerator,
    i.denominator,
    i.percent,
    i.target === "increase" ? "Cao hơn năm trước" : i.target,
    i.met === null ? "—" : i.met ? "Đạt" : "Chưa đạt",
    i.gap,
    i.previous ?? null,
    i.note ?? "",
  ]);
  return layoutReport(
    {
      sheetName: `Chỉ tiêu ${options.year}`,
      tableName: `ChiTieu${options.year}`,
      titleLines: [
        `KẾT QUẢ THỰC HIỆN CHỈ TIÊU NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ CÔNG ĐOÀN NĂM ${options.year}`,
        ...(options.subtitles ?? []),
      ],
      columns: COLUMNS,
      rows,
      flags: [
        { column: RESULT_COLUMN, equals: "Chưa đạt", style: "bad" },
        { column: RESULT_COLUMN, equals: "Đạt", style: "good" },
      ],
      dataBars: [PERCENT_COLUMN],
    },
    options,
  );
}

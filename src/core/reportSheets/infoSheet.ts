import type { SheetSpec, SpecValue, TableColumn } from "../sheet";
import { layoutReport, type ReportOptions } from "./layoutReport";

export const INFO_SHEET_NAME = "Thông tin báo cáo";

/** One sheet of a submitted file, as the report used it. */
export interface SourceSheet {
  file: string;
  /** Empty for a file that could not be used at all. */
  sheet: string;
  /** Cadre rows read from it (before duplicates are set aside). */
  cadres: number;
  /** Why it was not used ("Không đọc được: …", "Không có danh sách cán bộ"); absent when its cadres count. */
  skipped?: string;
}

/** What the figures of a report cover: the first sheet of every report says it. */
export interface ReportInfo {
  year: number;
  sources: readonly SourceSheet[];
  /** Cadre rows read, people listed twice (counted once), and the people the tables count. */
  rowsRead: number;
  duplicates: number;
  counted: number;
  /** Cadre rows that still have at least one error. */
  rowsWithErrors: number;
  /** Which standards were applied, in words. */
  standards: string;
  /** Other inputs (plan, finance, last year's roster), one sentence each. */
  inputs: readonly string[];
  /** Inputs that could not be used, one sentence each: the report is incomplete. */
  problems: readonly string[];
}

const WIDTHS = [5, 24, 15, 9, 28];

/**
 * "Thông tin báo cáo", the report's first sheet: which files and sheets the figures cover and how many cadres,
 * what was skipped and why, how many rows still have errors, how many people listed twice were counted once, and
 * which standards, plan, finance data and last year's roster were used. When an input could not be read, it says
 * first, in bold, that the figures are incomplete.
 *
 * @param info what the report covers
 * @param options the report header
 * @returns the sheet "Thông tin báo cáo"
 * @example infoSheet(info, {}).name // "Thông tin báo cáo"
 */
export function infoSheet(info: ReportInfo, options: ReportOptions = {}): SheetSpec {
  const unusable = info.sources.filter((s) => s.sheet === "" && s.skipped).length + info.problems.length;
  const warnings = unusable
    ? [
        info.counted === 0
          ? "KHÔNG CÓ SỐ LIỆU: không đọc được danh sách cán bộ nào nên không lập các bảng số liệu. Xem các dòng " +
            '"Không đọc được" dưới đây, sửa tệp rồi lập lại báo cáo.'
          : `BÁO CÁO CHƯA ĐẦY ĐỦ: ${unusable} tệp hoặc thông tin đầu vào không dùng được (xem dưới đây); các bảng ` +
            "chỉ tính phần đọc được.",
        ...info.problems,
      ]
    : [];
  const figures: [string, number][] = [
    ["Tệp đã nhận", new Set(info.sources.map((s) => s.file)).size],
    ["Trang danh sách đã đọc", info.sources.filter((s) => s.sheet !== "" && !s.skipped).length],
    ["Dòng cán bộ đã đọc", info.rowsRead],
    ["Người có tên hai lần (chỉ tính một lần)", info.duplicates],
    ["Cán bộ được tính trong các bảng", info.counted],
    ["Dòng cán bộ còn lỗi (xem “KQ Kiểm tra”)", info.rowsWithErrors],
  ];
  const columns: TableColumn[] = [
    { header: "STT", width: WIDTHS[0], format: "integer", align: "center" },
    { header: "Tệp", width: WIDTHS[1], format: "text", wrap: true },
    { header: "Trang tính", width: WIDTHS[2], format: "text", wrap: true },
    { header: "Số cán bộ", width: WIDTHS[3], format: "integer" },
    { header: "Tình trạng", width: WIDTHS[4], format: "text", wrap: true },
  ];
  const sources: SpecValue[][] = info.sources.map((s, i) => [
    i + 1,
    s.file,
    s.sheet || null,
    s.skipped ? null : s.cadres,
    s.skipped ?? "Đã tính",
  ]);
  return layoutReport(
    {
      sheetName: INFO_SHEET_NAME,
      widths: WIDTHS,
      repeatHeader: false,
      titleLines: [
        "THÔNG TIN BÁO CÁO",
        `(Số liệu cán bộ công đoàn năm ${info.year}: phạm vi và nguồn số liệu)`,
      ],
      sections: [
        {
          heading: "1. Số liệu",
          table: {
            name: "ThongTinSoLieu",
            columns: [
              columns[0],
              { header: "Nội dung", width: WIDTHS[1], format: "text", wrap: true },
              { header: "Số lượng", width: WIDTHS[2], format: "integer" },
            ],
            rows: figures.map(([label, n], i) => [i + 1, label, n]),
          },
        },
        { heading: "2. Tệp và trang tính", table: { name: "ThongTinTep", columns, rows: sources } },
        { heading: "3. Căn cứ", notes: [info.standards, ...info.inputs] },
      ],
    },
    { ...options, warnings: [...(options.warnings ?? []), ...warnings], signature: null, recipients: [] },
  );
}

import { layoutReport, type ReportOptions } from "../reportSheets";
import type { CellLink, ColumnFormat, SheetSpec, SpecValue } from "../sheet";
import { rosterColumns } from "./columns";
import type { ConsolidatedRoster, ConsolidatedRow, RowSource } from "./consolidateRoster";

export interface RosterSheetOptions extends ReportOptions {
  year: number;
  /** Birth years under "Năm sinh Nam" | "Năm sinh Nữ" instead of a birth date and a Giới tính column. */
  namNu?: boolean;
  /** A source file's path as a link from the consolidated workbook (relative to it); its name when absent. */
  linkFile?: (file: string | undefined) => string | undefined;
}

/** The roster sheet's name for a year. */
export function rosterSheetName(year: number): string {
  return `Tổng hợp ${year}`;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** Separates the parts of a "Nguồn" cell: file › sheet › cell. */
const SEP = " › ";

/**
 * The consolidated roster as an official list, laid out and printed like the reports (layoutReport: the official
 * header, A4, the ruled grid, the numbering row, the signature): one table in the canonical columns, a section row
 * "I | <upper unit>" over each upper unit's people with STT counted per group (the people whose upper unit no
 * file says first, under none), a birth date written as a date (a
 * year alone as a number), each row ending with its source as a link and what is still to review on it. The sheet
 * is the user's data once written (not canbo's): it is read and checked like any roster.
 *
 * @example rosterSheet(consolidateRoster(cadres, findings, vi), { year: 2019 }).name // "Tổng hợp 2019"
 */
export function rosterSheet(roster: ConsolidatedRoster, options: RosterSheetOptions): SheetSpec {
  const columns = rosterColumns({ namNu: options.namNu });
  const nameAt = columns.findIndex((c) => c.key === "fullName");
  const sourceAt = columns.findIndex((c) => c.key === "source");
  const rows: SpecValue[][] = [];
  const formats: (ColumnFormat | undefined)[][] = [];
  const targets: (CellLink | null)[] = [];
  const groups: number[] = [];
  let numbered = 0;
  roster.groups.forEach((group) => {
    if (group.upperUnit !== undefined) {
      const section: SpecValue[] = columns.map(() => null);
      section[0] = roman(++numbered);
      section[nameAt] = group.upperUnit.toLocaleUpperCase("vi");
      rows.push(section);
      formats.push([]);
      targets.push(null);
    }
    group.rows.forEach((row, i) => {
      const source = sourceText(row, options);
      rows.push(
        columns.map((c) => {
          if (c.key === "stt") return i + 1;
          if (c.key === "source") return source.text;
          if (c.key === "review") return row.review.length ? row.review.join("\n") : null;
          return row.values[c.key] ?? null;
        }),
      );
      formats.push(columns.map((c) => (c.key === "birthDate" && !row.fullDate ? "year" : undefined)));
      targets.push(source.link);
      groups.push(i === 0 && group.upperUnit !== undefined ? 2 : 1);
    });
  });
  return {
    ...layoutReport(
      {
        sheetName: rosterSheetName(options.year),
        widths: columns.map((c) => c.width),
        titleLines: [
          `DANH SÁCH CÁN BỘ CÔNG ĐOÀN NĂM ${options.year}`,
          `(Tổng hợp ${roster.count} người từ các danh sách đơn vị gửi; mỗi người một dòng, xếp theo đơn vị cấp trên)`,
        ],
        labelColumns: 2,
        sections: [
          {
            table: {
              name: `TongHop${options.year}`,
              numbered: true,
              columns: columns.map((c) => ({
                header: c.header,
                width: c.width,
                format: c.format,
                ...(c.wrap ? { wrap: true } : {}),
                ...(c.key === "stt" ? { align: "center" as const } : {}),
              })),
              rows,
              rowFormats: formats,
              links: { column: sourceAt, targets },
              groups,
            },
          },
        ],
      },
      { ...options, tableName: `TongHop${options.year}` },
    ),
    userData: true,
  };
}

/** "file › sheet › cell" and its link, then where the other copies were; a row read from a consolidation keeps its own. */
function sourceText(
  row: ConsolidatedRow,
  options: RosterSheetOptions,
): { text: string; link: CellLink | null } {
  if (row.sourceText) {
    const [place] = row.sourceText.split("\n");
    const parts = place.split(SEP);
    const link = parts.length === 3 ? { file: parts[0], sheet: parts[1], cell: parts[2] } : null;
    return { text: row.sourceText, link };
  }
  const place = (s: RowSource) => {
    const file = options.linkFile?.(s.file) ?? s.file;
    return { file, text: [file ?? "", s.sheet, s.cell].join(SEP) };
  };
  const own = place(row.source);
  const copies = row.copies.map((c) => place(c).text);
  const text = copies.length ? `${own.text}\nCũng có ở: ${copies.join("; ")}` : own.text;
  return {
    text,
    link: { ...(own.file ? { file: own.file } : {}), sheet: row.source.sheet, cell: row.source.cell },
  };
}

import type { CellValue } from "../grid";
import type { Block, ColumnFlag, SheetSpec, TableColumn, TextBlock } from "../sheet";
import { dateLine, type ReportDay } from "./dateLine";
import { safeSheetName, safeTableName } from "./sheetNames";

/** Signature block: title lines on each side, the signer's name a few rows below (room to sign). */
export interface Signature {
  left: string[];
  right: string[];
  leftName?: string;
  rightName?: string;
}

/** What every report sheet lets its caller set. */
export interface ReportOptions {
  /** Issuer at the top left, upper-cased ("Liên đoàn Lao động tỉnh Bến Tre"); default "LIÊN ĐOÀN LAO ĐỘNG". */
  org?: string;
  /** A second line under the issuer ("BAN TỔ CHỨC"). */
  department?: string;
  /** Place of the date line ("Bến Tre"). */
  place?: string;
  /** Date of the report; left as dots to fill by hand when absent. */
  date?: Date | ReportDay;
  /** Excel table name (made valid); each sheet has its default. */
  tableName?: string;
  /** Replaces parts of the default signature (left "NGƯỜI LẬP BIỂU", right "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH"). */
  signature?: Partial<Signature>;
}

/** The parts a sheet builder supplies; `layoutReport` places them like an official report. */
export interface ReportLayout {
  sheetName: string;
  tableName: string;
  /** First line is the title, the others are subtitles. */
  titleLines: string[];
  columns: TableColumn[];
  rows: CellValue[][];
  flags?: ColumnFlag[];
  dataBars?: number[];
  /** Lines printed under the table (totals, notes). */
  notes?: string[];
}

export const DEFAULT_ORG = "LIÊN ĐOÀN LAO ĐỘNG";
export const DEFAULT_SIGNATURE: Readonly<Signature> = {
  left: ["NGƯỜI LẬP BIỂU"],
  right: ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
};
/** Wider than this (in characters) does not fit A4 portrait. */
const PORTRAIT_WIDTH = 100;
/** Rows left blank between the signer's title and name, for the signature and stamp. */
const SIGNING_ROOM = 4;

/**
 * Lays out a report sheet: the title block (issuer left; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and
 * "Độc lập - Tự do - Hạnh phúc" right, the place-and-date line under them, as official documents place it),
 * the title lines, the data as a real Excel table, notes, and the signature block. The table's header row
 * repeats on every printed page; wide tables print A4 landscape, fitted to the page width.
 *
 * @param layout what the sheet shows
 * @param options the caller's options (issuer, place, date, table name, signature)
 * @returns the sheet spec
 * @example layoutReport({ sheetName: "Chỉ tiêu 2019", tableName: "ChiTieu2019", titleLines: ["…"], columns, rows }, {}).page
 */
export function layoutReport(layout: ReportLayout, options: ReportOptions = {}): SheetSpec {
  const widths = layout.columns.map((c) => c.width ?? 10);
  const n = Math.max(2, layout.columns.length);
  const leftSpan = leftBlockSpan(widths, n);
  const rightSpan = n - leftSpan;
  const org = (options.org ?? DEFAULT_ORG).normalize("NFC").toLocaleUpperCase("vi");

  const blocks: Block[] = [];
  const text = (row: number, col: number, span: number, value: string, style: TextBlock["style"]) =>
    blocks.push({ kind: "text", row, col, span, text: value, style, align: "center" });
  text(0, 0, leftSpan, org, "bold");
  text(0, leftSpan, rightSpan, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold");
  if (options.department) text(1, 0, leftSpan, options.department.toLocaleUpperCase("vi"), "bold");
  text(1, leftSpan, rightSpan, "Độc lập - Tự do - Hạnh phúc", "bold");
  text(2, leftSpan, rightSpan, dateLine(options.date, options.place), "italic");

  let row = 4;
  layout.titleLines.forEach((line, i) => text(row + i, 0, n, line, i === 0 ? "title" : "italic"));
  row += layout.titleLines.length + 1;

  const headerRow = row;
  blocks.push({
    kind: "table",
    name: safeTableName(options.tableName ?? layout.tableName),
    row: headerRow,
    col: 0,
    columns: uniqueHeaders(layout.columns),
    rows: layout.rows,
    ...(layout.flags ? { flags: layout.flags } : {}),
    ...(layout.dataBars ? { dataBars: layout.dataBars } : {}),
  });
  row = headerRow + layout.rows.length + 2;

  for (const note of layout.notes ?? [])
    blocks.push({ kind: "text", row: row++, col: 0, span: n, text: note, style: "note", align: "left" });
  if (layout.notes?.length) row++;

  const given = options.signature ?? {};
  const signature: Signature = {
    left: given.left ?? DEFAULT_SIGNATURE.left,
    right: given.right ?? DEFAULT_SIGNATURE.right,
    leftName: given.leftName,
    rightName: given.rightName,
  };
  signature.left.forEach((line, i) => text(row + i, 0, leftSpan, line, "bold"));
  signature.right.forEach((line, i) => text(row + i, leftSpan, rightSpan, line, "bold"));
  const nameRow = row + Math.max(signature.left.length, signature.right.length) + SIGNING_ROOM;
  if (signature.leftName) text(nameRow, 0, leftSpan, signature.leftName, "bold");
  if (signature.rightName) text(nameRow, leftSpan, rightSpan, signature.rightName, "bold");

  const totalWidth = widths.reduce((s, w) => s + w, 0);
  return {
    name: safeSheetName(layout.sheetName),
    columnWidths: widths,
    blocks,
    page: {
      orientation: totalWidth > PORTRAIT_WIDTH ? "landscape" : "portrait",
      repeatRows: [headerRow, headerRow],
      fitToWidth: true,
    },
    freezeRows: headerRow + 1,
  };
}

/** The issuer's block takes the first columns up to about 35 characters (or 40% of a narrow sheet). */
function leftBlockSpan(widths: number[], n: number): number {
  const total = widths.reduce((s, w) => s + w, 0);
  const want = Math.min(35, total * 0.4);
  let span = 0;
  let width = 0;
  while (span < n - 1 && width < want) width += widths[span++] ?? 10;
  return Math.max(1, Math.min(span, n - 1));
}

/** Excel tables need distinct, non-empty header texts: a unit named like another column gets " (2)". */
function uniqueHeaders(columns: TableColumn[]): TableColumn[] {
  const taken = new Set<string>();
  return columns.map((c) => {
    const base = c.header.trim() === "" ? "Cột" : c.header.trim();
    let header = base;
    for (let i = 2; taken.has(header.toLocaleLowerCase("vi")); i++) header = `${base} (${i})`;
    taken.add(header.toLocaleLowerCase("vi"));
    return { ...c, header };
  });
}

import {
  MIN_PRINTED_SIZE,
  paginate,
  printableArea,
  printedColumnPoints,
  rowHeightFor,
  TABLE_LOOKS,
  TEXT_LOOKS,
  textWidth,
  type SheetSpec,
  type TableBlock,
  type TextStyle,
} from "../sheet";
import { dateLine, type ReportDay } from "./dateLine";
import { SheetBuilder } from "./sheetBuilder";
import { safeSheetName, safeTableName } from "./sheetNames";

/** Signature block: each side's title lines, the hint under them, and the signer's name after room to sign. */
export interface Signature {
  left: string[];
  leftHint?: string;
  leftName?: string;
  right: string[];
  rightHint?: string;
  rightName?: string;
}

/** The official header of a report (Nghị định 30/2020, QĐ 933/QĐ-TLĐ) and what goes under the tables. */
export interface ReportOptions {
  /** The parent body over the issuer, e.g. "TỔNG LĐLĐ VIỆT NAM" (upper-cased). */
  parentBody?: string;
  /** The issuing body, e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE" (upper-cased); default "LIÊN ĐOÀN LAO ĐỘNG". */
  issuer?: string;
  /** The symbol after "Số: …/", e.g. "BC-LĐLĐ"; from the issuer when absent. */
  symbol?: string;
  /** Place of the date line ("Bến Tre"). */
  place?: string;
  /** Date of the report; left as dots to fill by hand when absent. */
  date?: Date | ReportDay;
  /** A Party document (the plan's appendix): "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu, "*" under the issuer, no number. */
  party?: boolean;
  /** Excel table name (made valid); each sheet has its default. */
  tableName?: string;
  /** Replaces parts of the default signature; null prints none (a copy of someone else's document). */
  signature?: Partial<Signature> | null;
  /** The "Nơi nhận" list, one recipient a line. */
  recipients?: readonly string[];
  /** Lines printed in bold under the title: the figures are incomplete, and why. */
  warnings?: readonly string[];
  /** A working list, not a document: no official header and no signature (e.g. `canbo check --out`). */
  plain?: boolean;
}

/** One part of a sheet's body: a heading, a table, notes under it. */
export interface ReportSection {
  heading?: string;
  table?: Omit<TableBlock, "kind" | "row" | "col"> & {
    /** Sizes of consecutive groups of data rows that must print on one page (a unit's rows). */
    groups?: readonly number[];
  };
  notes?: readonly string[];
}

/** The parts a sheet builder supplies; `layoutReport` places them like an official report. */
export interface ReportLayout {
  sheetName: string;
  /** Column widths in characters: the first table's columns; every table of the sheet shares them. */
  widths: readonly number[];
  /** First line is the title, the others are notes under it (italic) or, given with a style, subtitles. */
  titleLines: readonly (string | { text: string; style: TextStyle })[];
  sections: readonly ReportSection[];
  /** Columns repeated at the left when the table is wider than the paper (e.g. 2 for STT and the row title). */
  labelColumns?: number;
  /** Repeat the first table's titles and numbering at the top of every page (default true). */
  repeatHeader?: boolean;
}

export const DEFAULT_ISSUER = "LIÊN ĐOÀN LAO ĐỘNG";
export const DEFAULT_SIGNATURE: Readonly<Signature> = {
  left: ["NGƯỜI LẬP BIỂU"],
  leftHint: "(Ký, ghi rõ họ tên)",
  right: ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"],
  rightHint: "(Ký tên, đóng dấu)",
};
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
/** Rows of room between the signer's title and name, for the signature and the stamp (about 2.5 cm). */
const SIGNING_ROOM = 4;

/**
 * Lays out a report sheet as an official document: the header (parent body and issuer with its short rule on the
 * left; Quốc hiệu and Tiêu ngữ on the right; "Số: …/BC-…" and the place and date under them), the title, the
 * sections (headings, tables with a ruled grid, numbering row and totals, notes), the signature block and "Nơi
 * nhận". Every row is sized for what it holds, and the page breaks keep each kept group (a unit's rows, the totals
 * with the signature) on one page. A4, portrait when the table fits it, landscape otherwise; the scale never
 * takes text below 10 pt: a table too wide for that flows onto more pages with its label columns repeated.
 *
 * @param layout what the sheet shows
 * @param options the header, signature and recipients
 * @returns the sheet spec
 * @example layoutReport({ sheetName: "Chỉ tiêu 2019", widths, titleLines: ["…"], sections }, {}).page.orientation
 */
export function layoutReport(layout: ReportLayout, options: ReportOptions = {}): SheetSpec {
  const b = new SheetBuilder(layout.widths.length >= 2 ? layout.widths : [...layout.widths, 10]);
  b.columns = firstPageColumns(b.widths);
  if (!options.plain) {
    writeHeader(b, options);
    b.space();
  }
  const titleStart = b.row;
  layout.titleLines.forEach((line, i) =>
    typeof line === "string" ? b.line(line, i === 0 ? "title" : "italic") : b.line(line.text, line.style),
  );
  for (const w of options.warnings ?? []) b.line(w, "warning");
  b.space();

  let repeat: [number, number] | undefined;
  let firstHeader: number | undefined;
  // The first row the signature must keep with it: the last table's totals, or its last group of rows.
  let tailStart = b.row;
  // When the totals, notes and signature are more than a page, the signature keeps only the last row with it.
  let tailMin = b.row;
  layout.sections.forEach((section, s) => {
    const start = b.row;
    tailStart = start;
    tailMin = start;
    if (section.heading) b.line(section.heading, "heading");
    let after = b.row;
    if (section.table) {
      const { groups, ...table } = section.table;
      const name = safeTableName(s === 0 && options.tableName ? options.tableName : table.name);
      const at = b.table({ ...table, name });
      firstHeader ??= at.header;
      if (layout.repeatHeader !== false) repeat ??= [at.first, at.header];
      const dataRows = Math.max(1, table.rows.length);
      const sizes = groups?.length ? groups : Array.from({ length: dataRows }, () => 1);
      let r = at.data;
      sizes.forEach((size, g) => {
        const last = Math.min(at.data + dataRows - 1, r + Math.max(1, size) - 1);
        // The heading, titles and first group print together (the first with the document's title).
        b.keepTogether(g === 0 ? (s === 0 ? titleStart : start) : r, last);
        tailStart = r;
        r = last + 1;
      });
      after = r;
      if (table.totals?.length) {
        tailStart = after;
        tailMin = at.end;
      } else tailMin = tailStart;
    }
    for (const note of section.notes ?? []) b.line(note, "note");
    if (s < layout.sections.length - 1) {
      // Totals and notes of a section that is not the last stay with its last rows.
      if (b.row - 1 >= after) {
        const last = b.keep[b.keep.length - 1];
        if (last && last[1] === after - 1) b.keep.splice(b.keep.length - 1, 1, [last[0], b.row - 1]);
        else b.keepTogether(after, b.row - 1);
      }
      b.space();
    }
  });
  b.space();
  if (!options.plain) writeSignature(b, options);
  // The signature never stands alone: it keeps the last rows of the last table (its totals) with it.
  let from = tailStart;
  const { keep } = b;
  for (let i = 0; i < keep.length; i++) if (keep[i][1] >= from && keep[i][0] < from) from = keep[i][0];
  let kept = 0;
  for (let i = 0; i < keep.length; i++) if (keep[i][1] < from) keep[kept++] = keep[i];
  keep.length = kept;
  keep.push([from, b.row - 1]);
  b.tailMin = Math.max(from, tailMin);

  return finish(b, layout, repeat, firstHeader);
}

/** Page setup from the sizes: orientation, scale that keeps 10 pt, breaks that keep blocks whole. */
function finish(
  b: SheetBuilder,
  layout: ReportLayout,
  repeat: [number, number] | undefined,
  firstHeader: number | undefined,
): SheetSpec {
  const hidden = new Set<number>();
  for (const block of b.blocks)
    if (block.kind === "table") block.columns.forEach((c, j) => c.hidden && hidden.add(block.col + j));
  const width = b.widths.reduce((s, w, j) => s + (hidden.has(j) ? 0 : printedColumnPoints(w)), 0);
  const portrait = printableArea("portrait");
  const orientation = width <= portrait.width ? "portrait" : "landscape";
  const area = printableArea(orientation);
  const smallest = Math.min(...b.blocks.map(sizeOf));
  const floor = Math.ceil((MIN_PRINTED_SIZE / smallest) * 100);
  const fit = Math.floor((area.width / width) * 100);
  const scale = Math.min(100, fit >= floor ? fit : 100);
  const heights = Array.from({ length: b.row }, (_, r) => b.heights[r] ?? rowHeightFor(1, 11));
  // A tail taller than a page keeps only its last rows with the signature; the rows before it print together if they can.
  const tail = b.keep[b.keep.length - 1];
  const tallest =
    area.height / (scale / 100) -
    (repeat ? heights.slice(repeat[0], repeat[1] + 1).reduce((s, h) => s + h, 0) : 0);
  if (
    tail &&
    heights.slice(tail[0], tail[1] + 1).reduce((s, h) => s + h, 0) > tallest &&
    b.tailMin > tail[0]
  ) {
    b.keep.splice(b.keep.length - 1, 1, [tail[0], b.tailMin - 1], [b.tailMin, tail[1]]);
  }
  const rowBreaks = paginate({
    heights,
    keep: b.keep,
    rows: b.row,
    pageHeight: area.height,
    scale,
    repeatRows: repeat,
  });
  return {
    name: safeSheetName(layout.sheetName),
    columnWidths: [...b.widths],
    rowHeights: heights,
    blocks: b.blocks,
    page: {
      orientation,
      scale,
      ...(repeat ? { repeatRows: repeat } : {}),
      ...(fit < floor && layout.labelColumns ? { repeatColumns: [0, layout.labelColumns - 1] } : {}),
      rowBreaks,
      pageNumbers: true,
    },
    ...(firstHeader !== undefined ? { freezeRows: firstHeader + 1 } : {}),
  };
}

function sizeOf(block: SheetSpec["blocks"][number]): number {
  if (block.kind === "text") return TEXT_LOOKS[block.style ?? "normal"].size;
  return Math.min(TABLE_LOOKS.body.size, TABLE_LOOKS.title.size, TABLE_LOOKS.numbering.size);
}

/**
 * The header: issuer's block left, Quốc hiệu right, then the number and the date line. The right block is given
 * the columns the Quốc hiệu needs; the left keeps the rest (a long issuer name wraps, as the rules allow).
 */
function writeHeader(b: SheetBuilder, o: ReportOptions): void {
  const n = b.columns;
  const split = headerSplit(b, o.party ? PARTY : NATION);
  const issuer = upper(o.issuer ?? DEFAULT_ISSUER);
  const left: [string, TextStyle][] = [];
  if (o.parentBody && !o.party) left.push([upper(o.parentBody), "parentBody"]);
  left.push([issuer, "issuer"]);
  left.push([o.party ? "*" : ruleFor(issuer), "rule"]);
  const right: [string, TextStyle][] = o.party
    ? [[PARTY, "motto"]]
    : [
        [NATION, "nation"],
        [MOTTO, "motto"],
      ];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    if (left[i]) b.text(i, 0, split, left[i][0], left[i][1], true);
    if (right[i]) b.text(i, split, n - split, right[i][0], right[i][1]);
  }
  b.row = rows;
  const r = b.row++;
  if (!o.party) b.text(r, 0, split, `Số:        /${o.symbol ?? symbolFor(issuer)}`, "number");
  b.text(r, split, n - split, dateLine(o.date, o.place), "dateLine");
}

/**
 * The columns the first printed page holds: all of them when the sheet fits a landscape page at the smallest size
 * the rules allow; otherwise the leading columns that fit one at full size, as the table then flows onto more pages
 * (the header, titles and signature stay on the first page's width instead of being cut at its edge).
 */
function firstPageColumns(widths: readonly number[]): number {
  const area = printableArea("landscape").width;
  const points = widths.map((w) => printedColumnPoints(w));
  const total = points.reduce((s, w) => s + w, 0);
  if (total * (MIN_PRINTED_SIZE / TABLE_LOOKS.body.size) <= area) return widths.length;
  let n = 0;
  for (let width = 0; n < points.length && width + points[n] <= area; n++) width += points[n];
  return Math.max(2, n);
}

/** First column of the right block: as far left as the Quốc hiệu (or the Party's name) needs, never the first. */
function headerSplit(b: SheetBuilder, rightText: string): number {
  const need = textWidth(rightText, TEXT_LOOKS.nation.size, true) + 12;
  let width = 0;
  let split = b.columns;
  while (split > 1 && width < need) width += printedColumnPoints(b.widths[--split] ?? 8.43);
  // Leave the issuer at least about two fifths of the line when the right block is already wide enough.
  const total = b.widths.slice(0, b.columns).reduce((s, w) => s + printedColumnPoints(w), 0);
  while (split < b.columns - 1) {
    const leftWidth = b.widths.slice(0, split).reduce((s, w) => s + printedColumnPoints(w), 0);
    if (leftWidth >= total * 0.4) break;
    const next = printedColumnPoints(b.widths[split]);
    if (width - next < need) break;
    width -= next;
    split++;
  }
  return Math.max(1, split);
}

/** The short rule under the issuer: em dashes, about 40 % of the name's printed length (the rules ask 1/3–1/2). */
function ruleFor(issuer: string): string {
  const line = textWidth(issuer, TEXT_LOOKS.issuer.size, true);
  return "—".repeat(Math.max(4, Math.round((0.4 * line) / TEXT_LOOKS.rule.size)));
}

/** "BC-LĐLĐ" for a Liên đoàn Lao động; otherwise dots for the office to fill in. */
function symbolFor(issuer: string): string {
  return issuer.startsWith("LIÊN ĐOÀN LAO ĐỘNG") ? "BC-LĐLĐ" : "BC-……";
}

function upper(s: string): string {
  return s.normalize("NFC").trim().toLocaleUpperCase("vi");
}

/** Titles and hints on both sides, room to sign, names when given, then "Nơi nhận:" and its list. */
function writeSignature(b: SheetBuilder, o: ReportOptions): void {
  const n = b.columns;
  const split = headerSplit(b, "TM. BAN THƯỜNG VỤ");
  if (o.signature !== null) {
    const given = o.signature ?? {};
    const sig: Signature = { ...DEFAULT_SIGNATURE, ...given };
    const left = [...sig.left.map((t): [string, TextStyle] => [t, "signTitle"])];
    if (sig.leftHint && sig.left.length) left.push([sig.leftHint, "signHint"]);
    const right = [...sig.right.map((t): [string, TextStyle] => [t, "signTitle"])];
    if (sig.rightHint && sig.right.length) right.push([sig.rightHint, "signHint"]);
    const top = b.row;
    const rows = Math.max(left.length, right.length);
    for (let i = 0; i < rows; i++) {
      if (left[i]) b.text(top + i, 0, split, left[i][0], left[i][1], true);
      if (right[i]) b.text(top + i, split, n - split, right[i][0], right[i][1], true);
    }
    b.row = top + rows;
    for (let i = 0; i < SIGNING_ROOM; i++) b.space(16.5);
    const nameRow = b.row++;
    b.grow(nameRow, rowHeightFor(1, TEXT_LOOKS.signName.size));
    if (sig.leftName) b.text(nameRow, 0, split, sig.leftName, "signName");
    if (sig.rightName) b.text(nameRow, split, n - split, sig.rightName, "signName");
  }
  if (o.recipients?.length) {
    b.space();
    b.text(b.row++, 0, n, "Nơi nhận:", "recipientsHead");
    for (const r of o.recipients) b.text(b.row++, 0, n, `- ${r}`, "recipients");
  }
}

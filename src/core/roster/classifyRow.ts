import type { Employment } from "../vocab/codes";
import { foldKey, hasLetter } from "../text";
import { isNumberingRow } from "./isNumberingRow";
import { matchHeader, EXACT_SCORE } from "./matchHeader";
import type { SheetCells } from "./sheetCells";

/** What a row below the header is, as a person reading the sheet would tell. */
export type RowKind =
  | { kind: "empty" }
  | { kind: "data" }
  /**
   * A group of the rows below: "I. LĐLĐ huyện Ba Tri" (their upper unit), "1. CĐCS Trường …" (their unit), or a
   * heading such as "A/ Cán bộ chuyên trách". `marker` is its numbering ("I", "A", "1"), used by subtotals ("Cộng I").
   */
  | {
      kind: "section";
      text: string;
      scope: SectionScope;
      marker?: string;
      rank: number;
      employment?: Employment;
    }
  /** "Cộng I: 6 người", "Tổng cộng": `stated` is the count of persons its text states; `col` where that text is. */
  | { kind: "total"; col: number; stated?: number; markers: string[]; whole: boolean }
  /** "Ghi chú:", "- Cột (8): …", "* …" under the table. */
  | { kind: "note" }
  /** A header row again (a second table on the sheet), or a stray sub-header row. */
  | { kind: "header" }
  /** A line of text that is no person and no group: "DANH SÁCH ỦY BAN KIỂM TRA", the numbering row again. */
  | { kind: "title" }
  /** "NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG VỤ", "Bến Tre, ngày … tháng … năm …": the roster has ended. */
  | { kind: "signature" };

export type SectionScope = "upperUnit" | "unit" | "group";

/** Which columns hold the name and the STT, for telling people from the rows between them. */
export interface RowLayout {
  /** The name column, or both columns of a split name ("Họ đệm | Tên"). */
  nameCols: readonly number[];
  /** −1 when the roster has no STT column. */
  sttCol: number;
}

const EMPTY: RowKind = Object.freeze({ kind: "empty" });
const DATA: RowKind = Object.freeze({ kind: "data" });
const NOTE: RowKind = Object.freeze({ kind: "note" });
const HEADER: RowKind = Object.freeze({ kind: "header" });
const TITLE: RowKind = Object.freeze({ kind: "title" });
const SIGNATURE_ROW: RowKind = Object.freeze({ kind: "signature" });

/** A numbering marker: Roman numerals, one capital letter, or digits, with its trailing "." "/" ")" "-". */
const MARKER = /^(?:([IVXLC]{1,6})|([A-ZĐ])|(\d{1,3}))\s*[.)/:-]?$/;
const MARKED_TEXT = /^(?:([IVXLC]{1,6})|([A-ZĐ])|(\d{1,3}))\s*[.)/:-]\s*(\S.*)$/;
const UPPER_WORDS =
  /\b(ldld|lien doan lao dong|cong doan nganh|cd nganh|cong doan (cac )?khu (cong nghiep|kinh te|che xuat)|cong doan vien chuc|cong doan (giao duc|y te)|khoi|cong doan tong cong ty|van phong ldld|co quan ldld)\b/;
// A workplace or a union body; not "Ban Chấp hành", "Ủy ban Kiểm tra" or "Thường trực", which group people.
const UNIT_WORDS =
  /^(cdcs|cong doan co so|cong doan bo phan|to cong doan|nghiep doan|cd|cong doan|truong|cong ty|cty|ubnd|uy ban nhan dan|phong|van phong|benh vien|trung tam|chi nhanh|nha may|xi nghiep|hop tac xa|htx|co quan|so|doanh nghiep|tram|chi cuc|hoi|dai|kho bac|ngan hang|tong cong ty|buu dien|vien)\b/;
const EMPLOYMENT_WORDS = /\b(khong chuyen trach|kiem nhiem|chuyen trach)\b/;
/** Headings that group people by the body they sit on, not by where they work: "I. BAN CHẤP HÀNH", "C/ ỦY BAN KIỂM TRA". */
const BODY_WORDS =
  /^(ban chap hanh|bch|ban thuong vu|btv|thuong truc|uy ban kiem tra|ubkt|ban kiem tra|ban nu cong|can bo|uy vien|lanh dao)\b/;
const TITLE_WORDS = /^(danh sach|bang|bao cao|thong ke|kem theo|trich ngang|ds)\b/;
// Diacritics matter here: "Tổng"/"Cộng" start totals, while "Tống" and "Công" are names.
const TOTAL = /^(tổng cộng|tổng số|tổng|cộng)(?=$|[\s:(.,;/-])/u;
const TOTAL_HEAD = /^\s*(tổng cộng|tổng số|tổng|cộng)/iu;
const NOTE_WORDS = /^(ghi chu|chu thich|luu y|chu y|nguon|giai thich)\b/;
const NOTE_MARKS = /^([-*+•–]|\(\*+\)|\*)/;
/** "Trong đó: Nữ 3, Đảng viên 5", "Tỷ lệ": a breakdown of the rows above, counted by no one. */
const BREAKDOWN = /^(trong do|trong so|bao gom|chia ra|ty le)\b/;
const SIGNATURE = [
  /^nguoi lap( bieu)?\b/,
  /^(tm|t m|thay mat|kt|k t|ky thay)\b/,
  /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/,
  /\bngay thang nam\b/,
  /^(thu truong|lanh dao|xac nhan|ky ten|chu tich|pho chu tich|truong ban|ke toan|noi nhan)( don vi| cua)?\b.*$/,
];

/**
 * Tells the rows under a header apart: people, groups, totals, notes, repeated headers, titles and the signature
 * block. Built once per table; `classify` allocates nothing for an ordinary person's row.
 *
 * @example new RowClassifier(cells, { nameCols: [1], sttCol: 0 }).classify(9) // { kind: "data" }
 */
export class RowClassifier {
  constructor(
    private readonly cells: SheetCells,
    private readonly layout: RowLayout,
  ) {}

  classify(r: number): RowKind {
    const { rows } = this.cells;
    const width = rows.rowLength(r);
    if (width === 0) return EMPTY;
    const { sttCol } = this.layout;
    let filled = 0;
    let texts = 0;
    let firstText = -1;
    let onlyStt = true;
    for (let c = 0; c < width; c++) {
      const v = rows.at(r, c);
      if (v === null || v === "" || v === undefined) continue;
      if (typeof v === "string") {
        if (mayBeBlank(v) && !v.trim()) continue;
        texts++;
        if (firstText < 0) firstText = c;
        if (c !== sttCol || !/^\s*\d+\.?\s*$/.test(v)) onlyStt = false;
      } else if (c !== sttCol) onlyStt = false;
      filled++;
    }
    if (filled === 0 || onlyStt) return EMPTY;

    const stt = sttCol >= 0 ? rows.at(r, sttCol) : undefined;
    const numbered = typeof stt === "number" || (typeof stt === "string" && /^\s*\d+\.?\s*$/.test(stt));
    // The common case, decided on the raw cells: a numbered row with a name and several other texts.
    if (numbered && texts > 2 && filled >= 3 && this.hasRawName(r)) return DATA;
    const name = this.nameText(r);
    if (numbered && name && filled >= 3 && !this.mayBeSection(name, texts)) return DATA;
    if (firstText < 0) return numbered && filled >= 3 ? DATA : TITLE;

    const first = this.cells.text(r, firstText);
    const folded = foldKey(first);
    if (filled <= 4 && this.isSignature(r, width, name)) return SIGNATURE_ROW;
    if (
      !numbered &&
      TOTAL.test(first.toLowerCase()) &&
      (!name || /^\d/.test(name) || TOTAL.test(name.toLowerCase()))
    )
      return this.total(r, width, firstText);
    if (!numbered && filled <= 3 && (NOTE_WORDS.test(folded) || NOTE_MARKS.test(first))) return NOTE;
    if (!numbered && BREAKDOWN.test(folded) && (!name || name === first)) return NOTE;
    if (!numbered && this.isHeaderLike(r, width, name)) return HEADER;
    if (isNumberingRow(rows, r)) return TITLE;

    const section = this.section(stt, name, first, texts, numbered);
    if (section) return section;
    if (name) return DATA;
    // No name: a person only when the row holds several of a person's values (a name left out by mistake).
    return (numbered && filled >= 3) || filled >= 4 ? DATA : TITLE;
  }

  /** Whether a name column holds letters (before any decoding: legacy text has letters too). */
  private hasRawName(r: number): boolean {
    const cols = this.layout.nameCols;
    for (let i = 0; i < cols.length; i++) {
      const v = this.cells.raw(r, cols[i]);
      if (typeof v === "string" && hasLetter(v)) return true;
    }
    return false;
  }

  /** The name as written in the name column(s), decoded; "" when none. */
  private nameText(r: number): string {
    const cols = this.layout.nameCols;
    if (cols.length === 1) return this.letters(r, cols[0]);
    let out = "";
    for (const c of cols) {
      const t = this.letters(r, c);
      if (t) out = out ? `${out} ${t}` : t;
    }
    return out;
  }

  private letters(r: number, c: number): string {
    const v = this.cells.raw(r, c);
    return typeof v === "string" && hasLetter(v) ? this.cells.text(r, c) : "";
  }

  /** A numbered row whose name cell names a unit and that holds no other text: "1 | CĐCS Trường THCS An Thới". */
  private mayBeSection(name: string, texts: number): boolean {
    return texts <= 2 && UNIT_WORDS.test(foldKey(name));
  }

  private section(
    stt: unknown,
    name: string,
    first: string,
    texts: number,
    numbered: boolean,
  ): RowKind | undefined {
    // "I" | "LĐLĐ HUYỆN BA TRI": the marker in the STT column, the group's name beside it.
    const sttText = typeof stt === "string" ? stt.trim() : "";
    const split = MARKER.exec(sttText);
    if (split && !numbered && name && texts <= 2) return sectionOf(name, markerOf(split), rankOf(split));
    if (numbered && name && texts <= 2 && UNIT_WORDS.test(foldKey(name)))
      return sectionOf(name, String(stt).replace(/\D/g, ""), 2);
    if (texts !== 1) return undefined;
    // One text in the row: "I. LĐLĐ huyện Ba Tri", "1. CĐCS …", "Khối doanh nghiệp", "A/ CÁN BỘ CHUYÊN TRÁCH".
    const marked = MARKED_TEXT.exec(first);
    if (marked) return sectionOf(marked[4].trim(), markerOf(marked), rankOf(marked));
    const key = foldKey(first);
    if (TITLE_WORDS.test(key)) return TITLE;
    if (UPPER_WORDS.test(key) || UNIT_WORDS.test(key) || EMPLOYMENT_WORDS.test(key))
      return sectionOf(first, undefined, undefined);
    // A name alone, or a numbered row with one value: a person with much left empty. Any other lone text groups rows.
    return name || numbered ? undefined : sectionOf(first, undefined, undefined);
  }

  private isSignature(r: number, width: number, name: string): boolean {
    for (let c = 0; c < width; c++) {
      const v = this.cells.rows.at(r, c);
      if (typeof v !== "string" || !v.trim()) continue;
      const key = foldKey(this.cells.text(r, c));
      // A person's row has a name plus several fields; signature lines stand nearly alone.
      if (SIGNATURE.some((re) => re.test(key)))
        return !name || SIGNATURE.some((re) => re.test(foldKey(name)));
    }
    return false;
  }

  private total(r: number, width: number, firstText: number): RowKind {
    let label = "";
    for (let c = firstText; c < width; c++) {
      const v = this.cells.rows.at(r, c);
      if (typeof v === "string" && v.trim()) label += ` ${this.cells.text(r, c)}`;
    }
    const stated = statedCount(label);
    // "Cộng I", "Cộng A", "Cộng (A+B)", "Cộng khối A": the blocks it sums.
    const head = label.replace(TOTAL_HEAD, "").split(/[:;]/)[0];
    const markers = [...head.matchAll(/(?<![\p{L}\d])([IVXLC]{1,6}|[A-ZĐ]|\d{1,3})(?![\p{L}\d])/gu)]
      .map((m) => m[1])
      .filter((m) => m !== String(stated));
    const whole = /^(tổng cộng|tổng số|tổng)/u.test(label.trim().toLowerCase()) || markers.length > 1;
    return { kind: "total", col: firstText, stated, markers: whole ? [] : markers, whole };
  }

  /** Most of the row's texts are header words, and the name column holds no name. */
  private isHeaderLike(r: number, width: number, name: string): boolean {
    if (name && !isHeaderWord(name)) return false;
    let texts = 0;
    let words = 0;
    for (let c = 0; c < width; c++) {
      const v = this.cells.rows.at(r, c);
      if (typeof v !== "string" || !v.trim()) continue;
      texts++;
      if (isHeaderWord(this.cells.text(r, c))) words++;
    }
    return words >= 2 && words / texts >= 0.6;
  }
}

function isHeaderWord(text: string): boolean {
  return (matchHeader(text)?.score ?? 0) > EXACT_SCORE;
}

function sectionOf(text: string, marker: string | undefined, rank: number | undefined): RowKind {
  const key = foldKey(text);
  const employment: Employment | undefined = EMPLOYMENT_WORDS.test(key)
    ? /\b(khong chuyen trach|kiem nhiem)\b/.test(key)
      ? "khong-chuyen-trach"
      : "chuyen-trach"
    : undefined;
  const scope: SectionScope =
    employment || BODY_WORDS.test(key)
      ? "group"
      : UPPER_WORDS.test(key)
        ? "upperUnit"
        : UNIT_WORDS.test(key)
          ? "unit"
          : rank === 1
            ? "upperUnit"
            : "group";
  // Letters group Roman numerals, which group numbers; unmarked groups rank by what they name.
  const r = rank ?? (scope === "unit" ? 2 : 1);
  return { kind: "section", text, scope, marker, rank: r, employment };
}

function markerOf(m: RegExpExecArray): string {
  return m[1] ?? m[2] ?? m[3];
}

function rankOf(m: RegExpExecArray): number {
  return m[2] ? 0 : m[1] ? 1 : 2;
}

/** "17 người", "5 đ/c", "Tổng số: 17" → the count of persons the text states (a bare "Cộng 1" names a block). */
function statedCount(label: string): number | undefined {
  const persons = /(?<!\d)(\d{1,6}) ?(nguoi|d c|dong chi|can bo|cb|thanh vien|uy vien|doan vien|ng)\b/.exec(
    foldKey(label),
  );
  if (persons) return Number(persons[1]);
  const afterColon = /:\s*(\d{1,6})\s*\.?$/.exec(label.trim());
  return afterColon ? Number(afterColon[1]) : undefined;
}

/**
 * Whether a text could be all white space: only if it starts with a character JavaScript's trim removes (ASCII
 * spaces and controls, U+00A0, or from U+1680 on). Asked of every text cell before trimming it.
 */
function mayBeBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= 0x20 || c === 0xa0 || c >= 0x1680;
}

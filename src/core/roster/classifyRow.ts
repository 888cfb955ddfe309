import type { CellValue } from "../grid";
import { foldKey, normalizeText } from "../text";

/** What a row below the header is, as a person reading the sheet would tell. */
export type RowKind =
  | { kind: "empty" }
  | { kind: "data" }
  /** "I. LĐLĐ huyện Ba Tri": the rows below belong to that upper unit (or, for "1. CĐCS …", that unit). */
  | { kind: "section"; text: string; scope: "upperUnit" | "unit" }
  | { kind: "total" }
  /** "NGƯỜI LẬP BIỂU", "TM. BAN THƯỜNG VỤ", "Bến Tre, ngày … tháng … năm …": the roster has ended. */
  | { kind: "signature" };

const ROMAN = /^([IVXLC]{1,6}|[A-Z])\s*[.)/:-]\s*(.+)$/;
const ARABIC = /^\d{1,3}\s*[.)/:-]\s*(.+)$/;
const UPPER_WORDS =
  /\b(ldld|lien doan lao dong|cong doan nganh|cd nganh|cong doan cac khu cong nghiep|khu cong nghiep|cong doan vien chuc|khoi)\b/;
const UNIT_WORDS = /\b(cdcs|cong doan co so|cong doan truong|cong doan cong ty|cong doan)\b/;
// "Tổng cộng", "Tổng số …", or "Tổng"/"Cộng" alone or before a number, colon or bracket — not "Tống Văn Hải",
// whose family name folds to the same letters.
const TOTAL = /^(tong cong|tong so)\b|^(tong|cong)\s*($|[:(\d-])/;
/** Cheap filter before folding: total rows start with "Tổng"/"Cộng", four letters with "ng" third and fourth. */
const MAYBE_TOTAL = /^[TtCc].[Nn][Gg]/;
const EMPTY: RowKind = Object.freeze({ kind: "empty" });
const DATA: RowKind = Object.freeze({ kind: "data" });
const TOTAL_ROW: RowKind = Object.freeze({ kind: "total" });
const SIGNATURE_ROW: RowKind = Object.freeze({ kind: "signature" });
const SIGNATURE = [
  /^nguoi lap( bieu)?\b/,
  /^(tm|t m|thay mat)\b/,
  /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/,
  /\bngay thang nam\b/,
  /^(thu truong|lanh dao|xac nhan|ky ten|chu tich|pho chu tich|truong ban|ke toan)( don vi| cua)?\b.*$/,
];

/**
 * Classifies a row under the header. `nameCol` is the name column and `sttCol` the STT column (−1 if none):
 * a row that holds only an STT number is an unused template row, so it counts as empty.
 *
 * @example classifyRow(["I. LĐLĐ huyện Ba Tri", "", ""], 1, 0) // { kind: "section", text: "LĐLĐ huyện Ba Tri", scope: "upperUnit" }
 */
export function classifyRow(row: readonly CellValue[] | undefined, nameCol: number, sttCol: number): RowKind {
  if (!row) return EMPTY;
  // Runs for every row of the roster: count and keep the first text, allocate nothing for an ordinary data row.
  let filled = 0;
  let strings = 0;
  let first: string | undefined;
  let onlyStt = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === "" || v === undefined) continue;
    if (typeof v === "string") {
      const t = v.trim();
      if (!t) continue;
      strings++;
      first ??= normalizeText(t);
      // An STT cell holding text ("I. LĐLĐ …") is a section, not a template number.
      if (c !== sttCol || !/^\d+\.?$/.test(t)) onlyStt = false;
    } else if (c !== sttCol) onlyStt = false;
    filled++;
  }
  if (filled === 0 || onlyStt) return EMPTY;
  first ??= "";

  if (
    filled <= 4 &&
    row.some((v) => typeof v === "string" && SIGNATURE.some((re) => re.test(foldKey(normalizeText(v)))))
  ) {
    // A person's row has a name plus several fields; signature lines stand nearly alone.
    const name = row[nameCol];
    if (filled <= 2 || typeof name !== "string" || !name.trim()) return SIGNATURE_ROW;
  }
  if (MAYBE_TOTAL.test(first) && TOTAL.test(foldKey(first))) {
    const name = row[nameCol];
    const nameText = typeof name === "string" ? foldKey(name) : "";
    if (nameText === "" || TOTAL.test(nameText)) return TOTAL_ROW;
  }

  if (strings === 1 && filled <= 2) {
    const roman = ROMAN.exec(first);
    if (roman) return { kind: "section", text: roman[2].trim(), scope: "upperUnit" };
    const arabic = ARABIC.exec(first);
    const body = arabic ? arabic[1].trim() : first;
    const key = foldKey(body);
    if (UPPER_WORDS.test(key)) return { kind: "section", text: body, scope: "upperUnit" };
    if (arabic && UNIT_WORDS.test(key)) return { kind: "section", text: body, scope: "unit" };
    if (!arabic && /^(cdcs|cong doan co so)\b/.test(key))
      return { kind: "section", text: body, scope: "unit" };
  }
  return DATA;
}

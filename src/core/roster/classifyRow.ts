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
const TOTAL = /^(tong cong|tong so|tong|cong)\b/;
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
  if (!row) return { kind: "empty" };
  const texts: string[] = [];
  let filled = 0;
  let onlyStt = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === "" || v === undefined) continue;
    if (typeof v === "string" && !v.trim()) continue;
    filled++;
    // An STT cell holding text ("I. LĐLĐ …") is a section, not a template number.
    if (c !== sttCol || (typeof v === "string" && !/^\d+\.?$/.test(v.trim()))) onlyStt = false;
    if (typeof v === "string") texts.push(normalizeText(v));
  }
  if (filled === 0 || onlyStt) return { kind: "empty" };

  const first = texts[0] ?? "";
  if (filled <= 4 && texts.some((t) => SIGNATURE.some((re) => re.test(foldKey(t))))) {
    // A person's row has a name plus several fields; signature lines stand nearly alone.
    const name = row[nameCol];
    if (filled <= 2 || typeof name !== "string" || !name.trim()) return { kind: "signature" };
  }
  // Only rows starting with "T…"/"C…" can be total rows ("Tổng cộng", "Cộng"): fold just those.
  if (/^[TtCc]/.test(first) && TOTAL.test(foldKey(first))) {
    const name = row[nameCol];
    const nameText = typeof name === "string" ? foldKey(name) : "";
    if (nameText === "" || TOTAL.test(nameText)) return { kind: "total" };
  }

  if (texts.length === 1 && filled <= 2) {
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
  return { kind: "data" };
}

import type { Field } from "../cadre";
import { foldKey } from "../text";
import { FIELD_ALIASES } from "./fieldAliases";

/** A header match: the field and how sure we are (exact aliases beat aliases found inside a longer header). */
export interface HeaderMatch {
  field: Field;
  score: number;
}

const EXACT = new Map<string, Field>();
const PARTIAL: { alias: string; field: Field; words: number }[] = [];
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]) {
  for (const alias of aliases) {
    if (!EXACT.has(alias)) EXACT.set(alias, field);
    // Short aliases ("cm", "cap", "dv") are too ambiguous to look for inside longer headers.
    if (alias.includes(" ") || alias.length >= 6)
      PARTIAL.push({ alias, field, words: alias.split(" ").length });
  }
}
// Longest first, so "da tap huan binh dang gioi" wins over "binh dang gioi" inside the same header.
PARTIAL.sort((a, b) => b.alias.length - a.alias.length);

/**
 * Which field a header text names, insensitive to case, diacritics, spacing and punctuation.
 * Exact aliases score 100; an alias found as whole words inside the header scores its word count.
 *
 * @example matchHeader("Họ và tên") // { field: "fullName", score: 100 }
 * @example matchHeader("Trình độ Chuyên môn (ghi rõ ngành)") // { field: "education", score: 3 }
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  const key = foldKey(text);
  if (!key) return undefined;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 100 };
  const padded = ` ${key} `;
  for (const p of PARTIAL) {
    if (padded.includes(` ${p.alias} `)) return { field: p.field, score: p.words };
  }
  return undefined;
}

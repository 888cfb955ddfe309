import type { Field } from "../cadre";
import { foldKey } from "../text";
import { HEADER_WORDS } from "./headerWords";

/** A header match: the field and how sure we are (a whole-header match beats any match inside a longer header). */
export interface HeaderMatch {
  field: Field;
  score: number;
}

/** Score of a pattern equal to the whole header, before its own word count is added. */
export const EXACT_SCORE = 100;

interface Pattern {
  field: Field;
  /** Each phrase padded with spaces, so "cm" never matches inside "cmnd". */
  phrases: string[];
  words: number;
  exactOnly: boolean;
}

const EXACT = new Map<string, HeaderMatch>();
const CONTAINED: Pattern[] = [];
for (const [field, patterns] of Object.entries(HEADER_WORDS) as [Field, readonly string[]][]) {
  for (const raw of patterns) {
    const exactOnly = raw.startsWith("=");
    const phrases = raw.replace(/^=/, "").split(" + ");
    const words = phrases.reduce((n, p) => n + p.split(" ").length, 0);
    if (phrases.length === 1) {
      const score = EXACT_SCORE + words;
      if ((EXACT.get(phrases[0])?.score ?? 0) < score) EXACT.set(phrases[0], { field, score });
    }
    // A lone short word ("tt", "cm", "nam") means too many things inside a longer header.
    if (exactOnly || (phrases.length === 1 && words === 1 && phrases[0].length < 4)) continue;
    CONTAINED.push({ field, phrases: phrases.map((p) => ` ${p} `), words, exactOnly });
  }
}
// Most specific first: the first contained pattern found is the best one.
CONTAINED.sort((a, b) => b.words - a.words);

/**
 * Which field a header text names, insensitive to case, diacritics, spacing and punctuation. A pattern equal to the
 * whole header scores 100 plus its words; a pattern found inside scores its word count, the most specific winning.
 *
 * @example matchHeader("Họ và tên") // { field: "fullName", score: 103 }
 * @example matchHeader("Chức vụ chuyên môn") // { field: "jobTitle", score: 4 } — not education
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  const key = foldKey(text);
  if (!key) return undefined;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const p of CONTAINED) {
    if (p.phrases.every((phrase) => padded.includes(phrase))) return { field: p.field, score: p.words };
  }
  return undefined;
}

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
 * Each contained pattern filed under one of its words, the one fewest patterns share: a header can hold the pattern
 * only if it holds that word, so a header is tried against the few patterns its own words name, not all of them
 * (the header search reads some 2,000 cell texts per sheet, most of them no header at all).
 */
const BY_WORD = new Map<string, number[]>();
{
  const wordsOf = (p: Pattern) => p.phrases.flatMap((phrase) => phrase.trim().split(" "));
  const shared = new Map<string, number>();
  for (const p of CONTAINED) for (const w of new Set(wordsOf(p))) shared.set(w, (shared.get(w) ?? 0) + 1);
  CONTAINED.forEach((p, i) => {
    const rarest = wordsOf(p).reduce((a, b) => (shared.get(b)! < shared.get(a)! ? b : a));
    BY_WORD.set(rarest, [...(BY_WORD.get(rarest) ?? []), i]);
  });
}

/**
 * Every word a pattern is made of. A folded text holding none of them names no field: an exact pattern is all such
 * words, and a contained one needs its rarest word whole in the text.
 */
const HEADER_WORDS_USED = new Set<string>();
for (const phrase of EXACT.keys()) for (const w of phrase.split(" ")) HEADER_WORDS_USED.add(w);
for (const p of CONTAINED)
  for (const phrase of p.phrases) for (const w of phrase.trim().split(" ")) HEADER_WORDS_USED.add(w);

/**
 * Which field a header text names, insensitive to case, diacritics, spacing and punctuation. A pattern equal to the
 * whole header scores 100 plus its words; a pattern found inside scores its word count, the most specific winning.
 *
 * @example matchHeader("Họ và tên") // { field: "fullName", score: 103 }
 * @example matchHeader("Chức vụ chuyên môn") // { field: "jobTitle", score: 4 } — not education
 */
export function matchHeader(text: string): HeaderMatch | undefined {
  // Both steps keep what they made: foldKey the text's key, matchFoldedHeader the key's match.
  return matchFoldedHeader(foldKey(text));
}

/**
 * `matchHeader` of a text already folded (see foldKey). Texts joined by a space fold to their keys joined by a space,
 * so the header search folds each cell once and matches the paths of a column from their cells' keys.
 *
 * @example matchFoldedHeader("nam sinh nu") // { field: "birthYearFemale", score: 103 }
 */
export function matchFoldedHeader(key: string): HeaderMatch | undefined {
  // The header search asks about the same paths at every row and depth it tries, and each file of a batch again.
  const hit = keyCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const match = search(key);
  if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
  keyCache.set(key, match ?? null);
  return match;
}

/**
 * Whether a folded text holds a word some header pattern is made of. A text without one names no field, alone or
 * joined to others without one: the header search matches no path made only of such cells (dates, ID numbers, most
 * names in the rows it reads under the header).
 *
 * @example hasHeaderWord("tran bich ngoc") // false
 * @example hasHeaderWord("nam sinh") // true
 */
export function hasHeaderWord(key: string): boolean {
  if (!key) return false;
  // Word by word without splitting: asked of every cell the header search reads.
  for (let start = 0; ;) {
    const end = key.indexOf(" ", start);
    if (HEADER_WORDS_USED.has(end < 0 ? key.slice(start) : key.slice(start, end))) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

const CACHE_LIMIT = 20_000;
const keyCache = new Map<string, HeaderMatch | null>();

function search(key: string): HeaderMatch | undefined {
  if (!key) return undefined;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  let first = CONTAINED.length;
  for (const word of key.split(" ")) {
    for (const i of BY_WORD.get(word) ?? []) {
      if (i < first && CONTAINED[i].phrases.every((phrase) => padded.includes(phrase))) first = i;
    }
  }
  const p = CONTAINED[first];
  return p && { field: p.field, score: p.words };
}

/**
 * A matching key insensitive to case, diacritics, spacing and punctuation: NFD, marks stripped, đ → d,
 * lower case, every run of non-letters/digits folded to one space. For matching only — never for display
 * or sorting (sort with Intl.Collator("vi")).
 *
 * @example foldKey("Họ  và TÊN:") // "ho va ten"
 * @example foldKey("ĐẢNG VIÊN") // "dang vien"
 */
export function foldKey(text: string): string {
  // Roster values repeat (positions, levels, schools): a bounded cache makes folding them nearly free.
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const key = fold(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, key);
  return key;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

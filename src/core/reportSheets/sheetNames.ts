/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/**
 * A name Excel accepts for a sheet: the forbidden characters []:*?/\ turned into "-", no leading or trailing
 * apostrophe, at most 31 characters (cut on a code point, never inside a letter), never empty.
 *
 * @param name the wanted name
 * @returns a valid sheet name
 * @example safeSheetName("Phụ lục 14-KH/ĐĐ") // "Phụ lục 14-KH-ĐĐ"
 */
export function safeSheetName(name: string): string {
  const clean = name.normalize("NFC").replace(FORBIDDEN_IN_SHEET_NAME, "-").replace(/\s+/g, " ").trim();
  const cut = Array.from(clean).slice(0, 31).join("").trim();
  const noQuotes = cut.replace(/^'+|'+$/g, "").trim();
  return noQuotes === "" ? "Báo cáo" : noQuotes;
}

/**
 * A name Excel accepts for a table: diacritics removed (đ → d), only letters, digits and underscores, not
 * starting with a digit, not readable as a cell address ("AB12", "R1C1"), at most 255 characters.
 *
 * @param name the wanted name
 * @returns a valid table name
 * @example safeTableName("Chỉ tiêu 2019") // "ChiTieu2019"
 */
export function safeTableName(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  // Words are joined in CamelCase so "chỉ tiêu" stays readable as "ChiTieu".
  let out = ascii
    .split(/[^A-Za-z0-9_]+/)
    .filter((w) => w !== "")
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  if (out === "") out = "Bang";
  if (!/^[A-Za-z_]/.test(out)) out = `T_${out}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(out) || /^[Rr]\d*[Cc]\d*$/.test(out) || /^[RrCc]$/.test(out))
    out = `T_${out}`;
  return out.slice(0, 255);
}

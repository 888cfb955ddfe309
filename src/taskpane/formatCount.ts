const COUNTS = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-US") };

/** A count with the language's thousands separators (6.284 in Vietnamese, 6,284 in English). */
export function formatCount(n: number, lang: string): string {
  return COUNTS[lang === "en" ? "en" : "vi"].format(n);
}

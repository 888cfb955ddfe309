/**
 * Cleans text the way a careful clerk would read it: Unicode NFC (so NFD "Nguyễn" equals NFC "Nguyễn"),
 * non-breaking and zero-width spaces turned into plain ones or removed, runs of white space folded, ends trimmed.
 *
 * @example normalizeText("  Nguye\u0303n\u00a0 Văn  A ") // "Nguyễn Văn A"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
